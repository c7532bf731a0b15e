import type { Metadata } from 'next';
import Link from 'next/link';

import { MedicalHistoryForm } from '@/components/patients/medical-history-form';
import { VersionByline } from '@/components/patients/medical-history-view';
import { recordHistoryAction } from '@/lib/actions/medical-history';
import { clinicTimeZone } from '@/lib/config';
import { requireRole } from '@/lib/current-user';
import { orNotFound } from '@/lib/not-found';
import { fullName, getPatient, latestMedicalHistory } from '@/lib/patients-api';
import { historyValues } from '@/lib/patients/history-form-values';
import { HISTORY_WRITERS } from '@/lib/patients/roles';

export const metadata: Metadata = { title: 'Record medical history' };

export default async function RecordHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole(...HISTORY_WRITERS);
  const { id } = await params;
  const [patient, latest] = await orNotFound(Promise.all([getPatient(id), latestMedicalHistory(id)]));
  return (
    <>
      <div>
        <p>
          <Link href={`/staff/patients/${patient.id}`}>Back to {fullName(patient)}</Link>
        </p>
        <h1>Medical history of {fullName(patient)}: new version</h1>
        <VersionByline history={latest} timeZone={clinicTimeZone()} />
        <p className="text-slate-700">
          The form starts from the latest version. Saving records a new version; earlier ones stay readable.
        </p>
      </div>
      <MedicalHistoryForm
        action={recordHistoryAction.bind(null, patient.id)}
        initial={historyValues(latest)}
        expectedVersion={latest.version}
        cancelHref={`/staff/patients/${patient.id}`}
      />
    </>
  );
}
