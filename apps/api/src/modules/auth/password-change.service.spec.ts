import { AuthErrorCode } from '@healthsync/contracts/auth';

import { PasswordChangeService } from './password-change.service';
import { authTestKit, origin, PASSWORD, type AuthTestKit } from './testing/auth-test-kit';

const NEW_PASSWORD = 'Another-long-secret-42';

describe('PasswordChangeService', () => {
  let kit: AuthTestKit;
  let service: PasswordChangeService;

  beforeEach(() => {
    kit = authTestKit();
    service = new PasswordChangeService(kit.confirmation, kit.replacement, kit.audit, kit.emails);
  });

  it('sets the new password, ends every other session, cancels open reset links, audits and emails', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);
    const other = await kit.signedIn(user);
    const ended: string[][] = [];
    kit.endSignal.onEnded((sessions) => ended.push([...sessions.sessionIds]));
    await kit.links.create(user.id, 'password_reset', 'reset-hash', new Date(Date.now() + 60_000));

    await service.changePassword(auth, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, origin);

    expect(await kit.passwords.verify((await kit.fresh(user.id)).passwordHash, NEW_PASSWORD)).toBe(true);
    expect(kit.sessionsRepository.openSessionsOf(user.id).map((session) => session.id)).toEqual([
      auth.sessionId,
    ]);
    expect(kit.sessionsRepository.sessions.get(other.sessionId)?.revokeReason).toBe('password_changed');
    expect(ended).toEqual([[other.sessionId]]);
    expect(await kit.links.findUser('reset-hash', ['password_reset'])).toBeNull();
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        actor: { userId: user.id, role: user.role },
        action: 'auth.password_change',
        outcome: 'success',
      }),
    ]);
    expect(kit.emails.kinds()).toEqual(['password_changed']);
  });

  it('refuses a wrong current password on its field, counted and audited, and changes nothing', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);

    await expect(
      service.changePassword(
        auth,
        { currentPassword: 'Wrong-password-1', newPassword: NEW_PASSWORD },
        origin,
      ),
    ).rejects.toMatchObject({
      code: AuthErrorCode.WrongPassword,
      details: { errors: [{ field: 'currentPassword', message: 'The current password is wrong.' }] },
    });

    expect((await kit.fresh(user.id)).passwordHash).toBe(user.passwordHash);
    expect((await kit.fresh(user.id)).failedLoginCount).toBe(1);
    expect(kit.audit.actions()).toEqual(['auth.password_change/failure']);
    expect(kit.emails.kinds()).toEqual([]);
  });

  it('refuses a common password, or one made of the email, on the newPassword field', async () => {
    const user = await kit.user({ email: 'margaret.hamilton@example.test' });
    const auth = await kit.signedIn(user);

    for (const newPassword of ['password123', 'margaret.hamilton-2026']) {
      await expect(
        service.changePassword(auth, { currentPassword: PASSWORD, newPassword }, origin),
      ).rejects.toMatchObject({
        code: AuthErrorCode.WeakPassword,
        details: { errors: [expect.objectContaining({ field: 'newPassword' })] },
      });
    }
    expect((await kit.fresh(user.id)).passwordHash).toBe(user.passwordHash);
    expect(kit.sessionsRepository.openSessionsOf(user.id)).toHaveLength(1);
  });
});
