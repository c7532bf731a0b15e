import { FilterButtons, FilterSearch, FilterSelect } from '@/components/ui/filter-form';

interface Props {
  specialties: string[];
  specialty?: string;
  q?: string;
}

/** A GET form, so the filter is in the address and works without JavaScript. */
export function DoctorFilterForm({ specialties, specialty, q }: Props) {
  return (
    <form method="get" action="/staff/doctors" className="card flex flex-wrap items-end gap-3" role="search">
      <FilterSearch id="doctor-q" name="q" label="Name" value={q} className="min-w-48 flex-1" />
      <FilterSelect
        id="doctor-specialty"
        name="specialty"
        label="Specialty"
        anyLabel="All specialties"
        options={specialties.map((name) => ({ value: name, label: name }))}
        value={specialty}
        className="min-w-48 flex-1"
      />
      <FilterButtons filtered={Boolean(specialty || q)} clearHref="/staff/doctors" />
    </form>
  );
}
