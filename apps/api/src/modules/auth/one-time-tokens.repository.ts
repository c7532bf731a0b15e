import type { Transaction } from '../../database/unit-of-work';

export type OneTimeTokenPurpose = 'password_reset' | 'invitation' | 'account_unlock';

/** The single-use tokens of emailed links, stored as hashes; each is valid once, until it expires. */
export abstract class OneTimeTokensRepository {
  /** The same queries inside `tx`: they commit or roll back with it. */
  abstract in(tx: Transaction): OneTimeTokensRepository;

  abstract create(
    userId: string,
    purpose: OneTimeTokenPurpose,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<void>;
  /** The user of a token that is valid now, without using it up. */
  abstract findUser(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<string | null>;
  /** Uses up a token if it is valid now and answers its user, or null. Two racing uses: one wins. */
  abstract consume(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<string | null>;
  /** Uses up every open token of these purposes: an older link must not outlive a newer change. */
  abstract revokeAll(userId: string, purposes: OneTimeTokenPurpose[]): Promise<void>;
}
