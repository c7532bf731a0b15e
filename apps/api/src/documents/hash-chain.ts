import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface ChainedFields {
  stream: string;
  sequence: number;
  recordedAt: Date;
  previousHash: string | null;
  body: unknown;
}

/** SHA-256 over the entry's place in the chain, its time, its content and the previous entry's hash. */
export function chainHash(entry: ChainedFields): string {
  return createHash('sha256')
    .update(entry.previousHash ?? '')
    .update('\n')
    .update(canonicalJson([entry.stream, entry.sequence, entry.recordedAt.toISOString(), entry.body]))
    .digest('hex');
}
