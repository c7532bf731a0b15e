import Link from 'next/link';

import type { PatientSummary } from '@healthsync/contracts/patients';

import { PageSteps } from '@/components/ui/pagination';
import { formatCalendarDate } from '@/lib/clinic-time';
import { messageOf } from '@/lib/error-messages';
import { pageCount } from '@/lib/page-number';
import { fullName, searchPatients } from '@/lib/patients-api';
import { pageHref, toApiSearch, type PatientSearchParams } from '@/lib/patients/search-params';
import { ApiError } from '@/lib/problem';

const ROWS_SHOWN_WHILE_LOADING = 5;

function describeSearch({ text, dateOfBirth }: PatientSearchParams): string {
  const parts = [text && `“${text}”`, dateOfBirth && `born ${formatCalendarDate(dateOfBirth)}`];
  return parts.filter(Boolean).join(', ');
}

function PatientRow({ patient }: { patient: PatientSummary }) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-3">
      <Link href={`/staff/patients/${patient.id}`} className="font-semibold">
        {patient.lastName}, {patient.firstName}
        <span className="sr-only"> ({fullName(patient)})</span>
      </Link>
      <span className="font-mono text-sm">{patient.mrn}</span>
      <span className="text-slate-700">
        born <time dateTime={patient.dateOfBirth}>{formatCalendarDate(patient.dateOfBirth)}</time>
      </span>
      {patient.phone && <span className="text-slate-700">{patient.phone}</span>}
      {patient.hasAccount && (
        <span className="rounded-full border border-slate-500 px-2 text-sm">Portal account</span>
      )}
    </li>
  );
}

/** One page of the patients the search finds, or why there are none. */
export async function PatientResults({
  search,
  doctorView,
}: {
  search: PatientSearchParams;
  doctorView: boolean;
}) {
  let page;
  try {
    page = await searchPatients(toApiSearch(search));
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      const reason = error.fieldErrors[0]?.message ?? messageOf(error);
      return <p className="card">This search cannot be run: {reason}.</p>;
    }
    throw error;
  }
  const described = describeSearch(search);
  if (page.items.length === 0) {
    return (
      <div className="card space-y-1">
        <p className="font-semibold">
          {described ? `No patients match ${described}.` : 'No patients to show yet.'}
        </p>
        {doctorView && (
          <p className="text-slate-700">You see only patients you have or had an appointment with.</p>
        )}
      </div>
    );
  }
  return (
    <section aria-labelledby="patient-results-heading" className="card">
      <h2 id="patient-results-heading" className="sr-only">
        Results
      </h2>
      <p className="text-slate-700">
        {page.total === 1 ? '1 patient' : `${page.total} patients`}
        {described ? ` ${page.total === 1 ? 'matches' : 'match'} ${described}` : ''}
      </p>
      <ul className="divide-y divide-slate-200">
        {page.items.map((patient) => (
          <PatientRow key={patient.id} patient={patient} />
        ))}
      </ul>
      <PageSteps
        label="Pages of patients"
        page={search.page}
        pages={pageCount(page.total, page.limit)}
        hrefOf={(target) => pageHref(search, target)}
        linkClassName="btn-secondary"
        className="flex flex-wrap items-center justify-between gap-3 pt-3"
      />
    </section>
  );
}

/** The results' frame while they load, so nothing moves when they arrive. */
export function PatientResultsSkeleton() {
  return (
    <div className="card" aria-hidden="true">
      <div className="h-6 w-40 animate-pulse rounded bg-slate-200" />
      <ul className="divide-y divide-slate-200">
        {Array.from({ length: ROWS_SHOWN_WHILE_LOADING }, (_, row) => (
          <li key={row} className="py-3">
            <div className="h-6 w-2/3 animate-pulse rounded bg-slate-200" />
          </li>
        ))}
      </ul>
    </div>
  );
}
