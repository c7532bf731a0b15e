import type {
  AddressDto,
  CreatePatientDto,
  EmergencyContactDto,
  InsuranceDto,
  PatientView,
  Sex,
  UpdateMyContactDto,
  UpdatePatientDto,
} from '@healthsync/contracts/patients';

/** A form's fields by name; names are the API's field paths (`address.city`), so its errors land on them. */
export type FormValues = Record<string, string>;

const ADDRESS = ['address.line1', 'address.line2', 'address.city', 'address.postcode', 'address.country'];
const EMERGENCY = ['emergencyContact.name', 'emergencyContact.relationship', 'emergencyContact.phone'];
const INSURANCE = ['insurance.payer', 'insurance.memberId'];

export const CONTACT_FIELDS = ['phone', 'email', 'preferredLanguage', ...ADDRESS, ...EMERGENCY];
export const PATIENT_FIELDS = [
  'firstName',
  'lastName',
  'dateOfBirth',
  'sex',
  ...CONTACT_FIELDS,
  ...INSURANCE,
];

/** A record's fields as the edit form shows them. */
export function patientValues(patient: PatientView): FormValues {
  const flat: Record<string, string | null | undefined> = {
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    sex: patient.sex,
    phone: patient.phone,
    email: patient.email,
    preferredLanguage: patient.preferredLanguage,
  };
  for (const [group, record] of Object.entries({
    address: patient.address,
    emergencyContact: patient.emergencyContact,
    insurance: patient.insurance,
  })) {
    for (const [key, value] of Object.entries(record ?? {})) flat[`${group}.${key}`] = value as string | null;
  }
  return Object.fromEntries(Object.entries(flat).map(([name, value]) => [name, value ?? '']));
}

/** A blank optional field: null clears it on a change; on registration it is left out. */
type Blank = null | undefined;

const orBlank = <B extends Blank>(value: string, blank: B): string | B => value || blank;

/** A group (address, emergency contact…) is sent when any of its fields is filled, else blank. */
function group<T, B extends Blank>(values: FormValues, names: string[], blank: B, build: () => T): T | B {
  return names.some((name) => values[name]) ? build() : blank;
}

function contactOf<B extends Blank>(values: FormValues, blank: B) {
  return {
    phone: orBlank(values['phone'] ?? '', blank),
    email: orBlank(values['email'] ?? '', blank),
    preferredLanguage: orBlank(values['preferredLanguage'] ?? '', blank),
    address: group<AddressDto, B>(values, ADDRESS, blank, () => ({
      line1: values['address.line1'] ?? '',
      line2: values['address.line2'] || null,
      city: values['address.city'] ?? '',
      postcode: values['address.postcode'] || null,
      country: values['address.country'] ?? '',
    })),
    emergencyContact: group<EmergencyContactDto, B>(values, EMERGENCY, blank, () => ({
      name: values['emergencyContact.name'] ?? '',
      relationship: values['emergencyContact.relationship'] ?? '',
      phone: values['emergencyContact.phone'] ?? '',
    })),
  };
}

const insuranceOf = <B extends Blank>(values: FormValues, blank: B) =>
  group<InsuranceDto, B>(values, INSURANCE, blank, () => ({
    payer: values['insurance.payer'] ?? '',
    memberId: values['insurance.memberId'] ?? '',
  }));

const identityOf = (values: FormValues) => ({
  firstName: values['firstName'] ?? '',
  lastName: values['lastName'] ?? '',
  dateOfBirth: values['dateOfBirth'] ?? '',
  sex: (values['sex'] || undefined) as Sex | undefined,
});

export function createPatientBody(values: FormValues, confirmDuplicate: boolean): CreatePatientDto {
  return {
    ...identityOf(values),
    ...contactOf(values, undefined),
    insurance: insuranceOf(values, undefined),
    confirmDuplicate: confirmDuplicate || undefined,
  };
}

export function updatePatientBody(values: FormValues, version: number): UpdatePatientDto {
  return {
    version,
    ...identityOf(values),
    ...contactOf(values, null),
    insurance: insuranceOf(values, null),
  };
}

export const myContactBody = (values: FormValues): UpdateMyContactDto => contactOf(values, null);
