'use client';

import { useActionState } from 'react';

import { removeExceptionAction } from '@/lib/actions/doctors';
import type { ActionState } from '@/lib/problem';

export function RemoveExceptionButton({
  doctorId,
  exceptionId,
  label,
}: {
  doctorId: string;
  exceptionId: string;
  label: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(removeExceptionAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="doctorId" value={doctorId} />
      <input type="hidden" name="exceptionId" value={exceptionId} />
      <button type="submit" className="btn-secondary py-1 text-sm" disabled={pending}>
        Remove<span className="sr-only"> {label}</span>
      </button>
      {state.formError && (
        <p role="alert" className="field-error">
          {state.formError}
        </p>
      )}
    </form>
  );
}
