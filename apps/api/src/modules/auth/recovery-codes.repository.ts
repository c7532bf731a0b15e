/** The second factor's recovery codes, stored as hashes; each works once. */
export abstract class RecoveryCodesRepository {
  /** Replaces every code of the user with these, atomically. */
  abstract replace(userId: string, codeHashes: string[]): Promise<void>;
  /** True if the code was the user's and unused; it is used now. */
  abstract consume(userId: string, codeHash: string): Promise<boolean>;
  abstract deleteAll(userId: string): Promise<void>;
}
