import type { ReactNode } from 'react';

import { EMAIL_MAX_LENGTH } from '@healthsync/contracts/common/text-limits';
import { PATIENT_TEXT_MAX } from '@healthsync/contracts/patients/patient-rules';

import { FormField } from '@/components/ui/form-field';
import { NameFields } from '@/components/ui/name-fields';
import { SelectField } from '@/components/ui/select-field';
import {
  birthDateRange,
  COUNTRY_HTML_PATTERN,
  COUNTRY_MESSAGE,
  LANGUAGE_HTML_PATTERN,
  LANGUAGE_MESSAGE,
  PHONE_HTML_PATTERN,
  PHONE_MESSAGE,
} from '@/lib/patients/field-rules';
import { SEX_LABELS } from '@/lib/patients/format';
import type { FieldProps } from '@/lib/problem';

type Field = (name: string) => FieldProps;

const SEX_OPTIONS = Object.entries(SEX_LABELS).map(([value, label]) => ({ value, label }));

function Group({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="card space-y-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {hint && <p className="text-sm text-slate-700">{hint}</p>}
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

function PhoneField({ field, name, label }: { field: Field; name: string; label: string }) {
  return (
    <FormField
      {...field(name)}
      label={label}
      type="tel"
      autoComplete="off"
      pattern={PHONE_HTML_PATTERN}
      maxLength={PATIENT_TEXT_MAX.phone}
      data-invalid-message={PHONE_MESSAGE}
    />
  );
}

/** Name, date of birth and sex: who the patient is. */
export function IdentityFields({ field }: { field: Field }) {
  const { min, max } = birthDateRange();
  return (
    <Group legend="Patient">
      <NameFields field={field} />
      <FormField {...field('dateOfBirth')} label="Date of birth" type="date" required min={min} max={max} />
      <SelectField {...field('sex')} label="Sex" options={SEX_OPTIONS} />
    </Group>
  );
}

/** Phone, email, language, address and emergency contact: what a patient may also change themselves. */
export function ContactFields({ field }: { field: Field }) {
  return (
    <>
      <Group legend="Contact">
        <PhoneField field={field} name="phone" label="Phone" />
        <FormField
          {...field('email')}
          label="Contact email"
          type="email"
          autoComplete="off"
          maxLength={EMAIL_MAX_LENGTH}
        />
        <FormField
          {...field('preferredLanguage')}
          label="Preferred language"
          hint="A language tag: en, de, pt-BR."
          pattern={LANGUAGE_HTML_PATTERN}
          maxLength={PATIENT_TEXT_MAX.languageTag}
          data-invalid-message={LANGUAGE_MESSAGE}
        />
      </Group>
      <Group
        legend="Address"
        hint="Leave all empty if unknown; an address needs a first line, a city and a country."
      >
        <FormField
          {...field('address.line1')}
          label="Address line 1"
          maxLength={PATIENT_TEXT_MAX.addressLine}
        />
        <FormField
          {...field('address.line2')}
          label="Address line 2 (optional)"
          maxLength={PATIENT_TEXT_MAX.addressLine}
        />
        <FormField {...field('address.city')} label="City" maxLength={PATIENT_TEXT_MAX.city} />
        <FormField
          {...field('address.postcode')}
          label="Postcode (optional)"
          maxLength={PATIENT_TEXT_MAX.postcode}
        />
        <FormField
          {...field('address.country')}
          label="Country"
          hint="Two letters: GB, DE…"
          pattern={COUNTRY_HTML_PATTERN}
          maxLength={2}
          data-invalid-message={COUNTRY_MESSAGE}
        />
      </Group>
      <Group legend="Emergency contact" hint="Leave all empty if none; otherwise all three are needed.">
        <FormField
          {...field('emergencyContact.name')}
          label="Contact name"
          maxLength={PATIENT_TEXT_MAX.contactName}
        />
        <FormField
          {...field('emergencyContact.relationship')}
          label="Relationship"
          hint="Spouse, parent, friend…"
          maxLength={PATIENT_TEXT_MAX.relationship}
        />
        <PhoneField field={field} name="emergencyContact.phone" label="Contact phone" />
      </Group>
    </>
  );
}

export function InsuranceFields({ field }: { field: Field }) {
  return (
    <Group legend="Insurance" hint="Leave both empty if the patient pays themselves.">
      <FormField {...field('insurance.payer')} label="Insurer" maxLength={PATIENT_TEXT_MAX.payer} />
      <FormField
        {...field('insurance.memberId')}
        label="Member number"
        maxLength={PATIENT_TEXT_MAX.memberId}
      />
    </Group>
  );
}
