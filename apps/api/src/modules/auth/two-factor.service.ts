import { randomInt } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';

import { AuthErrorCode, type TotpSetup } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import type { RequestOrigin } from '../../common/auth/auth-context';
import { SecretBox, tokenHash } from '../../common/crypto/secret-box';
import { AppConfig } from '../../config/app-config';
import { AccountsRepository, type UserRecord } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import { AccountEmails } from './account-emails';
import { accountChanged } from './auth-audit';
import { invalidCode } from './auth-errors';
import { RecoveryCodesRepository } from './recovery-codes.repository';

const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** One 30-second step either side, for clocks that drift. */
const TOTP_TOLERANCE_SECONDS = 30;

function recoveryCode(): string {
  const part = () =>
    Array.from({ length: 5 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return `${part()}-${part()}`;
}

/**
 * TOTP (RFC 6238) second factor: works with any authenticator app. A code is accepted once (its
 * time step is claimed atomically), and each recovery code once. Turning it on or off is audited
 * and the owner is told by email.
 */
@Injectable()
export class TwoFactorService {
  private readonly secrets: SecretBox;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly recoveryCodes: RecoveryCodesRepository,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly emails: AccountEmails,
  ) {
    this.secrets = new SecretBox(config.dataEncryptionKey);
  }

  /** Starts enrolment with a fresh secret; it protects nothing until `enable` confirms a code from it. */
  async setUp(user: UserRecord): Promise<TotpSetup> {
    if (user.totpEnabledAt) {
      throw new DomainError(
        'conflict',
        AuthErrorCode.TotpAlreadyEnabled,
        'Two-factor sign-in is already on; turn it off first to re-enrol.',
      );
    }
    const secret = generateSecret();
    await this.accounts.setTotpSecret(user.id, this.secrets.seal(secret));
    return { secret, otpauthUrl: generateURI({ secret, issuer: this.config.clinicName, label: user.email }) };
  }

  /** Confirms enrolment with a current code and returns the recovery codes, shown this once. */
  async enable(user: UserRecord, code: string, origin: RequestOrigin): Promise<string[]> {
    if (user.totpEnabledAt) {
      throw new DomainError(
        'conflict',
        AuthErrorCode.TotpAlreadyEnabled,
        'Two-factor sign-in is already on.',
      );
    }
    if (!(await this.acceptCode(user, code))) throw invalidCode();
    await this.accounts.enableTotp(user.id);
    const codes = await this.issueRecoveryCodes(user.id);
    await this.audit.record(accountChanged(user, 'auth.totp_enabled', origin));
    this.emails.inBackground((emails) => emails.sendSecondFactorChanged(user, true));
    return codes;
  }

  async disable(user: UserRecord, origin: RequestOrigin): Promise<void> {
    await this.accounts.setTotpSecret(user.id, null);
    await this.recoveryCodes.deleteAll(user.id);
    await this.audit.record(accountChanged(user, 'auth.totp_disabled', origin));
    this.emails.inBackground((emails) => emails.sendSecondFactorChanged(user, false));
  }

  /** True if the code is valid now and was not used before; a used code stays used. */
  async acceptCode(user: UserRecord, code: string): Promise<boolean> {
    if (!user.totpSecretEncrypted) return false;
    const result = await verify({
      secret: this.secrets.open(user.totpSecretEncrypted),
      token: code,
      epochTolerance: TOTP_TOLERANCE_SECONDS,
      afterTimeStep: user.totpLastTimeStep === null ? undefined : Number(user.totpLastTimeStep),
    });
    if (!result.valid || !('timeStep' in result)) return false;
    return this.accounts.claimTotpTimeStep(user.id, result.timeStep);
  }

  acceptRecoveryCode(userId: string, code: string): Promise<boolean> {
    return this.recoveryCodes.consume(userId, tokenHash(code.toLowerCase()));
  }

  private async issueRecoveryCodes(userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
    await this.recoveryCodes.replace(
      userId,
      codes.map((code) => tokenHash(code)),
    );
    return codes;
  }
}
