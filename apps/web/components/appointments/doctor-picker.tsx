import Link from 'next/link';

import type { DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { doctorName } from '@/lib/doctors-api';

const BOOK = '/portal/book';
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** BCP 47 tags as names a patient reads ("en" → "English"). */
const languageNames = (tags: string[]): string => tags.map((tag) => LANGUAGE_NAMES.of(tag) ?? tag).join(', ');

/** Step 1: every specialty the clinic offers, each a link (`?specialty=<name>`) named by it. */
export function SpecialtyPicker({ specialties, selected }: { specialties: string[]; selected?: string }) {
  return (
    <section aria-labelledby="specialty-step" className="space-y-3">
      <h2 id="specialty-step">1. Choose a specialty</h2>
      {specialties.length === 0 ? (
        <p>No doctors take bookings at the moment.</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {specialties.map((name) => (
            <li key={name}>
              <Link
                href={{ pathname: BOOK, query: { specialty: name } }}
                aria-current={name === selected ? 'true' : undefined}
                className={name === selected ? 'btn' : 'btn-secondary'}
              >
                {name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface DoctorPickerProps {
  doctors: DoctorView[];
  specialty: string;
  selectedId?: string;
}

/** Step 2: the doctors of the chosen specialty, each a link (`&doctor=<id>`) named "Dr First Last". */
export function DoctorPicker({ doctors, specialty, selectedId }: DoctorPickerProps) {
  return (
    <section aria-labelledby="doctor-step" className="space-y-3">
      <h2 id="doctor-step">2. Choose a doctor</h2>
      {doctors.length === 0 ? (
        <p>No doctors of this specialty take bookings at the moment.</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {doctors.map((doctor) => (
            <li key={doctor.id} className={doctor.id === selectedId ? 'card border-brand-700' : 'card'}>
              <Link
                href={{ pathname: BOOK, query: { specialty, doctor: doctor.id } }}
                aria-current={doctor.id === selectedId ? 'true' : undefined}
                className="font-semibold"
              >
                {doctorName(doctor)}
              </Link>
              <p className="text-slate-700">
                {doctor.specialty}
                {doctor.languages.length > 0 && ` · speaks ${languageNames(doctor.languages)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
