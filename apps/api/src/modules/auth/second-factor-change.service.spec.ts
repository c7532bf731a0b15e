import { AuthErrorCode, Role } from '@healthsync/contracts/auth';

import { MAX_LOGIN_FAILURES } from './sign-in-protection';
import { SecondFactorChangeService } from './second-factor-change.service';
import { authTestKit, origin, PASSWORD, totpCode, type AuthTestKit } from './testing/auth-test-kit';

describe('SecondFactorChangeService', () => {
  let kit: AuthTestKit;
  let service: SecondFactorChangeService;

  beforeEach(() => {
    kit = authTestKit();
    service = new SecondFactorChangeService(kit.accounts, kit.confirmation, kit.twoFactor, kit.settings);
  });

  it('turns the factor on with the password and a current code: recovery codes, an audit entry, an email', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);

    const { secret } = await service.setUp(auth, PASSWORD, origin);
    const { recoveryCodes } = await service.enable(
      auth,
      { password: PASSWORD, code: await totpCode(secret) },
      origin,
    );

    expect(recoveryCodes).toHaveLength(10);
    expect((await kit.fresh(user.id)).totpEnabledAt).not.toBeNull();
    expect(kit.audit.actions()).toEqual(['auth.totp_enabled/success']);
    expect(kit.emails.kinds()).toEqual(['second_factor_on']);
  });

  it('refuses set-up with a wrong password: a 400 on the field, counted and audited as a failure', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);

    await expect(service.setUp(auth, 'Wrong-password-1', origin)).rejects.toMatchObject({
      kind: 'invalid',
      code: AuthErrorCode.WrongPassword,
      details: { errors: [{ field: 'password', message: 'The password is wrong.' }] },
    });

    expect((await kit.fresh(user.id)).totpSecretEncrypted).toBeNull();
    expect((await kit.fresh(user.id)).failedLoginCount).toBe(1);
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        action: 'auth.totp_setup',
        outcome: 'failure',
        detail: { reason: 'wrong_password' },
      }),
    ]);
  });

  it('refuses even the right password while the account is locked, without counting', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);
    for (let attempt = 0; attempt < MAX_LOGIN_FAILURES; attempt += 1)
      await kit.accounts.recordLoginFailure(user.id, MAX_LOGIN_FAILURES, 15);

    await expect(service.setUp(auth, PASSWORD, origin)).rejects.toMatchObject({
      code: AuthErrorCode.WrongPassword,
    });

    expect(kit.passwords.decoyChecks).toBe(1);
    expect(kit.audit.events[0]?.detail).toEqual({ reason: 'locked' });
  });

  it('refuses a wrong code on enabling', async () => {
    const user = await kit.user();
    const auth = await kit.signedIn(user);
    await service.setUp(auth, PASSWORD, origin);

    await expect(service.enable(auth, { password: PASSWORD, code: '000000' }, origin)).rejects.toMatchObject({
      code: AuthErrorCode.InvalidTotpCode,
    });
    expect((await kit.fresh(user.id)).totpEnabledAt).toBeNull();
  });

  describe('turning it off', () => {
    it('needs the password and a current code; the recovery codes go too', async () => {
      const user = await kit.user();
      const { secret } = await kit.enrol(user);
      const auth = await kit.signedIn(user);

      await service.disable(auth, { password: PASSWORD, code: await totpCode(secret) }, origin);

      expect((await kit.fresh(user.id)).totpEnabledAt).toBeNull();
      expect(kit.recoveryCodes.unused.has(user.id)).toBe(false);
      expect(kit.audit.actions()).toEqual(['auth.totp_disabled/success']);
      expect(kit.emails.kinds()).toEqual(['second_factor_off']);
    });

    it('answers a conflict when it is not on, before asking for the password', async () => {
      const user = await kit.user();
      const auth = await kit.signedIn(user);

      await expect(
        service.disable(auth, { password: 'Wrong-password-1', code: '000000' }, origin),
      ).rejects.toMatchObject({
        kind: 'conflict',
        code: AuthErrorCode.TotpNotEnabled,
      });
      expect((await kit.fresh(user.id)).failedLoginCount).toBe(0);
      expect(kit.audit.events).toEqual([]);
    });

    it('refuses a wrong code', async () => {
      const user = await kit.user();
      await kit.enrol(user);
      const auth = await kit.signedIn(user);

      await expect(
        service.disable(auth, { password: PASSWORD, code: '000000' }, origin),
      ).rejects.toMatchObject({
        code: AuthErrorCode.InvalidTotpCode,
      });
      expect((await kit.fresh(user.id)).totpEnabledAt).not.toBeNull();
    });

    it('is forbidden when the role must sign in with a second factor', async () => {
      await kit.requireSecondFactorFor(Role.Doctor);
      const doctor = await kit.user({ role: Role.Doctor });
      const { secret } = await kit.enrol(doctor);
      const auth = await kit.signedIn(doctor);

      await expect(
        service.disable(auth, { password: PASSWORD, code: await totpCode(secret) }, origin),
      ).rejects.toMatchObject({ kind: 'forbidden', code: AuthErrorCode.TotpRequired });
      expect((await kit.fresh(doctor.id)).totpEnabledAt).not.toBeNull();
      expect(kit.emails.kinds()).toEqual([]);
    });
  });
});
