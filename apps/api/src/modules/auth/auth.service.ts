import { Injectable } from '@nestjs/common';

import { AuditOutcome } from '@healthsync/contracts/audit';
import {
  AccountStatus,
  AuthErrorCode,
  type ChangePasswordDto,
  type LoginDto,
  type LoginResult,
  type LoginSecondFactorDto,
  type RecoveryCodes,
  type ResetPasswordDto,
  type TotpChangeDto,
  type TotpSetup,
} from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { tokenHash } from '../../common/crypto/secret-box';
import { AccountsRepository, type UserRecord } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { SettingsService } from '../settings/settings.service';
import { AccountEmails } from './account-emails';
import type { OneTimeTokenPurpose } from './auth.entities';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { SignInProtection, type SignInFailure } from './sign-in-protection';
import { InvalidChallenge, TokenService, type VerifiedChallenge } from './token.service';
import { invalidCode, TwoFactorService } from './two-factor.service';
import { invalidLink, wrongPassword } from './auth-errors';

/** One message for every failed sign-in, so it never tells whether the email has an account. */
export class InvalidCredentials extends DomainError<AuthErrorCode.InvalidCredentials> {
  constructor() {
    super(
      'unauthenticated',
      AuthErrorCode.InvalidCredentials,
      'The email or password is wrong, or the account is locked or inactive.',
    );
  }
}

