import type { Metadata } from 'next';
import Link from 'next/link';

import type { CurrentUser } from '@healthsync/contracts/auth';
import type { PatientView } from '@healthsync/contracts/patients';

import { HistoryVersions } from '@/components/patients/history-versions';
import { MedicalHistorySections, VersionByline } from '@/components/patients/medical-history-view';
import { PatientAppointments } from '@/components/patients/patient-appointments';
import { ContactDetails, Demographics, InsuranceDetails } from '@/components/patients/patient-details';
import { Notice } from '@/components/ui/notice';
import { patientAppointments } from '@/lib/appointments-api';
import { clinicTimeZone } from '@/lib/config';
import { requireRole } from '@/lib/current-user';
import { doctorsById } from '@/lib/doctors-api';
import { orNotFound } from '@/lib/not-found';
import { fullName, getPatient, latestMedicalHistory, medicalHistoryVersions } from '@/lib/patients-api';
import { HISTORY_READERS, HISTORY_WRITERS, PATIENT_READERS, PATIENT_REGISTRARS } from '@/lib/patients/roles';

export const metadata: Metadata = { title: 'Patient' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ registered?: string; saved?: string; recorded?: string }>;
}

const NOTICES = {
  registered: 'The patient is registered.',
  saved: 'Your changes are saved.',
  recorded: 'The new version of the medical history is recorded.',
} as const;

/** The latest medical history with its versions; only for roles the API lets read it. */
async function MedicalHistoryCard({
  patient,
  user,
  timeZone,
}: {
  patient: PatientView;
  user: CurrentUser;
  timeZone: string;
}) {
  const [history, versions] = await Promise.all([
    latestMedicalHistory(patient.id),
    medicalHistoryVersions(patient.id),
  ]);
  return (
    <section aria-labelledby="history-heading" className="card space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="history-heading">Medical history</h2>
        {HISTORY_WRITERS.includes(user.role) && (
          <Link href={`/staff/patients/${patient.id}/history/new`} className="btn">
            Record a new version
          </Link>
        )}
      </div>
      <VersionByline history={history} timeZone={timeZone} />
      <MedicalHistorySections history={history} />
      <div>
        <h3 className="font-semibold">Versions</h3>
        <HistoryVersions patientId={patient.id} versions={versions.items} timeZone={timeZone} />
      </div>
    </section>
  );
}

export default async function PatientPage({ params, searchParams }: Props) {
  const user = await requireRole(...PATIENT_READERS);
  const [{ id }, notices] = await Promise.all([params, searchParams]);
  const patient = await orNotFound(getPatient(id));
  const timeZone = clinicTimeZone();
  const appointments = await patientAppointments(patient.id);
  const doctors = await doctorsById(appointments.items.map((appointment) => appointment.doctorId));
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => notices[key]);

  return (
    <>
      {notice && <Notice message={NOTICES[notice]} />}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p>
            <Link href="/staff/patients">All patients</Link>
          </p>
          <h1>{fullName(patient)}</h1>
          <p className="font-mono text-slate-700">{patient.mrn}</p>
        </div>
        {PATIENT_REGISTRARS.includes(user.role) && (
          <Link href={`/staff/patients/${patient.id}/edit`} className="btn-secondary">
            Edit details
          </Link>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Demographics patient={patient} forStaff />
        <ContactDetails patient={patient} />
      </div>
      <InsuranceDetails patient={patient} />
      {HISTORY_READERS.includes(user.role) && (
        <MedicalHistoryCard patient={patient} user={user} timeZone={timeZone} />
      )}
      <PatientAppointments appointments={appointments.items} doctors={doctors} timeZone={timeZone} />
    </>
  );
}
