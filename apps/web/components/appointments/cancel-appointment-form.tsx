'use client';

import { useActionState } from 'react';

import { cancelAppointmentAction } from '@/lib/actions/portal-appointments';
import type { ActionState } from '@/lib/problem';

export function CancelAppointmentForm({
  appointmentId,
  version,
}: {
  appointmentId: string;
  version: number;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(cancelAppointmentAction, {});
  const errorId = `cancel-error-${appointmentId}`;
  return (
    <form action={action}>
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        className="btn-secondary"
        disabled={pending}
        aria-describedby={state.formError ? errorId : undefined}
      >
        Cancel appointment
      </button>
      <div role="alert">
        {state.formError && (
          <p id={errorId} className="field-error">
            {state.formError}
          </p>
        )}
      </div>
    </form>
  );
}
