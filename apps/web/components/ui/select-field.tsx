import type { SelectHTMLAttributes } from 'react';

import { describedBy, FieldFrame } from './form-field';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  error?: string;
}

/** A labelled select with its error below, announced with the field (the select twin of FormField). */
export function SelectField({ name, label, options, error, ...select }: SelectFieldProps) {
  const id = `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        className="field-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
