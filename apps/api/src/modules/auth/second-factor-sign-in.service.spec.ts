import { AccountStatus, Role } from '@healthsync/contracts/auth';

import { InvalidCredentials } from './auth-errors';
import { SecondFactorSignInService } from './second-factor-sign-in.service';
import { authTestKit, origin, totpCode, type AuthTestKit } from './testing/auth-test-kit';
import { InvalidChallenge } from './token.service';

describe('SecondFactorSignInService', () => {
  let kit: AuthTestKit;
  let service: SecondFactorSignInService;

  beforeEach(() => {
    kit = authTestKit();
    service = new SecondFactorSignInService(kit.accounts, kit.protection, kit.twoFactor, kit.steps);
  });

  const challengeFor = (userId: string, purpose: 'totp' | 'totp_enrolment' = 'totp') =>
    kit.tokens.issueChallenge(userId, purpose, null).token;

  describe('a code after the password step', () => {
    it('signs in with a current code, audited as a TOTP sign-in', async () => {
      const user = await kit.user();
      const { secret } = await kit.enrol(user);

      const result = await service.completeWithSecondFactor(
        { challengeToken: challengeFor(user.id), code: await totpCode(secret) },
        origin,
      );

      expect(result.status).toBe('authenticated');
      expect(kit.sessionsRepository.openSessionsOf(user.id)).toHaveLength(1);
      expect(kit.audit.events).toEqual([
        expect.objectContaining({
          action: 'auth.login',
          outcome: 'success',
          detail: { method: 'totp', device: 'new' },
        }),
      ]);
    });

    it('refuses a wrong code, counting and auditing it', async () => {
      const user = await kit.user();
      await kit.enrol(user);

      await expect(
        service.completeWithSecondFactor({ challengeToken: challengeFor(user.id), code: '000000' }, origin),
      ).rejects.toBeInstanceOf(InvalidCredentials);

      expect((await kit.fresh(user.id)).failedLoginCount).toBe(1);
      expect(kit.audit.events).toEqual([
        expect.objectContaining({ outcome: 'failure', detail: { reason: 'wrong_code', device: 'unknown' } }),
      ]);
    });

    it('uses a challenge once, even with another valid code', async () => {
      const user = await kit.user();
      const { recoveryCodes } = await kit.enrol(user);
      const challengeToken = challengeFor(user.id);
      const [first, second] = recoveryCodes;

      await service.completeWithSecondFactor({ challengeToken, recoveryCode: first }, origin);

      await expect(
        service.completeWithSecondFactor({ challengeToken, recoveryCode: second }, origin),
      ).rejects.toBeInstanceOf(InvalidChallenge);
      expect(kit.sessionsRepository.openSessionsOf(user.id)).toHaveLength(1);
    });

    it('accepts each recovery code once', async () => {
      const user = await kit.user();
      const {
        recoveryCodes: [code],
      } = await kit.enrol(user);

      const result = await service.completeWithSecondFactor(
        { challengeToken: challengeFor(user.id), recoveryCode: code },
        origin,
      );
      expect(result.status).toBe('authenticated');
      expect(kit.audit.events[0]?.detail).toEqual({ method: 'recovery_code', device: 'new' });

      await expect(
        service.completeWithSecondFactor(
          { challengeToken: challengeFor(user.id), recoveryCode: code },
          origin,
        ),
      ).rejects.toBeInstanceOf(InvalidCredentials);
    });

    it('refuses an account deactivated since the password step, as inactive', async () => {
      const user = await kit.user();
      const { secret } = await kit.enrol(user);
      await kit.accounts.setStatus(user.id, AccountStatus.Deactivated);

      await expect(
        service.completeWithSecondFactor(
          { challengeToken: challengeFor(user.id), code: await totpCode(secret) },
          origin,
        ),
      ).rejects.toBeInstanceOf(InvalidCredentials);
      expect(kit.audit.events[0]?.detail).toEqual({ reason: 'inactive', device: 'unknown' });
    });

    it('refuses an enrolment challenge in place of a sign-in one', async () => {
      const user = await kit.user();
      const { secret } = await kit.enrol(user);
      await expect(
        service.completeWithSecondFactor(
          { challengeToken: challengeFor(user.id, 'totp_enrolment'), code: await totpCode(secret) },
          origin,
        ),
      ).rejects.toBeInstanceOf(InvalidChallenge);
    });
  });

  describe('the enrolment a role requires', () => {
    it('sets up, activates with a code and signs in, answering the recovery codes once', async () => {
      await kit.requireSecondFactorFor(Role.Receptionist);
      const user = await kit.user({ role: Role.Receptionist });
      const challengeToken = challengeFor(user.id, 'totp_enrolment');

      const { secret } = await service.setUpRequiredSecondFactor(challengeToken);
      const result = await service.activateRequiredSecondFactor(
        challengeToken,
        await totpCode(secret),
        origin,
      );

      expect(result.status).toBe('authenticated');
      expect(result.recoveryCodes).toHaveLength(10);
      expect((await kit.fresh(user.id)).totpEnabledAt).not.toBeNull();
      expect(kit.audit.actions()).toEqual(['auth.totp_enabled/success', 'auth.login/success']);
      expect(kit.emails.kinds()).toEqual(['second_factor_on']);
      await expect(
        service.activateRequiredSecondFactor(challengeToken, await totpCode(secret, 1), origin),
      ).rejects.toMatchObject({ kind: 'conflict' });
    });

    it('refuses a deactivated account: sign in again', async () => {
      const user = await kit.user({ status: AccountStatus.Deactivated });
      await expect(
        service.setUpRequiredSecondFactor(challengeFor(user.id, 'totp_enrolment')),
      ).rejects.toMatchObject({ kind: 'unauthenticated' });
    });
  });
});
