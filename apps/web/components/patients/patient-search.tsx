'use client';

import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from 'react';
import { usePathname, useRouter } from 'next/navigation';

import { PATIENT_SEARCH_TEXT_MAX } from '@healthsync/contracts/patients/patient-rules';

const DEBOUNCE_MS = 250;

interface Props {
  text: string;
  dateOfBirth: string;
  /** The server-rendered results, dimmed while the next ones load. */
  children: ReactNode;
}

/** The query string of the search form: filled boxes only, and page 1 of a new search. */
function queryOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
  }
  return params.toString();
}

/**
 * Search as you type: the URL follows the boxes (router.replace, after a pause in typing) and the
 * server renders the results for it. Without JavaScript it is an ordinary GET form.
 */
export function PatientSearch({ text, dateOfBirth, children }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function search(form: HTMLFormElement) {
    clearTimeout(timer.current);
    const query = queryOf(form);
    if (query === new URLSearchParams(window.location.search).toString()) return;
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }

  function searchSoon(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => search(form), DEBOUNCE_MS);
  }

  function searchNow(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search(event.currentTarget);
  }

  return (
    <div className="space-y-4">
      <form
        role="search"
        aria-label="Patients"
        method="get"
        action={pathname}
        onChange={searchSoon}
        onSubmit={searchNow}
        className="card relative grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
      >
        {/* Over the card's corner, so the line appearing moves nothing. */}
        <p aria-live="polite" className="absolute top-2 right-4 text-sm text-slate-700">
          {pending ? 'Searching…' : ''}
        </p>
        <div>
          <label htmlFor="patient-search-text" className="block font-medium">
            Name, MRN or phone
          </label>
          <input
            id="patient-search-text"
            name="q"
            type="search"
            className="field-input"
            defaultValue={text}
            maxLength={PATIENT_SEARCH_TEXT_MAX}
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. Rivera, MRN-000001"
          />
        </div>
        <div>
          <label htmlFor="patient-search-dob" className="block font-medium">
            Date of birth
          </label>
          <input
            id="patient-search-dob"
            name="dateOfBirth"
            type="date"
            className="field-input"
            defaultValue={dateOfBirth}
          />
        </div>
        <button type="submit" className="btn">
          Search
        </button>
      </form>
      {/* A click on a result cancels the search still waiting on the pause in typing, which would
          otherwise replace the URL after the click and undo its navigation. */}
      <div
        aria-busy={pending}
        className={pending ? 'opacity-60 transition-opacity' : 'transition-opacity'}
        onClickCapture={() => clearTimeout(timer.current)}
      >
        {children}
      </div>
    </div>
  );
}
