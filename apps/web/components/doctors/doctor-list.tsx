import Link from 'next/link';

import type { DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { formatFee } from '@/lib/doctors-api';
import { doctorName } from '@/lib/doctors-api';

/** The doctors as cards: name (to the profile), specialty, licence, fee and slot length. */
export function DoctorList({ doctors, filtered }: { doctors: DoctorView[]; filtered: boolean }) {
  if (doctors.length === 0) {
    return (
      <p className="card">
        {filtered ? 'No doctors match these filters.' : 'No doctors are registered yet.'}
      </p>
    );
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {doctors.map((doctor) => (
        <li key={doctor.id} className="card space-y-1">
          <h2>
            <Link href={`/staff/doctors/${doctor.id}`}>{doctorName(doctor)}</Link>
          </h2>
          <p>{doctor.specialty}</p>
          <p className="text-sm text-slate-700">
            Licence {doctor.licenceNumber} · {formatFee(doctor.consultationFeeMinor, doctor.currency)} ·{' '}
            {doctor.defaultSlotMinutes}-minute slots
          </p>
        </li>
      ))}
    </ul>
  );
}
