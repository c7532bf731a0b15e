'use client';

import { useActionState } from 'react';
import Link from 'next/link';

import type { DuplicateCandidate } from '@healthsync/contracts/patients';

import { FormAlert } from '@/components/ui/form-alert';
import { SubmitOrCancel } from '@/components/ui/submit-or-cancel';
import { formatCalendarDate } from '@/lib/clinic-time';
import { useClientValidation } from '@/lib/forms/use-client-validation';
import { fieldProps, type PatientFormState } from '@/lib/patients/form-state';

import { ContactFields, IdentityFields, InsuranceFields } from './patient-fields';

interface Props {
  action: (state: PatientFormState, form: FormData) => Promise<PatientFormState>;
  /** The record's fields when editing. */
  initial?: Record<string, string>;
  /** The version the edit is based on (optimistic concurrency). */
  version?: number;
  submitLabel: string;
  cancelHref: string;
}

function DuplicateWarning({ candidates }: { candidates: DuplicateCandidate[] }) {
  return (
    <section
      role="alert"
      aria-labelledby="duplicate-heading"
      className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="duplicate-heading">This patient may already be registered</h2>
      <p>
        {candidates.length === 1 ? 'A patient' : 'Patients'} with the same name and date of birth{' '}
        {candidates.length === 1 ? 'is' : 'are'} on file. Open the record to check before registering again.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {candidates.map((candidate) => (
          <li key={candidate.id}>
            <Link href={`/staff/patients/${candidate.id}`}>
              {candidate.firstName} {candidate.lastName}, {candidate.mrn}
            </Link>{' '}
            (born {formatCalendarDate(candidate.dateOfBirth)})
          </li>
        ))}
      </ul>
      <button type="submit" name="confirmDuplicate" value="true" className="btn-secondary">
        Register anyway: this is a different person
      </button>
    </section>
  );
}

/** Registration and change of a patient's record, with the duplicate warning of a registration. */
export function PatientForm({ action, initial, version, submitLabel, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState<PatientFormState, FormData>(action, {
    values: initial,
  });
  const { clientErrors, checkBeforeSubmit, formAlert } = useClientValidation();
  const field = fieldProps(state, clientErrors);
  return (
    <form action={formAction} onSubmit={checkBeforeSubmit} noValidate className="space-y-6">
      <FormAlert message={formAlert(state.formError)} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {state.duplicates && state.duplicates.length > 0 && <DuplicateWarning candidates={state.duplicates} />}
      <IdentityFields field={field} />
      <ContactFields field={field} />
      <InsuranceFields field={field} />
      <SubmitOrCancel label={submitLabel} pendingLabel="Saving…" pending={pending} cancelHref={cancelHref} />
    </form>
  );
}
