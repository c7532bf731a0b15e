import { RecoveryCodesRepository } from '../recovery-codes.repository';

export class InMemoryRecoveryCodesRepository extends RecoveryCodesRepository {
  /** Unused code hashes, by user. */
  readonly unused = new Map<string, Set<string>>();

  async replace(userId: string, codeHashes: string[]): Promise<void> {
    this.unused.set(userId, new Set(codeHashes));
  }

  async consume(userId: string, codeHash: string): Promise<boolean> {
    return this.unused.get(userId)?.delete(codeHash) ?? false;
  }

  async deleteAll(userId: string): Promise<void> {
    this.unused.delete(userId);
  }
}
