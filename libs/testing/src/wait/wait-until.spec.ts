import { waitForEvent, waitUntil, WaitTimeoutError } from './wait-until';
import { EventEmitter } from 'node:events';

describe('waitUntil', () => {
  it('resolves with the first truthy value the probe returns', async () => {
    let calls = 0;
    const value = await waitUntil(() => (++calls >= 3 ? { row: calls } : undefined), { intervalMs: 1 });
    expect(value).toEqual({ row: 3 });
    expect(calls).toBe(3);
  });

  it('awaits asynchronous probes and treats a throwing probe as not yet', async () => {
    let calls = 0;
    const value = await waitUntil(
      async () => {
        calls += 1;
        if (calls < 2) throw new Error('connection refused');
        return 'up';
      },
      { intervalMs: 1 },
    );
    expect(value).toBe('up');
  });

  it('on timeout names what it waited for and the last value seen', async () => {
    let count = 0;
    const waiting = waitUntil(() => (count += 1) > 1_000_000 && 'never', {
      timeoutMs: 30,
      intervalMs: 5,
      description: 'the delivered email row',
    });
    await expect(waiting).rejects.toThrow(WaitTimeoutError);
    await expect(waiting).rejects.toThrow(
      /timed out after 30 ms waiting for the delivered email row; last value seen: false/,
    );
  });

  it('reports the last error when the probe never stopped throwing', async () => {
    await expect(
      waitUntil(
        () => {
          throw new Error('still booting');
        },
        { timeoutMs: 20, intervalMs: 5, description: 'the API' },
      ),
    ).rejects.toThrow(/waiting for the API; last value seen: Error: still booting/);
  });

  it('rethrows at once an error the caller says ends the wait', async () => {
    let calls = 0;
    const fatal = new Error('exited with 1');
    await expect(
      waitUntil(
        () => {
          calls += 1;
          throw fatal;
        },
        { intervalMs: 1, abortOn: (error) => error === fatal },
      ),
    ).rejects.toBe(fatal);
    expect(calls).toBe(1);
  });

  it('has a generous default timeout', async () => {
    const { WAIT_UNTIL_DEFAULT_TIMEOUT_MS } = await import('./wait-until');
    expect(WAIT_UNTIL_DEFAULT_TIMEOUT_MS).toBeGreaterThanOrEqual(10_000);
  });
});

describe('waitForEvent', () => {
  it('resolves with the first payload that passes the filter and stops listening', async () => {
    const emitter = new EventEmitter();
    const heard = waitForEvent<{ id: number }>(emitter, 'notification', { accept: ({ id }) => id === 2 });
    emitter.emit('notification', { id: 1 });
    emitter.emit('notification', { id: 2 });
    await expect(heard).resolves.toEqual({ id: 2 });
    expect(emitter.listenerCount('notification')).toBe(0);
  });

  it('rejects naming the event and the last payload seen when none passes in time', async () => {
    const emitter = new EventEmitter();
    const heard = waitForEvent<{ id: number }>(emitter, 'notification', {
      timeoutMs: 20,
      accept: ({ id }) => id === 2,
    });
    emitter.emit('notification', { id: 1 });
    await expect(heard).rejects.toThrow(/waiting for the "notification" event; last value seen: \{"id":1\}/);
    expect(emitter.listenerCount('notification')).toBe(0);
  });
});
