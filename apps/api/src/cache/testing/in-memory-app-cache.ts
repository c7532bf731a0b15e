import { AppCache } from '../app-cache';

/** The cache in a Map; entries never expire. */
export class InMemoryAppCache extends AppCache {
  readonly entries = new Map<string, unknown>();

  constructor() {
    super(undefined as never, undefined as never);
  }

  override async get<T>(key: string): Promise<T | undefined> {
    return this.entries.get(key) as T | undefined;
  }

  override async set<T>(key: string, value: T): Promise<void> {
    this.entries.set(key, value);
  }

  override async delete(...keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  override async getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const fresh = await load();
    this.entries.set(key, fresh);
    return fresh;
  }
}
