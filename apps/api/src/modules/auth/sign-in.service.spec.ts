import { AccountStatus, AuthErrorCode, Role, type LoginResult } from '@healthsync/contracts/auth';

import { InvalidCredentials } from './auth-errors';
import { LOCK_MINUTES, MAX_LOGIN_FAILURES } from './sign-in-protection';
import { SignInService } from './sign-in.service';
import { authTestKit, origin, PASSWORD, type AuthTestKit } from './testing/auth-test-kit';

function authenticated(result: LoginResult) {
  if (result.status !== 'authenticated') throw new Error(`signed in expected, got ${result.status}`);
  return result;
}

function challenged(result: LoginResult) {
  if (result.status === 'authenticated') throw new Error('a challenge expected, got a session');
  return result;
}

describe('SignInService', () => {
  let kit: AuthTestKit;
  let service: SignInService;

  beforeEach(() => {
    kit = authTestKit();
    service = new SignInService(kit.accounts, kit.protection, kit.passwords, kit.settings, kit.steps);
  });

  const wrongPassword = (email: string, deviceToken?: string) =>
    service.login({ email, password: 'Not-the-password-1', deviceToken }, origin);

  it('signs in with the right password: a session, a device token, and an audited success', async () => {
    const user = await kit.user();

    const result = authenticated(await service.login({ email: user.email, password: PASSWORD }, origin));

    expect(result.tokens.accessToken).toEqual(expect.any(String));
    expect(kit.tokens.verifyDeviceToken(result.deviceToken, user.id)).toEqual(expect.any(String));
    expect(kit.sessionsRepository.openSessionsOf(user.id)).toHaveLength(1);
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        actor: { userId: user.id, role: user.role },
        action: 'auth.login',
        outcome: 'success',
        detail: { method: 'password', device: 'new' },
      }),
    ]);
  });

  it('finds the account whatever the case of the email', async () => {
    const user = await kit.user({ email: 'Mixed.Case@example.test' });
    const result = await service.login({ email: 'mixed.case@EXAMPLE.test', password: PASSWORD }, origin);
    expect(result.status).toBe('authenticated');
    expect(kit.sessionsRepository.openSessionsOf(user.id)).toHaveLength(1);
  });

  it('refuses a wrong password with the one answer for every failure, and counts it toward the lock', async () => {
    const user = await kit.user();

    await expect(wrongPassword(user.email)).rejects.toBeInstanceOf(InvalidCredentials);

    expect((await kit.fresh(user.id)).failedLoginCount).toBe(1);
    expect(kit.sessionsRepository.openSessionsOf(user.id)).toHaveLength(0);
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        actor: { userId: user.id, role: user.role },
        action: 'auth.login',
        resourceId: user.id,
        outcome: 'failure',
        detail: { reason: 'wrong_password', device: 'unknown' },
      }),
    ]);
  });

  it('refuses an unknown email the same way, after spending a password check', async () => {
    await expect(
      service.login({ email: 'nobody@example.test', password: PASSWORD }, origin),
    ).rejects.toMatchObject({ code: AuthErrorCode.InvalidCredentials });
    expect(kit.passwords.decoyChecks).toBe(1);
    expect(kit.audit.events).toEqual([
      expect.objectContaining({
        actor: null,
        outcome: 'failure',
        detail: { reason: 'unknown_email', device: 'unknown' },
      }),
    ]);
  });

  it('refuses a deactivated account even with its password, without counting a failure', async () => {
    const user = await kit.user({ status: AccountStatus.Deactivated });
    await expect(service.login({ email: user.email, password: PASSWORD }, origin)).rejects.toBeInstanceOf(
      InvalidCredentials,
    );
    expect((await kit.fresh(user.id)).failedLoginCount).toBe(0);
    expect(kit.audit.events[0]?.detail).toEqual({ reason: 'inactive', device: 'unknown' });
  });

  it('locks unknown devices out after five failures, audits and emails it, while a known device still signs in', async () => {
    const user = await kit.user();
    const first = authenticated(await service.login({ email: user.email, password: PASSWORD }, origin));
    kit.audit.events.length = 0;

    for (let attempt = 0; attempt < MAX_LOGIN_FAILURES; attempt += 1)
      await expect(wrongPassword(user.email)).rejects.toBeInstanceOf(InvalidCredentials);

    expect(kit.audit.actions()).toContain('auth.lockout/success');
    expect(kit.audit.events.find((event) => event.action === 'auth.lockout')?.detail).toEqual({
      minutes: LOCK_MINUTES,
      scope: 'unknown_devices',
    });
    expect(kit.emails.kinds()).toEqual(['locked']);
    await expect(service.login({ email: user.email, password: PASSWORD }, origin)).rejects.toBeInstanceOf(
      InvalidCredentials,
    );
    expect(kit.audit.events.at(-1)?.detail).toEqual({ reason: 'locked', device: 'unknown' });

    const known = await service.login(
      { email: user.email, password: PASSWORD, deviceToken: first.deviceToken },
      origin,
    );
    expect(known.status).toBe('authenticated');
    expect(kit.audit.events.at(-1)?.detail).toEqual({ method: 'password', device: 'known' });
  });

  it('counts failures from a known device on that device, which stops being trusted after five', async () => {
    const user = await kit.user();
    const { deviceToken } = authenticated(
      await service.login({ email: user.email, password: PASSWORD }, origin),
    );
    kit.audit.events.length = 0;

    for (let attempt = 0; attempt < MAX_LOGIN_FAILURES; attempt += 1)
      await expect(wrongPassword(user.email, deviceToken)).rejects.toBeInstanceOf(InvalidCredentials);

    expect((await kit.fresh(user.id)).failedLoginCount).toBe(0);
    expect(kit.audit.events.map((event) => event.detail?.device)).toEqual(Array(5).fill('known'));
    await expect(wrongPassword(user.email, deviceToken)).rejects.toBeInstanceOf(InvalidCredentials);
    expect(kit.audit.events.at(-1)?.detail).toEqual({ reason: 'wrong_password', device: 'unknown' });
  });

  it('answers a challenge, not a session, when the second factor is on', async () => {
    const user = await kit.user();
    await kit.enrol(user);

    const result = await service.login({ email: user.email, password: PASSWORD }, origin);

    expect(result).toEqual({
      status: 'totp_required',
      challengeToken: expect.any(String),
      challengeExpiresAt: expect.any(String),
    });
    expect(kit.tokens.verifyChallenge(challenged(result).challengeToken, 'totp').userId).toBe(user.id);
    expect(kit.sessionsRepository.openSessionsOf(user.id)).toHaveLength(0);
    expect(kit.audit.events).toEqual([]);
  });

  it('asks for enrolment first when the role must use a second factor', async () => {
    await kit.requireSecondFactorFor(Role.Doctor);
    const doctor = await kit.user({ role: Role.Doctor });

    const result = await service.login({ email: doctor.email, password: PASSWORD }, origin);

    expect(result.status).toBe('totp_enrolment_required');
    expect(kit.tokens.verifyChallenge(challenged(result).challengeToken, 'totp_enrolment').userId).toBe(
      doctor.id,
    );
  });
});
