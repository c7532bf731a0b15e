import type { Metadata } from 'next';
import Link from 'next/link';

import { PatientForm } from '@/components/patients/patient-form';
import { updatePatientAction } from '@/lib/actions/patients';
import { requireRole } from '@/lib/current-user';
import { orNotFound } from '@/lib/not-found';
import { fullName, getPatient } from '@/lib/patients-api';
import { patientValues } from '@/lib/patients/patient-form-values';
import { PATIENT_REGISTRARS } from '@/lib/patients/roles';

export const metadata: Metadata = { title: 'Edit patient' };

export default async function EditPatientPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole(...PATIENT_REGISTRARS);
  const { id } = await params;
  const patient = await orNotFound(getPatient(id));
  return (
    <>
      <div>
        <p>
          <Link href={`/staff/patients/${patient.id}`}>Back to {fullName(patient)}</Link>
        </p>
        <h1>Edit {fullName(patient)}</h1>
        <p className="font-mono text-slate-700">{patient.mrn}</p>
      </div>
      <PatientForm
        action={updatePatientAction.bind(null, patient.id)}
        initial={patientValues(patient)}
        version={patient.version}
        submitLabel="Save changes"
        cancelHref={`/staff/patients/${patient.id}`}
      />
    </>
  );
}
