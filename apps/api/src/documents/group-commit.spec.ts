import { GroupCommit } from './group-commit';

function deferred() {
  let release = () => undefined as void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
}

describe('GroupCommit', () => {
  it('writes a lone item at once, and groups the items that arrive while a write runs', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const commit = new GroupCommit<number, string>(async (_key, items) => {
      batches.push(items);
      if (batches.length === 1) await gate.done;
      return items.map((item) => `#${item}`);
    });

    const first = commit.submit('audit', 1);
    const rest = [2, 3, 4].map((item) => commit.submit('audit', item));
    gate.release();

    expect(await first).toBe('#1');
    expect(await Promise.all(rest)).toEqual(['#2', '#3', '#4']);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('fails only the batch whose write failed, and keeps going', async () => {
    let calls = 0;
    const gate = deferred();
    const commit = new GroupCommit<number, number>(async (_key, items) => {
      calls += 1;
      if (calls === 1) {
        await gate.done;
        throw new Error('database went away');
      }
      return items;
    });
    const failing = commit.submit('audit', 1);
    const later = commit.submit('audit', 2);
    gate.release();
    await expect(failing).rejects.toThrow('database went away');
    await expect(later).resolves.toBe(2);
  });

  it('fails only the item a batch could not store: the others are written again one by one', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const commit = new GroupCommit<number, string>(async (_key, items) => {
      batches.push(items);
      if (batches.length === 1) await gate.done;
      if (items.includes(13)) throw new Error('a value contains a character that cannot be stored');
      return items.map((item) => `#${item}`);
    });

    const first = commit.submit('audit', 1);
    const batch = [12, 13, 14].map((item) => commit.submit('audit', item));
    gate.release();

    await expect(first).resolves.toBe('#1');
    const [twelve, thirteen, fourteen] = await Promise.allSettled(batch);
    expect(twelve).toEqual({ status: 'fulfilled', value: '#12' });
    expect(thirteen).toMatchObject({
      status: 'rejected',
      reason: { message: expect.stringMatching(/cannot be stored/) },
    });
    expect(fourteen).toEqual({ status: 'fulfilled', value: '#14' });
    expect(batches).toEqual([[1], [12, 13, 14], [12], [13], [14]]);
  });

  it('keeps streams apart and caps a batch', async () => {
    const batches: Array<[string, number[]]> = [];
    const commit = new GroupCommit<number, number>(async (key, items) => {
      batches.push([key, items]);
      return items;
    }, 2);
    await Promise.all([
      commit.submit('a', 1),
      commit.submit('a', 2),
      commit.submit('a', 3),
      commit.submit('b', 9),
    ]);
    expect(batches).toEqual([
      ['a', [1]],
      ['b', [9]],
      ['a', [2, 3]],
    ]);
  });
});
