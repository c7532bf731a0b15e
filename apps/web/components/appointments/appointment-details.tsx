import Link from 'next/link';
import type { ReactNode } from 'react';

import type { AppointmentView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { formatDate, formatTime } from '@/lib/clinic-time';

import { AppointmentStatusBadge } from './appointment-status-badge';

const TYPE_LABELS: Record<AppointmentView['type'], string> = {
  consultation: 'Consultation',
  follow_up: 'Follow-up',
  telehealth: 'Video consultation',
  procedure: 'Procedure',
};

interface Props {
  appointment: AppointmentView;
  doctorLabel: string;
  /** Staff see who the patient is, with a link to their record; a patient is not shown themselves. */
  patient?: { label: string; href?: string };
  timeZone: string;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What an appointment is: when (in the named clinic zone), with whom, for whom, and where it stands. */
export function AppointmentDetails({ appointment, doctorLabel, patient, timeZone }: Props) {
  return (
    <dl className="card divide-y divide-slate-200 py-2">
      <Row term="When">
        <time dateTime={appointment.startsAt}>
          {formatDate(appointment.startsAt, timeZone)}, {formatTime(appointment.startsAt, timeZone)}
        </time>
        {'–'}
        <time dateTime={appointment.endsAt}>{formatTime(appointment.endsAt, timeZone)}</time>{' '}
        <span className="text-slate-700">
          ({timeZone}, UTC{appointment.offset})
        </span>
      </Row>
      <Row term="Status">
        <AppointmentStatusBadge status={appointment.status} />
      </Row>
      {patient && (
        <Row term="Patient">
          {patient.href ? <Link href={patient.href}>{patient.label}</Link> : patient.label}
        </Row>
      )}
      <Row term="Doctor">{doctorLabel}</Row>
      <Row term="Type">{TYPE_LABELS[appointment.type]}</Row>
      {appointment.reason && <Row term="Reason for the visit">{appointment.reason}</Row>}
      {appointment.videoLink && (
        <Row term="Video link">
          <a href={appointment.videoLink}>{appointment.videoLink}</a>
        </Row>
      )}
      {appointment.checkedInAt && (
        <Row term="Checked in at">
          <time dateTime={appointment.checkedInAt}>{formatTime(appointment.checkedInAt, timeZone)}</time>
        </Row>
      )}
      {appointment.cancellationReason && <Row term="Why cancelled">{appointment.cancellationReason}</Row>}
    </dl>
  );
}
