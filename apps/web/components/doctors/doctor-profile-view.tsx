import type { DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { formatFee } from '@/lib/doctors-api';

const minutes = (value: number) => `${value} min`;

/** The profile as facts: professional detail, fee and the rules bookings follow. */
export function DoctorProfileView({ doctor }: { doctor: DoctorView }) {
  const facts: [string, string][] = [
    ['Specialty', doctor.specialty],
    ['Licence number', doctor.licenceNumber],
    ['Consultation fee', formatFee(doctor.consultationFeeMinor, doctor.currency)],
    ['Languages', doctor.languages.length > 0 ? doctor.languages.join(', ') : 'Not given'],
    ['Default slot length', minutes(doctor.defaultSlotMinutes)],
    ['Buffer around appointments', minutes(doctor.bufferMinutes)],
    ['Minimum notice for booking', minutes(doctor.minNoticeMinutes)],
    ['Most appointments a day', doctor.dailyCap === null ? 'No limit' : String(doctor.dailyCap)],
  ];
  return (
    <section aria-labelledby="profile-heading" className="card space-y-3">
      <h2 id="profile-heading">Profile and booking rules</h2>
      {doctor.bio && <p className="whitespace-pre-line">{doctor.bio}</p>}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt className="text-sm text-slate-700">{term}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
