import { afterLoginFailure } from './login-lock';

const now = new Date('2026-12-02T10:00:00Z');
const minutesFromNow = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('afterLoginFailure', () => {
  it('counts failures below the limit without locking', () => {
    expect(afterLoginFailure({ failedLoginCount: 3, lockedUntil: null }, now, 5, 15)).toEqual({
      failedLoginCount: 4,
      lockedUntil: null,
      lockedNow: false,
    });
  });

  it('locks at the limit for the given minutes and starts the count again', () => {
    expect(afterLoginFailure({ failedLoginCount: 4, lockedUntil: null }, now, 5, 15)).toEqual({
      failedLoginCount: 0,
      lockedUntil: minutesFromNow(15),
      lockedNow: true,
    });
  });

  it('does not extend a lock in force', () => {
    const lockedUntil = minutesFromNow(10);
    expect(afterLoginFailure({ failedLoginCount: 4, lockedUntil }, now, 5, 15)).toEqual({
      failedLoginCount: 5,
      lockedUntil,
      lockedNow: false,
    });
  });

  it('starts a new count once the lock has expired', () => {
    expect(afterLoginFailure({ failedLoginCount: 4, lockedUntil: minutesFromNow(-1) }, now, 5, 15)).toEqual({
      failedLoginCount: 1,
      lockedUntil: null,
      lockedNow: false,
    });
  });
});
