import { randomInt } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';

import { AuthErrorCode, type TotpSetup } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import { SecretBox, tokenHash } from '../../common/crypto/secret-box';
import { AppConfig } from '../../config/app-config';
import { AccountsRepository, type UserRecord } from '../accounts/accounts.repository';
import { SessionsRepository } from './sessions.repository';

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
 * time step is claimed atomically), and each recovery code once.
 */
@Injectable()
export class TwoFactorService {
  private readonly secrets: SecretBox;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly config: AppConfig,
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
  async enable(user: UserRecord, code: string): Promise<string[]> {
    if (user.totpEnabledAt) {
      throw new DomainError(
        'conflict',
        AuthErrorCode.TotpAlreadyEnabled,
        'Two-factor sign-in is already on.',
      );
    }
    if (!(await this.acceptCode(user, code))) throw invalidCode();
    await this.accounts.enableTotp(user.id);
    return this.issueRecoveryCodes(user.id);
  }

  async disable(userId: string): Promise<void> {
    await this.accounts.setTotpSecret(userId, null);
    await this.sessions.deleteRecoveryCodes(userId);
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
    return this.sessions.consumeRecoveryCode(userId, tokenHash(code.toLowerCase()));
  }

  private async issueRecoveryCodes(userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
    await this.sessions.replaceRecoveryCodes(
      userId,
      codes.map((code) => tokenHash(code)),
    );
    return codes;
  }
}

/** For a signed-in user confirming a change: a 400 on the field, not a 401 that would end their session. */
export function invalidCode(): DomainError {
  const message = 'The code is wrong, expired or already used.';
  return new DomainError('invalid', AuthErrorCode.InvalidTotpCode, message, {
    errors: [{ field: 'code', message }],
  });
}
