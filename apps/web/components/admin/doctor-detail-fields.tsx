import {
  LICENCE_NUMBER_MAX_LENGTH,
  SPECIALTY_MAX_LENGTH,
} from '@healthsync/contracts/scheduling/scheduling-limits';

import { FormField } from '@/components/ui/form-field';

interface Props {
  values?: Record<string, string | undefined>;
  errors?: Record<string, string>;
}

/** Specialty and licence number: what the API requires of an account with the doctor role. */
export function DoctorDetailFields({ values, errors }: Props) {
  return (
    <fieldset className="grid gap-4 rounded-md border border-slate-300 p-3 sm:grid-cols-2">
      <legend className="px-1 font-semibold">Doctor details</legend>
      <FormField
        name="specialty"
        label="Specialty"
        defaultValue={values?.['specialty']}
        error={errors?.['specialty']}
        required
        maxLength={SPECIALTY_MAX_LENGTH}
      />
      <FormField
        name="licenceNumber"
        label="Licence number"
        defaultValue={values?.['licenceNumber']}
        error={errors?.['licenceNumber']}
        required
        maxLength={LICENCE_NUMBER_MAX_LENGTH}
      />
    </fieldset>
  );
}
