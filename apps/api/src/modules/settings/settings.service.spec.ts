import { Role, STAFF_ROLES } from '@healthsync/contracts/auth';

import { InMemoryAppCache } from '../../cache/testing/in-memory-app-cache';
import { testConfig } from '../auth/testing/auth-test-kit';
import { SettingsService } from './settings.service';
import { InMemorySettingsRepository } from './testing/in-memory-settings.repository';

describe('SettingsService', () => {
  let repository: InMemorySettingsRepository;
  const service = (isProduction: boolean) =>
    new SettingsService(repository, new InMemoryAppCache(), testConfig({ isProduction }));

  beforeEach(() => {
    repository = new InMemorySettingsRepository();
  });

  it('requires a second factor of staff in production until an admin chooses, and of nobody elsewhere', async () => {
    expect(await service(true).security()).toEqual({ mfaRequiredRoles: [...STAFF_ROLES] });
    expect(await service(false).security()).toEqual({ mfaRequiredRoles: [] });
  });

  it('saves a choice with who made it, and answers it from then on', async () => {
    const settings = service(true);
    await settings.updateSecurity({ mfaRequiredRoles: [Role.Admin] }, 'admin-id');

    expect(repository.values.get('security')).toEqual({
      value: { mfaRequiredRoles: [Role.Admin] },
      updatedBy: 'admin-id',
    });
    expect(await settings.secondFactorRequired(Role.Admin)).toBe(true);
    expect(await settings.secondFactorRequired(Role.Doctor)).toBe(false);
  });

  it('reads the store once while cached, and again after a change', async () => {
    const settings = service(false);
    await settings.security();
    await settings.security();
    expect(repository.reads).toBe(1);

    await settings.updateSecurity({ mfaRequiredRoles: [Role.Doctor] }, 'admin-id');
    expect(await settings.security()).toEqual({ mfaRequiredRoles: [Role.Doctor] });
    expect(repository.reads).toBe(2);
  });
});
