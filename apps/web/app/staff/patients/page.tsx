import { Suspense } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';

import { Role } from '@healthsync/domain/accounts';

import { PatientResults, PatientResultsSkeleton } from '@/components/patients/patient-results';
import { PatientSearch } from '@/components/patients/patient-search';
import { requireRole } from '@/lib/current-user';
import { PATIENT_READERS, PATIENT_REGISTRARS } from '@/lib/patients/roles';
import { readSearchParams } from '@/lib/patients/search-params';

export const metadata: Metadata = { title: 'Patients' };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PatientsPage({ searchParams }: Props) {
  const user = await requireRole(...PATIENT_READERS);
  const search = readSearchParams(await searchParams);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1>Patients</h1>
        {PATIENT_REGISTRARS.includes(user.role) && (
          <Link href="/staff/patients/new" className="btn">
            Register a patient
          </Link>
        )}
      </div>
      <PatientSearch text={search.text} dateOfBirth={search.dateOfBirth}>
        <Suspense fallback={<PatientResultsSkeleton />}>
          <PatientResults search={search} doctorView={user.role === Role.Doctor} />
        </Suspense>
      </PatientSearch>
    </>
  );
}
