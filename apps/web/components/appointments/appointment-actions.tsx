'use client';

import Link from 'next/link';
import { useActionState, useId } from 'react';

import { APPOINTMENT_REASON_MAX_LENGTH } from '@healthsync/contracts/scheduling/scheduling-limits';
import type { AppointmentAction } from '@healthsync/domain/appointments';

import { FormAlert } from '@/components/ui/form-alert';
import { describedBy, FieldFrame } from '@/components/ui/form-field';
import { Notice } from '@/components/ui/notice';
import { appointmentTransitionAction } from '@/lib/actions/staff-appointments';
import type { ActionState } from '@/lib/problem';

const BUTTON_LABELS: Partial<Record<AppointmentAction, string>> = {
  confirm: 'Confirm',
  check_in: 'Check in',
  start: 'Start visit',
  complete: 'Complete visit',
  no_show: 'Mark no-show',
};

/** The quick actions a row of the day's list offers; the rest live on the appointment's page. */
const QUICK_ACTIONS: readonly AppointmentAction[] = ['confirm', 'check_in', 'start', 'complete'];

interface Props {
  appointmentId: string;
  version: number;
  /** What this user may do now, from the domain rules (see lib/appointment-rules). */
  actions: readonly AppointmentAction[];
  /** Who and when, read after each button's name so a list of rows stays unambiguous. */
  subject?: string;
  /** A row of a list: quick actions and a link to the appointment's page. */
  compact?: boolean;
}

/** The status changes a staff member may make to one appointment, as buttons. */
export function AppointmentActions({ appointmentId, version, actions, subject, compact = false }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(appointmentTransitionAction, {});
  const reasonId = useId();
  const shown = actions.filter(
    (action) => BUTTON_LABELS[action] && (!compact || QUICK_ACTIONS.includes(action)),
  );
  const hidden = (
    <>
      <input type="hidden" name="appointmentId" value={appointmentId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const named = (label: string) => (
    <>
      {label}
      {subject && <span className="sr-only"> {subject}</span>}
    </>
  );

  return (
    <div className={compact ? 'flex flex-col items-start gap-2 sm:items-end' : 'space-y-2'}>
      {!compact && <FormAlert message={state.formError} />}
      {state.notice && !compact && <Notice message={state.notice} />}
      <div className="flex flex-wrap items-center gap-2">
        {shown.length > 0 && (
          <form action={formAction} className="flex flex-wrap gap-2">
            {hidden}
            {shown.map((action) => (
              <button
                key={action}
                type="submit"
                name="action"
                value={action}
                disabled={pending}
                className={action === shown[0] ? 'btn py-1' : 'btn-secondary py-1'}
              >
                {named(BUTTON_LABELS[action] ?? action)}
              </button>
            ))}
          </form>
        )}
        {compact && (
          <Link href={`/staff/appointments/${encodeURIComponent(appointmentId)}`} className="px-1">
            {named('Details')}
          </Link>
        )}
      </div>
      {compact && <FormAlert message={state.formError} />}
      {!compact && actions.includes('cancel') && (
        <details className="card">
          <summary className="cursor-pointer font-medium">Cancel this appointment…</summary>
          <form action={formAction} className="mt-3 space-y-3">
            {hidden}
            <FieldFrame id={reasonId} label="Reason for cancelling" error={state.fieldErrors?.['reason']}>
              <textarea
                id={reasonId}
                name="reason"
                required
                maxLength={APPOINTMENT_REASON_MAX_LENGTH}
                rows={2}
                className="field-input"
                aria-invalid={state.fieldErrors?.['reason'] ? true : undefined}
                aria-describedby={describedBy(reasonId, undefined, state.fieldErrors?.['reason'])}
              />
            </FieldFrame>
            <button type="submit" name="action" value="cancel" className="btn" disabled={pending}>
              Cancel appointment
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
