import Link from 'next/link';

import { SEARCH_TEXT_MAX_LENGTH } from '@healthsync/contracts/common/text-limits';

interface FilterSearchProps {
  id: string;
  name: string;
  label: string;
  value?: string;
  className?: string;
}

/** A labelled free-text search field of a GET filter form. */
export function FilterSearch({ id, name, label, value, className }: FilterSearchProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="search"
        defaultValue={value}
        maxLength={SEARCH_TEXT_MAX_LENGTH}
        className="field-input"
      />
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  name: string;
  label: string;
  /** The empty first choice, which sets no filter: "All roles". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value?: string;
  className?: string;
}

/** A labelled select of a GET filter form; its empty first choice leaves the filter unset. */
export function FilterSelect({ id, name, label, anyLabel, options, value, className }: FilterSelectProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className="field-input">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET filter form's submit button, and while a filter is set, a link back to the unfiltered list. */
export function FilterButtons({ filtered, clearHref }: { filtered: boolean; clearHref: string }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className="btn">
        Filter
      </button>
      {filtered && (
        <Link href={clearHref} className="btn-secondary">
          Clear
        </Link>
      )}
    </div>
  );
}
