import { AccountErrorCode, AccountStatus, Role } from '@healthsync/contracts/auth';

import type { AuthContext } from '../../common/auth/auth-context';
import { AccountsService } from '../accounts/accounts.service';
import { authTestKit, origin, type AuthTestKit } from '../auth/testing/auth-test-kit';
import { AdminUsersService } from './admin-users.service';

describe('AdminUsersService', () => {
  let kit: AuthTestKit;
  let service: AdminUsersService;
  let admin: AuthContext;

  beforeEach(async () => {
    kit = authTestKit();
    service = new AdminUsersService(
      new AccountsService(kit.accounts, kit.passwords),
      kit.sessions,
      kit.emails,
      kit.audit,
    );
    admin = await kit.signedIn(await kit.user({ role: Role.Admin }));
  });

  const staffMember = (role = Role.Receptionist) => kit.user({ role });

  it('creates a staff account without a password and emails its holder an invitation, audited', async () => {
    const created = await service.createStaff(
      admin,
      {
        email: 'dana@example.test',
        firstName: 'Dana',
        lastName: 'Okafor',
        role: Role.Doctor,
        specialty: 'GP',
        licenceNumber: 'GMC-9',
      },
      origin,
    );

    expect(created).toMatchObject({
      email: 'dana@example.test',
      role: Role.Doctor,
      doctor: { licenceNumber: 'GMC-9' },
    });
    expect(kit.emails.sent).toEqual([{ kind: 'invitation', to: 'dana@example.test' }]);
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        actor: { userId: admin.userId, role: Role.Admin },
        action: 'admin.user_create',
        resourceId: created.id,
        detail: { role: Role.Doctor },
      }),
    ]);
  });

  it("changes a role and ends the user's sessions, auditing from and to", async () => {
    const member = await staffMember();
    await kit.signedIn(member);

    const changed = await service.changeRole(admin, member.id, { role: Role.Admin }, origin);

    expect(changed.role).toBe(Role.Admin);
    expect(kit.sessionsRepository.openSessionsOf(member.id)).toEqual([]);
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        action: 'admin.user_role_change',
        detail: { from: Role.Receptionist, to: Role.Admin },
      }),
    ]);
  });

  it('refuses changes to the own account', async () => {
    await expect(
      service.changeRole(admin, admin.userId, { role: Role.Receptionist }, origin),
    ).rejects.toMatchObject({
      kind: 'conflict',
      code: AccountErrorCode.CannotChangeOwnAccount,
    });
    await expect(
      service.setStatus(admin, admin.userId, AccountStatus.Deactivated, origin),
    ).rejects.toMatchObject({
      code: AccountErrorCode.CannotChangeOwnAccount,
    });
    expect(kit.sessionsRepository.openSessionsOf(admin.userId)).toHaveLength(1);
    expect(kit.audit.events).toEqual([]);
  });

  it('deactivation ends every session; reactivation does not touch them', async () => {
    const member = await staffMember();
    await kit.signedIn(member);

    expect((await service.setStatus(admin, member.id, AccountStatus.Deactivated, origin)).status).toBe(
      AccountStatus.Deactivated,
    );
    expect(kit.sessionsRepository.openSessionsOf(member.id)).toEqual([]);

    await kit.signedIn(member);
    await service.setStatus(admin, member.id, AccountStatus.Active, origin);
    expect(kit.sessionsRepository.openSessionsOf(member.id)).toHaveLength(1);
    expect(kit.audit.actions()).toEqual(['admin.user_deactivate/success', 'admin.user_reactivate/success']);
  });

  it('answers not found for an unknown account, changing nothing', async () => {
    const unknown = '00000000-0000-0000-0000-000000000000';
    await expect(service.setStatus(admin, unknown, AccountStatus.Deactivated, origin)).rejects.toMatchObject({
      code: AccountErrorCode.NotFound,
    });
    await expect(service.sendPasswordReset(admin, unknown, origin)).rejects.toMatchObject({
      code: AccountErrorCode.NotFound,
    });
    expect(kit.audit.events).toEqual([]);
  });

  it('sends a password reset email on request, audited', async () => {
    const member = await staffMember();
    await service.sendPasswordReset(admin, member.id, origin);
    expect(kit.emails.sent).toEqual([{ kind: 'password_reset', to: member.email }]);
    expect(kit.audit.actions()).toEqual(['admin.user_password_reset/success']);
  });
});
