import Link from 'next/link';

interface Props {
  specialties: string[];
  specialty?: string;
  q?: string;
}

/** A GET form, so the filter is in the address and works without JavaScript. */
export function DoctorFilterForm({ specialties, specialty, q }: Props) {
  return (
    <form method="get" action="/staff/doctors" className="card flex flex-wrap items-end gap-3" role="search">
      <div className="min-w-48 flex-1">
        <label htmlFor="doctor-q" className="block font-medium">
          Name
        </label>
        <input
          id="doctor-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          className="field-input"
        />
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="doctor-specialty" className="block font-medium">
          Specialty
        </label>
        <select id="doctor-specialty" name="specialty" defaultValue={specialty ?? ''} className="field-input">
          <option value="">All specialties</option>
          {specialties.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn">
          Filter
        </button>
        {(specialty || q) && (
          <Link href="/staff/doctors" className="btn-secondary">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
