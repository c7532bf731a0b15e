import type { Metadata } from 'next';

import { PatientForm } from '@/components/patients/patient-form';
import { registerPatientAction } from '@/lib/actions/patients';
import { requireRole } from '@/lib/current-user';
import { PATIENT_REGISTRARS } from '@/lib/patients/roles';

export const metadata: Metadata = { title: 'Register a patient' };

export default async function NewPatientPage() {
  await requireRole(...PATIENT_REGISTRARS);
  return (
    <>
      <div>
        <h1>Register a patient</h1>
        <p className="text-slate-700">
          The clinic assigns the medical record number. Name and date of birth are required; the rest can
          wait.
        </p>
      </div>
      <PatientForm
        action={registerPatientAction}
        submitLabel="Register patient"
        cancelHref="/staff/patients"
      />
    </>
  );
}
