/** After this many failed attempts an event is parked: it waits for an admin instead of being retried. */
export const MAX_DISPATCH_ATTEMPTS = 5;

const FIRST_RETRY_MS = 5_000;
/** The longest wait between two attempts, however often an event failed. */
export const MAX_DISPATCH_BACKOFF_MS = 15 * 60_000;

export type DispatchFailureOutcome = { park: true } | { park: false; retryAt: Date };

/**
 * What becomes of an event whose handling failed for the `attempts`-th time: parked after the last
 * attempt, otherwise retried after an exponential, capped wait (5 s, 10 s, 20 s, …).
 */
export function afterDispatchFailure(attempts: number, now: Date): DispatchFailureOutcome {
  if (attempts >= MAX_DISPATCH_ATTEMPTS) return { park: true };
  const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_DISPATCH_BACKOFF_MS);
  return { park: false, retryAt: new Date(now.getTime() + wait) };
}
