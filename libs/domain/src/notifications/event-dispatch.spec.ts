import { MAX_DISPATCH_ATTEMPTS, MAX_DISPATCH_BACKOFF_MS, afterDispatchFailure } from './event-dispatch';

const now = new Date('2026-12-02T10:00:00Z');
const waitAfter = (attempts: number) => {
  const outcome = afterDispatchFailure(attempts, now);
  if (outcome.park) throw new Error(`parked after ${attempts}`);
  return outcome.retryAt.getTime() - now.getTime();
};

describe('afterDispatchFailure', () => {
  it('retries with a wait that doubles', () => {
    expect(waitAfter(1)).toBe(5_000);
    expect(waitAfter(2)).toBe(10_000);
    expect(waitAfter(3)).toBe(20_000);
  });

  it('parks the event after the last attempt', () => {
    expect(afterDispatchFailure(MAX_DISPATCH_ATTEMPTS - 1, now).park).toBe(false);
    expect(afterDispatchFailure(MAX_DISPATCH_ATTEMPTS, now)).toEqual({ park: true });
  });

  it('never waits longer than the cap', () => {
    const longest = Math.max(
      ...Array.from({ length: MAX_DISPATCH_ATTEMPTS - 1 }, (_, index) => waitAfter(index + 1)),
    );
    expect(longest).toBeLessThanOrEqual(MAX_DISPATCH_BACKOFF_MS);
  });
});
