/** A user's run of failed sign-ins from unknown devices, and the lock it led to. */
export interface LoginFailureState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

export interface LoginFailureOutcome extends LoginFailureState {
  /** This failure is the one that locked the account. */
  lockedNow: boolean;
}

/**
 * The state after one more failure: `maxFailures` in a row lock for `lockMinutes` (and the count
 * starts again); a lock that has expired starts a new count; a lock in force is not extended.
 */
export function afterLoginFailure(
  state: LoginFailureState,
  now: Date,
  maxFailures: number,
  lockMinutes: number,
): LoginFailureOutcome {
  const lockExpired = state.lockedUntil !== null && state.lockedUntil <= now;
  const failures = lockExpired ? 1 : state.failedLoginCount + 1;
  const lockedNow = failures >= maxFailures && (state.lockedUntil === null || lockExpired);
  const lockedUntil = lockedNow
    ? new Date(now.getTime() + lockMinutes * 60_000)
    : lockExpired
      ? null
      : state.lockedUntil;
  return { failedLoginCount: lockedNow ? 0 : failures, lockedUntil, lockedNow };
}