/** Sign-in in one or two steps, and the password and second-factor changes of a signed-in user. */
@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessionsRepository: SessionsRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
    private readonly twoFactor: TwoFactorService,
    private readonly settings: SettingsService,
    private readonly emails: AccountEmails,
    private readonly audit: AuditService,
    private readonly protection: SignInProtection,
  ) {}

  async login(dto: LoginDto, origin: RequestOrigin): Promise<LoginResult> {
    const user = await this.accounts.findByEmail(dto.email);
    const deviceId = user ? await this.protection.recognise(user, dto.deviceToken) : null;
    const refusal = user ? this.protection.refusal(user, deviceId) : 'unknown_email';
    if (refusal || !user) {
      await this.passwords.verifyDecoy(dto.password);
      return this.refuse(user, refusal ?? 'unknown_email', deviceId, origin);
    }
    if (!(await this.passwords.verify(user.passwordHash, dto.password)))
      return this.refuse(user, 'wrong_password', deviceId, origin);
    if (user.totpEnabledAt) return this.challenge(user, 'totp', deviceId);
    if ((await this.settings.security()).mfaRequiredRoles.includes(user.role))
      return this.challenge(user, 'totp_enrolment', deviceId);
    return this.signIn(user, origin, 'password', deviceId);
  }

  /** A challenge signs in once: a second use (even concurrent, even with another valid code) is refused. */
  async completeWithSecondFactor(dto: LoginSecondFactorDto, origin: RequestOrigin): Promise<LoginResult> {
    const challenge = this.tokens.verifyChallenge(dto.challengeToken, 'totp');
    const user = await this.accounts.findById(challenge.userId);
    const deviceId = user ? await this.protection.trusted(user, challenge.deviceId) : null;
    if (!user || this.protection.refusal(user, deviceId)) return this.refuse(user, 'inactive', null, origin);
    const accepted = dto.code
      ? await this.twoFactor.acceptCode(user, dto.code)
      : await this.twoFactor.acceptRecoveryCode(user.id, dto.recoveryCode ?? '');
    if (!accepted) return this.refuse(user, 'wrong_code', deviceId, origin);
    await this.consume(challenge);
    return this.signIn(user, origin, dto.code ? 'totp' : 'recovery_code', deviceId);
  }

  /** Enrolment that a role's policy demands before the first sign-in completes. */
  async setUpRequiredSecondFactor(challengeToken: string): Promise<TotpSetup> {
    return this.twoFactor.setUp(
      await this.activeUser(this.tokens.verifyChallenge(challengeToken, 'totp_enrolment').userId),
    );
  }

  async activateRequiredSecondFactor(
    challengeToken: string,
    code: string,
    origin: RequestOrigin,
  ): Promise<LoginResult & RecoveryCodes> {
    const challenge = this.tokens.verifyChallenge(challengeToken, 'totp_enrolment');
    const user = await this.activeUser(challenge.userId);
    const recoveryCodes = await this.twoFactor.enable(user, code);
    await this.recordTotpChange(user, 'auth.totp_enabled', origin);
    this.emails.inBackground((emails) => emails.sendSecondFactorChanged(user, true));
    await this.consume(challenge);
    const deviceId = await this.protection.trusted(user, challenge.deviceId);
    const signedIn = await this.signIn(user, origin, 'totp', deviceId);
    return { ...signedIn, recoveryCodes };
  }

  /** An access token alone cannot enrol a factor: the password is asked again, so a stolen token cannot. */
  async setUpSecondFactor(auth: AuthContext, password: string, origin: RequestOrigin): Promise<TotpSetup> {
    const user = await this.activeUser(auth.userId);
    await this.confirmPassword(auth, user, password, 'password', 'auth.totp_setup', origin);
    return this.twoFactor.setUp(user);
  }

  async enableSecondFactor(
    auth: AuthContext,
    dto: TotpChangeDto,
    origin: RequestOrigin,
  ): Promise<RecoveryCodes> {
    const user = await this.activeUser(auth.userId);
    await this.confirmPassword(auth, user, dto.password, 'password', 'auth.totp_enabled', origin);
    const recoveryCodes = await this.twoFactor.enable(user, dto.code);
    await this.recordTotpChange(user, 'auth.totp_enabled', origin);
    this.emails.inBackground((emails) => emails.sendSecondFactorChanged(user, true));
    return { recoveryCodes };
  }

  async disableSecondFactor(auth: AuthContext, dto: TotpChangeDto, origin: RequestOrigin): Promise<void> {
    const user = await this.activeUser(auth.userId);
    if (!user.totpEnabledAt)
      throw new DomainError('conflict', AuthErrorCode.TotpNotEnabled, 'Two-factor sign-in is not on.');
    await this.confirmPassword(auth, user, dto.password, 'password', 'auth.totp_disabled', origin);
    if (!(await this.twoFactor.acceptCode(user, dto.code))) throw invalidCode();
    if ((await this.settings.security()).mfaRequiredRoles.includes(user.role)) {
      throw new DomainError(
        'forbidden',
        AuthErrorCode.TotpRequired,
        'Your role must sign in with a second factor.',
      );
    }
    await this.twoFactor.disable(user.id);
    await this.recordTotpChange(user, 'auth.totp_disabled', origin);
    this.emails.inBackground((emails) => emails.sendSecondFactorChanged(user, false));
  }

  async refresh(refreshToken: string, origin: RequestOrigin) {
    return this.sessions.refresh(refreshToken, origin);
  }

  async logout(auth: AuthContext, origin: RequestOrigin, everywhere: boolean): Promise<void> {
    if (everywhere) await this.sessions.revokeAll(auth.userId, 'logout_all');
    else await this.sessions.revoke(auth, 'logout');
    await this.record(auth, everywhere ? 'auth.logout_all' : 'auth.logout', AuditOutcome.Success, origin);
  }

  async changePassword(auth: AuthContext, dto: ChangePasswordDto, origin: RequestOrigin): Promise<void> {
    const user = await this.activeUser(auth.userId);
    await this.confirmPassword(
      auth,
      user,
      dto.currentPassword,
      'currentPassword',
      'auth.password_change',
      origin,
    );
    this.passwords.assertAcceptable(dto.newPassword, 'newPassword', user.email);
    await this.setPassword(user, dto.newPassword);
    await this.sessions.revokeAll(user.id, 'password_changed', auth.sessionId);
    await this.record(auth, 'auth.password_change', AuditOutcome.Success, origin);
    this.emails.inBackground((emails) => emails.sendPasswordChanged(user));
  }

  /** Always answers the same; an email goes out only for an active account. */
  async forgotPassword(email: string, origin: RequestOrigin): Promise<void> {
    const user = await this.accounts.findByEmail(email);
    if (!user || user.status !== AccountStatus.Active) return;
    this.emails.inBackground((emails) => emails.sendPasswordReset(user));
    await this.audit.record({
      actor: null,
      action: 'auth.password_reset_requested',
      resourceType: 'user',
      resourceId: user.id,
      outcome: AuditOutcome.Success,
      origin,
    });
  }

  /** The new password is checked before the link is used up, so a refused password does not waste it. */
  async resetPassword(dto: ResetPasswordDto, origin: RequestOrigin): Promise<void> {
    const hash = tokenHash(dto.token);
    const userId = await this.sessionsRepository.findOneTimeTokenUser(hash, RESET_PURPOSES);
    const user = userId ? await this.accounts.findById(userId) : null;
    if (!user || user.status !== AccountStatus.Active) throw invalidLink();
    this.passwords.assertAcceptable(dto.newPassword, 'newPassword', user.email);
    if ((await this.sessionsRepository.consumeOneTimeToken(hash, RESET_PURPOSES)) !== user.id)
      throw invalidLink();
    await this.setPassword(user, dto.newPassword);
    await this.sessions.revokeAll(user.id, 'password_reset');
    await this.audit.record({
      actor: null,
      action: 'auth.password_reset',
      resourceType: 'user',
      resourceId: user.id,
      outcome: AuditOutcome.Success,
      origin,
    });
  }

  /** The emailed unlock link: lifts the pause on sign-ins from unknown devices, once. */
  async unlock(token: string, origin: RequestOrigin): Promise<void> {
    const userId = await this.sessionsRepository.consumeOneTimeToken(tokenHash(token), ['account_unlock']);
    if (!userId) throw invalidLink();
    await this.accounts.resetLoginFailures(userId);
    await this.audit.record({
      actor: null,
      action: 'auth.unlock',
      resourceType: 'user',
      resourceId: userId,
      outcome: AuditOutcome.Success,
      origin,
    });
  }

  /** A new password cancels every reset or invitation link still out: none may set another one later. */
  private async setPassword(user: UserRecord, password: string): Promise<void> {
    await this.accounts.setPassword(user.id, await this.passwords.hash(password));
    await this.sessionsRepository.revokeOneTimeTokens(user.id, RESET_PURPOSES);
  }

  /** Records the failure, counts it (on the known device, or toward the account's lock), and refuses. */
  private async refuse(
    user: UserRecord | null,
    reason: SignInFailure,
    deviceId: string | null,
    origin: RequestOrigin,
  ): Promise<never> {
    if (user && (reason === 'wrong_password' || reason === 'wrong_code'))
      await this.protection.recordFailure(user, deviceId, origin);
    await this.audit.record({
      actor: user ? { userId: user.id, role: user.role } : null,
      action: 'auth.login',
      resourceType: 'user',
      resourceId: user?.id,
      outcome: AuditOutcome.Failure,
      origin,
      detail: { reason, device: deviceId ? 'known' : 'unknown' },
    });
    throw new InvalidCredentials();
  }

  /**
   * The password asked again before a sensitive change, under the sign-in rules: a wrong one counts
   * like a failed sign-in from the session's device, and while a sign-in would be refused, this is
   * too. A refusal is audited as a failure of `action`.
   */
  private async confirmPassword(
    auth: AuthContext,
    user: UserRecord,
    password: string,
    field: string,
    action: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const sessionDevice = await this.sessionsRepository.deviceOfSession(auth.sessionId);
    const deviceId = await this.protection.trusted(user, sessionDevice);
    const refusal = this.protection.refusal(user, deviceId);
    if (!refusal && (await this.passwords.verify(user.passwordHash, password))) return;
    if (refusal) await this.passwords.verifyDecoy(password);
    else await this.protection.recordFailure(user, deviceId, origin);
    await this.audit.record({
      actor: { userId: user.id, role: user.role },
      action,
      resourceType: 'user',
      resourceId: user.id,
      outcome: AuditOutcome.Failure,
      origin,
      detail: { reason: refusal ?? 'wrong_password' },
    });
    throw wrongPassword(field);
  }

  private async consume(challenge: VerifiedChallenge): Promise<void> {
    const { challengeId, userId, expiresAt } = challenge;
    if (!(await this.sessionsRepository.consumeChallenge(challengeId, userId, expiresAt)))
      throw new InvalidChallenge();
  }

  private challenge(
    user: UserRecord,
    purpose: 'totp' | 'totp_enrolment',
    deviceId: string | null,
  ): LoginResult {
    const { token, expiresAt } = this.tokens.issueChallenge(user.id, purpose, deviceId);
    return {
      status: purpose === 'totp' ? 'totp_required' : 'totp_enrolment_required',
      challengeToken: token,
      challengeExpiresAt: expiresAt.toISOString(),
    };
  }

  private async signIn(
    user: UserRecord,
    origin: RequestOrigin,
    method: string,
    knownDeviceId: string | null,
  ): Promise<LoginResult> {
    const { deviceId, deviceToken } = await this.protection.recordSuccess(user, knownDeviceId);
    const tokens = await this.sessions.start(user.id, user.role, origin, deviceId);
    await this.audit.record({
      actor: { userId: user.id, role: user.role },
      action: 'auth.login',
      resourceType: 'user',
      resourceId: user.id,
      outcome: AuditOutcome.Success,
      origin,
      detail: { method, device: knownDeviceId ? 'known' : 'new' },
    });
    return { status: 'authenticated', tokens, deviceToken };
  }

  private async activeUser(userId: string): Promise<UserRecord> {
    const user = await this.accounts.findById(userId);
    if (!user || user.status !== AccountStatus.Active)
      throw new DomainError('unauthenticated', AuthErrorCode.InvalidToken, 'Sign in again.');
    return user;
  }

  private record(
    auth: AuthContext,
    action: string,
    outcome: AuditOutcome,
    origin: RequestOrigin,
  ): Promise<void> {
    return this.audit.record({
      actor: { userId: auth.userId, role: auth.role },
      action,
      resourceType: 'user',
      resourceId: auth.userId,
      outcome,
      origin,
    });
  }

  private recordTotpChange(user: UserRecord, action: string, origin: RequestOrigin): Promise<void> {
    return this.audit.record({
      actor: { userId: user.id, role: user.role },
      action,
      resourceType: 'user',
      resourceId: user.id,
      outcome: AuditOutcome.Success,
      origin,
    });
  }
}

const RESET_PURPOSES: OneTimeTokenPurpose[] = ['password_reset', 'invitation'];
