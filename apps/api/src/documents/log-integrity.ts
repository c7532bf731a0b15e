import type { AppendOnlyLogStore, LogEntry } from './document-store';
import { chainHash } from './hash-chain';

export interface ChainVerification {
  valid: boolean;
  checked: number;
  /** The id of the first entry whose content, hash or link does not match; null when valid. */
  firstBrokenId: string | null;
}

const BATCH_SIZE = 1_000;

/** Walks a log from its first entry and checks each hash and each link to the entry before. */
export async function verifyLogChain(store: AppendOnlyLogStore, stream: string): Promise<ChainVerification> {
  let checked = 0;
  let previous: { sequence: number; hash: string } | null = null;
  for (;;) {
    const batch: LogEntry<unknown>[] = await store.readAfter(stream, previous?.sequence ?? 0, BATCH_SIZE);
    for (const entry of batch) {
      const linked =
        entry.sequence === (previous?.sequence ?? 0) + 1 && entry.previousHash === (previous?.hash ?? null);
      if (!linked || chainHash(entry) !== entry.hash)
        return { valid: false, checked, firstBrokenId: entry.id };
      checked += 1;
      previous = entry;
    }
    if (batch.length < BATCH_SIZE) return { valid: true, checked, firstBrokenId: null };
  }
}
