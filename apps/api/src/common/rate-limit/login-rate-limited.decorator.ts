import type { ExecutionContext } from '@nestjs/common';

import { RateLimitBudget, usesRateLimitBudget } from './rate-limit-budget.decorator';

/**
 * Counts the route against the stricter per-address budget for guessing credentials (sign-in,
 * registration, password reset, and every route that asks for the current password again), on top
 * of the general one.
 */
export const LoginRateLimited = () => RateLimitBudget('login');

export function isLoginRateLimited(context: ExecutionContext): boolean {
  return usesRateLimitBudget(context, 'login');
}
