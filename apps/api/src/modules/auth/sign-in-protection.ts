import { Injectable } from '@nestjs/common';

import type { AuditDetail } from '@healthsync/contracts/audit';
import { AccountStatus } from '@healthsync/contracts/auth';

import type { RequestOrigin } from '../../common/auth/auth-context';
import { AccountsRepository, type UserRecord } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { AccountEmails } from './account-emails';
import { accountChanged, attemptRefused } from './auth-audit';
import { KnownDevicesRepository } from './known-devices.repository';
import { TokenService } from './token.service';

export const MAX_LOGIN_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type SignInFailure = 'unknown_email' | 'inactive' | 'locked' | 'wrong_password' | 'wrong_code';

/** An attempt refused for `reason`; `detail` adds to the reason on the audit trail. */
export interface RefusedAttempt {
  user: UserRecord | null;
  action: string;
  reason: SignInFailure;
  deviceId: string | null;
  detail?: AuditDetail;
}

/**
 * Keeps guessing expensive without letting a stranger lock the owner out. Failures from a device the
 * user signed in from before (it presents the device token that sign-in handed out) count on that
 * device; after five it is no longer trusted. Every other failure counts toward the account: five in a
 * row pause sign-ins from unknown devices for 15 minutes and email the owner a single-use unlock link,
 * while known devices keep signing in. Per-address limits (the sign-in rate limit) come on top.
 */
@Injectable()
export class SignInProtection {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly devices: KnownDevicesRepository,
    private readonly tokens: TokenService,
    private readonly emails: AccountEmails,
    private readonly audit: AuditService,
  ) {}

  /** The device a token names, if it is this user's and still trusted; otherwise null (an unknown device). */
  async recognise(user: UserRecord, deviceToken: string | undefined): Promise<string | null> {
    const deviceId = deviceToken ? this.tokens.verifyDeviceToken(deviceToken, user.id) : null;
    return this.trusted(user, deviceId);
  }

  async trusted(user: UserRecord, deviceId: string | null): Promise<string | null> {
    if (!deviceId) return null;
    return (await this.devices.isTrusted(deviceId, user.id, MAX_LOGIN_FAILURES)) ? deviceId : null;
  }

  /** Why an attempt is refused before its password is even checked, or null. */
  refusal(user: UserRecord, deviceId: string | null): SignInFailure | null {
    if (user.status !== AccountStatus.Active || !user.passwordHash) return 'inactive';
    if (!deviceId && user.lockedUntil && user.lockedUntil > new Date()) return 'locked';
    return null;
  }

  /**
   * Every refused sign-in or password confirmation ends here: a wrong password or code counts (on the
   * known device it came from, or toward the account's lock), and the refusal is audited as a failure.
   */
  async refused(attempt: RefusedAttempt, origin: RequestOrigin): Promise<void> {
    const { user, action, reason, deviceId, detail } = attempt;
    if (user && (reason === 'wrong_password' || reason === 'wrong_code'))
      await this.countFailure(user, deviceId, origin);
    await this.audit.record(attemptRefused(user, action, origin, { reason, ...detail }));
  }

  /**
   * After a successful password (and code): clears the count that applied, and answers the device to
   * remember with its token. A success on a known device leaves the account's lock as it is, so an
   * attack in progress does not get a fresh count.
   */
  async recordSuccess(
    user: UserRecord,
    deviceId: string | null,
  ): Promise<{ deviceId: string; deviceToken: string }> {
    if (deviceId) await this.devices.recordSuccess(deviceId);
    else await this.accounts.resetLoginFailures(user.id);
    const known = deviceId ?? (await this.devices.add(user.id));
    return { deviceId: known, deviceToken: this.tokens.issueDeviceToken(user.id, known).token };
  }

  private async countFailure(
    user: UserRecord,
    deviceId: string | null,
    origin: RequestOrigin,
  ): Promise<void> {
    if (deviceId) {
      await this.devices.recordFailure(deviceId);
      return;
    }
    const lock = await this.accounts.recordLoginFailure(user.id, MAX_LOGIN_FAILURES, LOCK_MINUTES);
    if (!lock.lockedNow) return;
    await this.audit.record(
      accountChanged(user, 'auth.lockout', origin, { minutes: LOCK_MINUTES, scope: 'unknown_devices' }),
    );
    this.emails.inBackground((emails) => emails.sendLockedNotice(user, LOCK_MINUTES));
  }
}
