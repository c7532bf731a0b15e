import type { ExecutionContext } from '@nestjs/common';
import { SetMetadata } from '@nestjs/common';

const LOGIN_RATE_LIMITED = 'healthsync:login-rate-limited';

/**
 * Counts the route against the stricter per-address budget for guessing credentials (sign-in,
 * registration, password reset, and every route that asks for the current password again), on top
 * of the general one.
 */
export const LoginRateLimited = () => SetMetadata(LOGIN_RATE_LIMITED, true);

export function isLoginRateLimited(context: ExecutionContext): boolean {
  return Reflect.getMetadata(LOGIN_RATE_LIMITED, context.getHandler()) === true;
}
