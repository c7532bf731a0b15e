import { CommonErrorCode } from '@healthsync/contracts/common/problem';
import { AppointmentErrorCode } from '@healthsync/contracts/scheduling/appointment-rules';

import { ApiError, type ActionState, toActionState } from './problem';

const CONFLICT_MESSAGE =
  'Someone else changed this appointment while you were looking at it. It now shows its current state; check it and try again.';

/**
 * The readable answer to a refused appointment action. A 409 means the page was stale, so it says so
 * (the caller revalidates, and the page shows the fresh state next to the message).
 */
export function refusedAppointmentAction(error: unknown): ActionState {
  const state = toActionState(error);
  if (!(error instanceof ApiError) || error.status !== 409) return state;
  if (error.code === CommonErrorCode.VersionConflict || error.code === AppointmentErrorCode.IllegalTransition)
    return { ...state, formError: CONFLICT_MESSAGE };
  return state;
}
