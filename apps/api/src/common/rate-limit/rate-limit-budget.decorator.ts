import type { ExecutionContext } from '@nestjs/common';
import { SetMetadata } from '@nestjs/common';

const RATE_LIMIT_BUDGETS = 'healthsync:rate-limit-budgets';

/** A stricter per-address budget than the general one, named after its throttler in RateLimitModule. */
export type RateLimitBudgetName = 'login' | 'holds';

/** Counts the route against the named per-address budget as well, on top of the general one. */
export const RateLimitBudget = (name: RateLimitBudgetName) => SetMetadata(RATE_LIMIT_BUDGETS, name);

export function usesRateLimitBudget(context: ExecutionContext, name: RateLimitBudgetName): boolean {
  return Reflect.getMetadata(RATE_LIMIT_BUDGETS, context.getHandler()) === name;
}
