import { AccountStatus, AuthErrorCode } from '@healthsync/contracts/auth';

import { tokenHash } from '../../common/crypto/secret-box';
import { PasswordResetService } from './password-reset.service';
import { MAX_LOGIN_FAILURES } from './sign-in-protection';
import { authTestKit, origin, type AuthTestKit } from './testing/auth-test-kit';

const NEW_PASSWORD = 'Another-long-secret-42';
const inAnHour = () => new Date(Date.now() + 3_600_000);

describe('PasswordResetService', () => {
  let kit: AuthTestKit;
  let service: PasswordResetService;

  beforeEach(() => {
    kit = authTestKit();
    service = new PasswordResetService(kit.accounts, kit.links, kit.replacement, kit.audit, kit.emails);
  });

  describe('forgotten password', () => {
    it('emails an active account a link and audits the request with no actor', async () => {
      const user = await kit.user();

      await service.forgotPassword(user.email, origin);

      expect(kit.emails.sent).toEqual([{ kind: 'password_reset', to: user.email }]);
      expect(kit.audit.events).toEqual([
        expect.objectContaining({
          actor: null,
          action: 'auth.password_reset_requested',
          resourceId: user.id,
        }),
      ]);
    });

    it('answers the same for an unknown email or an inactive account, sending nothing', async () => {
      const inactive = await kit.user({ status: AccountStatus.Deactivated });
      await service.forgotPassword('nobody@example.test', origin);
      await service.forgotPassword(inactive.email, origin);
      expect(kit.emails.sent).toEqual([]);
      expect(kit.audit.events).toEqual([]);
    });
  });

  describe('reset with the emailed link', () => {
    it('sets the password once: every session ends, other links are cancelled, it is audited', async () => {
      const user = await kit.user();
      await kit.signedIn(user);
      await kit.links.create(user.id, 'password_reset', tokenHash('reset-token'), inAnHour());
      await kit.links.create(user.id, 'invitation', tokenHash('invitation-token'), inAnHour());

      await service.resetPassword({ token: 'reset-token', newPassword: NEW_PASSWORD }, origin);

      expect(await kit.passwords.verify((await kit.fresh(user.id)).passwordHash, NEW_PASSWORD)).toBe(true);
      expect(kit.sessionsRepository.openSessionsOf(user.id)).toEqual([]);
      expect(await kit.links.findUser(tokenHash('invitation-token'), ['invitation'])).toBeNull();
      expect(kit.audit.events).toEqual([
        expect.objectContaining({
          actor: null,
          action: 'auth.password_reset',
          resourceId: user.id,
          outcome: 'success',
        }),
      ]);

      await expect(
        service.resetPassword({ token: 'reset-token', newPassword: 'Yet-another-secret-7' }, origin),
      ).rejects.toMatchObject({ code: AuthErrorCode.InvalidResetToken });
    });

    it('does not use the link up when the new password is refused', async () => {
      const user = await kit.user();
      await kit.links.create(user.id, 'password_reset', tokenHash('reset-token'), inAnHour());

      await expect(
        service.resetPassword({ token: 'reset-token', newPassword: 'password123' }, origin),
      ).rejects.toMatchObject({ code: AuthErrorCode.WeakPassword });

      await service.resetPassword({ token: 'reset-token', newPassword: NEW_PASSWORD }, origin);
      expect(await kit.passwords.verify((await kit.fresh(user.id)).passwordHash, NEW_PASSWORD)).toBe(true);
    });

    it('refuses an unknown or expired link, and the link of a deactivated account', async () => {
      const inactive = await kit.user({ status: AccountStatus.Deactivated });
      const user = await kit.user();
      await kit.links.create(user.id, 'password_reset', tokenHash('expired'), new Date(Date.now() - 1));
      await kit.links.create(inactive.id, 'password_reset', tokenHash('inactive'), inAnHour());

      for (const token of ['unknown', 'expired', 'inactive'])
        await expect(
          service.resetPassword({ token, newPassword: NEW_PASSWORD }, origin),
        ).rejects.toMatchObject({
          kind: 'invalid',
          code: AuthErrorCode.InvalidResetToken,
        });
      expect(kit.audit.events).toEqual([]);
    });

    it('sets a first password from an invitation, which clears a lock as well', async () => {
      const user = await kit.user({ passwordHash: null, failedLoginCount: 3 });
      await kit.links.create(user.id, 'invitation', tokenHash('invitation-token'), inAnHour());

      await service.resetPassword({ token: 'invitation-token', newPassword: NEW_PASSWORD }, origin);

      const updated = await kit.fresh(user.id);
      expect(await kit.passwords.verify(updated.passwordHash, NEW_PASSWORD)).toBe(true);
      expect(updated.failedLoginCount).toBe(0);
    });
  });

  describe('unlock link', () => {
    it('lifts the lock once, audited', async () => {
      const user = await kit.user();
      for (let attempt = 0; attempt < MAX_LOGIN_FAILURES; attempt += 1)
        await kit.accounts.recordLoginFailure(user.id, MAX_LOGIN_FAILURES, 15);
      expect((await kit.fresh(user.id)).lockedUntil).not.toBeNull();
      await kit.links.create(user.id, 'account_unlock', tokenHash('unlock-token'), inAnHour());

      await service.unlock('unlock-token', origin);

      expect((await kit.fresh(user.id)).lockedUntil).toBeNull();
      expect(kit.audit.events).toEqual([
        expect.objectContaining({ actor: null, action: 'auth.unlock', resourceId: user.id }),
      ]);
      await expect(service.unlock('unlock-token', origin)).rejects.toMatchObject({
        code: AuthErrorCode.InvalidResetToken,
      });
    });

    it('refuses a reset link in place of an unlock link', async () => {
      const user = await kit.user();
      await kit.links.create(user.id, 'password_reset', tokenHash('reset-token'), inAnHour());
      await expect(service.unlock('reset-token', origin)).rejects.toMatchObject({
        code: AuthErrorCode.InvalidResetToken,
      });
    });
  });
});
