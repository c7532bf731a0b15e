'use client';

import { useActionState, useEffect, useId, useRef, useState, useTransition } from 'react';

import { PATIENT_SEARCH_TEXT_MAX } from '@healthsync/contracts/patients/patient-rules';

import { FormAlert } from '@/components/ui/form-alert';
import {
  bookForPatientAction,
  findPatientsAction,
  type PatientMatch,
} from '@/lib/actions/staff-appointments';
import type { ActionState } from '@/lib/problem';

export interface BookingTarget {
  startsAt: string;
  /** The slot's clinic day and time, as the calendar shows it. */
  label: string;
}

interface Props {
  target: BookingTarget;
  doctorId: string;
  doctorLabel: string;
  bookingKey: string;
  timeZone: string;
  onClose: () => void;
}

const SEARCH_DELAY_MS = 250;

/** Patients whose name matches what is typed, asked for a moment after typing stops. */
function usePatientSearch() {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ matches: PatientMatch[]; error?: string }>({ matches: [] });
  const [searching, startSearch] = useTransition();
  useEffect(() => {
    const timer = setTimeout(() => {
      startSearch(async () => setResult(await findPatientsAction(query)));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return { query, setQuery, searching, ...result };
}

/** A modal dialog that books the chosen free slot for a patient found by name. */
export function BookSlotDialog({ target, doctorId, doctorLabel, bookingKey, timeZone, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState<ActionState, FormData>(bookForPatientAction, {});
  const search = usePatientSearch();
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form action={formAction} className="space-y-4 p-5">
        <h2 id={`${id}-title`}>Book {target.label}</h2>
        <p className="text-slate-700">
          With {doctorLabel}, clinic time ({timeZone}).
        </p>
        <input type="hidden" name="doctorId" value={doctorId} />
        <input type="hidden" name="startsAt" value={target.startsAt} />
        <input type="hidden" name="bookingKey" value={bookingKey} />
        <FormAlert message={state.formError} />
        <div>
          <label htmlFor={`${id}-search`} className="block font-medium">
            Find the patient
          </label>
          <p id={`${id}-hint`} className="text-sm text-slate-700">
            Type at least two letters of a name.
          </p>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            value={search.query}
            onChange={(event) => search.setQuery(event.target.value)}
            maxLength={PATIENT_SEARCH_TEXT_MAX}
            className="field-input"
            aria-describedby={`${id}-hint`}
            autoFocus
          />
        </div>
        <fieldset aria-busy={search.searching}>
          <legend className="font-medium">Patient</legend>
          <div role="status" className="text-sm text-slate-700">
            {search.error ??
              (search.query.trim().length >= 2 && !search.searching && search.matches.length === 0
                ? 'No patient matches.'
                : '')}
          </div>
          <ul className="mt-1 max-h-56 space-y-1 overflow-y-auto">
            {search.matches.map((patient) => (
              <li key={patient.id}>
                <label className="flex items-center gap-2 rounded px-1 py-1 hover:bg-slate-100">
                  <input type="radio" name="patientId" value={patient.id} required />
                  {patient.label}
                </label>
              </li>
            ))}
          </ul>
          {state.fieldErrors?.['patientId'] && (
            <p className="field-error">{state.fieldErrors['patientId']}</p>
          )}
        </fieldset>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
            Close
          </button>
          <button type="submit" className="btn" disabled={pending}>
            Book appointment
          </button>
        </div>
      </form>
    </dialog>
  );
}
