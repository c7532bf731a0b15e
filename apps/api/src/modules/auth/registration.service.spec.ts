import { AuthErrorCode, Role } from '@healthsync/contracts/auth';

import { AccountsService } from '../accounts/accounts.service';
import { RegistrationService } from './registration.service';
import { InMemoryPendingRegistrationsRepository } from './testing/in-memory-pending-registrations.repository';
import { authTestKit, origin, PASSWORD, type AuthTestKit } from './testing/auth-test-kit';

const registering = (email: string) => ({
  email,
  password: PASSWORD,
  firstName: 'Pat',
  lastName: 'Rivera',
  dateOfBirth: '1985-04-12',
});

describe('RegistrationService', () => {
  let kit: AuthTestKit;
  let pending: InMemoryPendingRegistrationsRepository;
  let service: RegistrationService;

  beforeEach(() => {
    kit = authTestKit();
    pending = new InMemoryPendingRegistrationsRepository();
    const accounts = new AccountsService(kit.accounts, kit.passwords);
    service = new RegistrationService(accounts, pending, kit.passwords, kit.emails, kit.audit);
  });

  it('emails a new address a link, and creates nothing yet', async () => {
    await service.register(registering('new@example.test'));

    expect(kit.emails.sent).toEqual([{ kind: 'registration_link', to: 'new@example.test' }]);
    expect(pending.registrations).toHaveLength(1);
    expect(await kit.accounts.findByEmail('new@example.test')).toBeNull();
  });

  it('answers the same for an address with an account, emailing its owner a notice instead', async () => {
    const user = await kit.user();
    await service.register(registering(user.email));
    expect(kit.emails.sent).toEqual([{ kind: 'registration_attempt', to: user.email }]);
    expect(pending.registrations).toHaveLength(0);
  });

  it('refuses a common password before anything is stored', async () => {
    await expect(
      service.register({ ...registering('new@example.test'), password: 'password123' }),
    ).rejects.toMatchObject({
      code: AuthErrorCode.WeakPassword,
    });
    expect(pending.registrations).toHaveLength(0);
  });

  it('creates the patient account once, with the password chosen at registration, audited', async () => {
    await service.register(registering('new@example.test'));
    const token = kit.emails.registrationTokens.get('new@example.test') ?? '';

    const created = await service.confirm({ token, password: PASSWORD }, origin);

    expect(created.user).toMatchObject({ email: 'new@example.test', role: Role.Patient });
    expect(created.patient?.dateOfBirth).toBe('1985-04-12');
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        actor: { userId: created.user.id, role: Role.Patient },
        action: 'auth.register',
      }),
    ]);
    await expect(service.confirm({ token, password: PASSWORD }, origin)).rejects.toMatchObject({
      code: AuthErrorCode.InvalidResetToken,
    });
  });

  it('does not use the link up on a wrong password', async () => {
    await service.register(registering('new@example.test'));
    const token = kit.emails.registrationTokens.get('new@example.test') ?? '';

    await expect(service.confirm({ token, password: 'Wrong-password-1' }, origin)).rejects.toMatchObject({
      code: AuthErrorCode.WrongPassword,
      details: { errors: [expect.objectContaining({ field: 'password' })] },
    });
    expect((await service.confirm({ token, password: PASSWORD }, origin)).user.email).toBe(
      'new@example.test',
    );
  });

  it('leaves a link dead when the address got an account meanwhile', async () => {
    await service.register(registering('new@example.test'));
    await kit.user({ email: 'new@example.test' });

    await expect(
      service.confirm(
        { token: kit.emails.registrationTokens.get('new@example.test') ?? '', password: PASSWORD },
        origin,
      ),
    ).rejects.toMatchObject({ code: AuthErrorCode.InvalidResetToken });
  });
});
