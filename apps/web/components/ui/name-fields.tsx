import { PERSON_NAME_MAX_LENGTH } from '@healthsync/contracts/common/text-limits';

import { FormField } from '@/components/ui/form-field';
import type { FieldProps } from '@/lib/problem';

interface Props {
  field: (name: 'firstName' | 'lastName') => FieldProps;
  /** `own` when people type their own name (the browser may fill it in); `off` for someone else's. */
  autoComplete?: 'own' | 'off';
}

const NAMES = [
  { name: 'firstName', label: 'First name', ownAutoComplete: 'given-name' },
  { name: 'lastName', label: 'Last name', ownAutoComplete: 'family-name' },
] as const;

/** First and last name of an account or a patient record: two cells of the form's grid. */
export function NameFields({ field, autoComplete = 'off' }: Props) {
  return (
    <>
      {NAMES.map(({ name, label, ownAutoComplete }) => (
        <FormField
          key={name}
          {...field(name)}
          label={label}
          autoComplete={autoComplete === 'own' ? ownAutoComplete : 'off'}
          required
          maxLength={PERSON_NAME_MAX_LENGTH}
        />
      ))}
    </>
  );
}
