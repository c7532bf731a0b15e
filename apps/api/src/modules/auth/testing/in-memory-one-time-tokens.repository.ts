import type { Transaction } from '../../../database/unit-of-work';
import { OneTimeTokensRepository, type OneTimeTokenPurpose } from '../one-time-tokens.repository';

interface StoredToken {
  userId: string;
  purpose: OneTimeTokenPurpose;
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export class InMemoryOneTimeTokensRepository extends OneTimeTokensRepository {
  readonly tokens: StoredToken[] = [];

  in(_tx: Transaction): OneTimeTokensRepository {
    return this;
  }

  async create(
    userId: string,
    purpose: OneTimeTokenPurpose,
    tokenHash: string,
    expiresAt: Date,
  ): Promise<void> {
    this.tokens.push({ userId, purpose, tokenHash, expiresAt, usedAt: null });
  }

  async findUser(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<string | null> {
    return this.open(tokenHash, purposes)?.userId ?? null;
  }

  async consume(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<string | null> {
    const token = this.open(tokenHash, purposes);
    if (!token) return null;
    token.usedAt = new Date();
    return token.userId;
  }

  async revokeAll(userId: string, purposes: OneTimeTokenPurpose[]): Promise<void> {
    for (const token of this.tokens)
      if (token.userId === userId && purposes.includes(token.purpose) && !token.usedAt)
        token.usedAt = new Date();
  }

  private open(tokenHash: string, purposes: OneTimeTokenPurpose[]): StoredToken | undefined {
    return this.tokens.find(
      (token) =>
        token.tokenHash === tokenHash &&
        purposes.includes(token.purpose) &&
        !token.usedAt &&
        token.expiresAt > new Date(),
    );
  }
}
