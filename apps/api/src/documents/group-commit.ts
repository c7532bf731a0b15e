interface Waiting<I, O> {
  item: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: callers of `submit` wait for their item to be written, but items that arrive while
 * a write is running go out together in the next one. Under load one transaction carries many
 * items; alone, an item is written at once. No timers, nothing written after its caller gave up.
 */
export class GroupCommit<I, O> {
  private readonly queues = new Map<string, Array<Waiting<I, O>>>();
  private readonly writing = new Set<string>();

  constructor(
    private readonly writeBatch: (key: string, items: I[]) => Promise<O[]>,
    private readonly maxBatch = 500,
  ) {}

  submit(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const queue = this.queues.get(key) ?? [];
      queue.push({ item, resolve, reject });
      this.queues.set(key, queue);
      void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    if (this.writing.has(key)) return;
    this.writing.add(key);
    try {
      for (let batch = this.take(key); batch.length > 0; batch = this.take(key)) await this.write(key, batch);
    } finally {
      this.writing.delete(key);
    }
  }

  private take(key: string): Array<Waiting<I, O>> {
    return (this.queues.get(key) ?? []).splice(0, this.maxBatch);
  }

  /**
   * A failed batch is written again item by item, so an item the store refuses fails only its own
   * caller, never the others that happened to share its transaction.
   */
  private async write(key: string, batch: Array<Waiting<I, O>>): Promise<void> {
    try {
      const outputs = await this.writeBatch(
        key,
        batch.map((waiting) => waiting.item),
      );
      batch.forEach((waiting, index) => waiting.resolve(outputs[index] as O));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const waiting of batch) await this.write(key, [waiting]);
    }
  }
}
