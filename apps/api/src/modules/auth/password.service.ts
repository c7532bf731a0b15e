import { Injectable, type OnModuleInit } from '@nestjs/common';
import argon2 from 'argon2';
import commonPasswords from 'fxa-common-password-list';

import { AuthErrorCode } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

/** OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export class WeakPassword extends DomainError<AuthErrorCode.WeakPassword> {
  constructor(field: string, reason: string) {
    super('invalid', AuthErrorCode.WeakPassword, reason, { errors: [{ field, message: reason }] });
  }
}

/** Hashes and checks passwords, and keeps out the ones attackers try first. */
@Injectable()
export class PasswordService implements OnModuleInit {
  /** A real hash to verify against when the account does not exist, so both cases take as long. */
  private decoyHash = '';

  async onModuleInit(): Promise<void> {
    this.decoyHash = await argon2.hash('decoy-password-for-equal-timing', ARGON2_OPTIONS);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? this.decoyHash, password);
    } catch {
      return false;
    }
  }

  /** Spends the time of one verification, for callers that already know the answer is no. */
  async verifyDecoy(password: string): Promise<void> {
    await this.verify(null, password);
  }

  /** Length is checked by the DTO; this refuses common passwords and ones made of the account's own email. */
  assertAcceptable(password: string, field: string, email?: string): void {
    const lowered = password.toLowerCase();
    if (commonPasswords.test(lowered) || commonPasswords.test(password)) {
      throw new WeakPassword(field, `${field} is one of the most commonly used passwords; choose another.`);
    }
    const localPart = email?.split('@')[0]?.toLowerCase();
    if (
      email &&
      (lowered === email.toLowerCase() || (localPart && localPart.length >= 4 && lowered.includes(localPart)))
    ) {
      throw new WeakPassword(field, `${field} must not contain your email address.`);
    }
  }
}
