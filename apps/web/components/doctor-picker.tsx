import Link from 'next/link';

import type { DoctorView } from '@healthsync/contracts/scheduling/scheduling.responses';

import { doctorName } from '../lib/scheduling-api';

interface Props {
  doctors: DoctorView[];
  specialties: string[];
  specialty?: string;
  selectedId?: string;
}

/** Step 1: a specialty filter (a GET form, so it works without JavaScript) and the doctors to choose from. */
export function DoctorPicker({ doctors, specialties, specialty, selectedId }: Props) {
  return (
    <section aria-labelledby="doctor-step" className="space-y-3">
      <h2 id="doctor-step">1. Choose a doctor</h2>
      <form method="get" action="/portal/book" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="specialty" className="block font-medium">
            Specialty
          </label>
          <select id="specialty" name="specialty" defaultValue={specialty ?? ''} className="field-input">
            <option value="">All specialties</option>
            {specialties.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Filter
        </button>
      </form>
      {doctors.length === 0 ? (
        <p>No doctors match this specialty.</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {doctors.map((doctor) => (
            <li key={doctor.id} className="card">
              <Link
                href={{
                  pathname: '/portal/book',
                  query: { ...(specialty ? { specialty } : {}), doctor: doctor.id },
                }}
                aria-current={doctor.id === selectedId ? 'true' : undefined}
                className="font-semibold"
              >
                {doctorName(doctor)}
              </Link>
              <p className="text-slate-700">{doctor.specialty}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
