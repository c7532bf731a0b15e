import { UserListQuery } from '@healthsync/contracts/admin';
import { AccountErrorCode, AccountStatus, AuthErrorCode, Role } from '@healthsync/contracts/auth';

import { PlainPasswordService } from '../auth/testing/plain-password.service';
import { AccountsService } from './accounts.service';
import { InMemoryAccountsRepository } from './testing/in-memory-accounts.repository';

const doctor = { specialty: 'Cardiology', licenceNumber: 'GMC-1' };

describe('AccountsService', () => {
  let accounts: InMemoryAccountsRepository;
  let passwords: PlainPasswordService;
  let service: AccountsService;

  beforeEach(() => {
    accounts = new InMemoryAccountsRepository();
    passwords = new PlainPasswordService();
    service = new AccountsService(accounts, passwords);
  });

  const staff = (email: string, role: Role, extra = {}) =>
    service.create({ email, firstName: 'Dana', lastName: 'Okafor', role, ...extra });

  it('creates an account with the profile its role needs, hashing the password', async () => {
    const created = await service.create({
      email: 'pat@example.test',
      firstName: 'Pat',
      lastName: 'Rivera',
      role: Role.Patient,
      patient: { dateOfBirth: '1985-04-12', phone: null },
      password: 'Correct-horse-battery-9',
    });

    expect(created.user).toMatchObject({ role: Role.Patient, status: AccountStatus.Active });
    expect(await passwords.verify(created.user.passwordHash, 'Correct-horse-battery-9')).toBe(true);
    expect(created.patient?.dateOfBirth).toBe('1985-04-12');
    expect((await staff('dana@example.test', Role.Doctor, { doctor })).doctor?.licenceNumber).toBe('GMC-1');
  });

  it('creates a staff account without a password, which cannot sign in yet', async () => {
    expect((await staff('riley@example.test', Role.Receptionist)).user.passwordHash).toBeNull();
  });

  it('refuses a weak password, a taken email and a taken licence number', async () => {
    await expect(
      service.create({
        email: 'a@example.test',
        firstName: 'A',
        lastName: 'B',
        role: Role.Admin,
        password: 'password123',
      }),
    ).rejects.toMatchObject({ code: AuthErrorCode.WeakPassword });
    await staff('dana@example.test', Role.Doctor, { doctor });
    await expect(staff('DANA@example.test', Role.Admin)).rejects.toMatchObject({
      kind: 'conflict',
      code: AuthErrorCode.EmailTaken,
    });
    await expect(staff('other@example.test', Role.Doctor, { doctor })).rejects.toMatchObject({
      code: AccountErrorCode.LicenceTaken,
    });
  });

  it('refuses a doctor without a profile', async () => {
    await expect(staff('dana@example.test', Role.Doctor)).rejects.toThrow();
    expect(accounts.users.size).toBe(0);
  });

  it('answers not found for an unknown account', async () => {
    await expect(service.get('00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({
      kind: 'not_found',
      code: AccountErrorCode.NotFound,
    });
    await expect(
      service.setStatus('00000000-0000-0000-0000-000000000000', AccountStatus.Deactivated),
    ).rejects.toMatchObject({
      code: AccountErrorCode.NotFound,
    });
  });

  it('changes a role, answering the account as it was; a new doctor gets a profile', async () => {
    const { user } = await staff('riley@example.test', Role.Receptionist);

    const previous = await service.changeRole(user.id, Role.Doctor, doctor);

    expect(previous.user.role).toBe(Role.Receptionist);
    const now = await service.get(user.id);
    expect(now.user.role).toBe(Role.Doctor);
    expect(now.doctor?.licenceNumber).toBe('GMC-1');
  });

  it('refuses to make a patient staff', async () => {
    const { user } = await service.create({
      email: 'pat@example.test',
      firstName: 'Pat',
      lastName: 'Rivera',
      role: Role.Patient,
      patient: { dateOfBirth: '1985-04-12' },
    });
    await expect(service.changeRole(user.id, Role.Admin)).rejects.toThrow();
    expect((await service.get(user.id)).user.role).toBe(Role.Patient);
  });

  it('lists accounts by role', async () => {
    await staff('riley@example.test', Role.Receptionist);
    await staff('alex@example.test', Role.Admin);
    const page = await service.list(
      Object.assign(new UserListQuery(), { role: Role.Admin, page: 1, limit: 10 }),
    );
    expect(page.items.map((item) => item.user.email)).toEqual(['alex@example.test']);
    expect(page.total).toBe(1);
  });
});
