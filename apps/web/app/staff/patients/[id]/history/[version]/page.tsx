import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { HistoryVersions } from '@/components/patients/history-versions';
import { MedicalHistorySections, VersionByline } from '@/components/patients/medical-history-view';
import { clinicTimeZone } from '@/lib/config';
import { requireRole } from '@/lib/current-user';
import { orNotFound } from '@/lib/not-found';
import { fullName, getPatient, medicalHistoryVersion, medicalHistoryVersions } from '@/lib/patients-api';
import { HISTORY_READERS } from '@/lib/patients/roles';

export const metadata: Metadata = { title: 'Medical history version' };

interface Props {
  params: Promise<{ id: string; version: string }>;
}

export default async function HistoryVersionPage({ params }: Props) {
  await requireRole(...HISTORY_READERS);
  const { id, version: versionParam } = await params;
  const version = Number(versionParam);
  if (!Number.isInteger(version) || version < 1 || version > 2_147_483_647) notFound();
  const [patient, history, versions] = await orNotFound(
    Promise.all([getPatient(id), medicalHistoryVersion(id, version), medicalHistoryVersions(id)]),
  );
  const timeZone = clinicTimeZone();
  return (
    <>
      <div>
        <p>
          <Link href={`/staff/patients/${patient.id}`}>Back to {fullName(patient)}</Link>
        </p>
        <h1>
          Medical history of {fullName(patient)}, version {history.version}
        </h1>
        <VersionByline history={history} timeZone={timeZone} />
      </div>
      <section aria-labelledby="version-heading" className="card space-y-4">
        <h2 id="version-heading">Version {history.version}</h2>
        <MedicalHistorySections history={history} />
      </section>
      <section aria-labelledby="versions-heading" className="card space-y-2">
        <h2 id="versions-heading">All versions</h2>
        <HistoryVersions
          patientId={patient.id}
          versions={versions.items}
          timeZone={timeZone}
          current={history.version}
        />
      </section>
    </>
  );
}
