import type {
  AddressDto,
  CreatePatientDto,
  DuplicateCandidate,
  EmergencyContactDto,
  InsuranceDto,
  PatientIdentity,
  PatientSummary,
  PatientView,
} from '@healthsync/contracts/patients';

import type { PatientEntity } from './patient.entity';
import type { PatientValues } from './patients.repository';

/** The record fields any of the create and update requests may carry. */
export type PatientInput = Partial<Omit<CreatePatientDto, 'confirmDuplicate'>>;

/** Who the patient is: the fields every view of a patient starts with. */
function toPatientIdentity(patient: PatientEntity): PatientIdentity {
  return {
    id: patient.id,
    mrn: patient.mrn,
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
  };
}

export function toPatientView(patient: PatientEntity): PatientView {
  return {
    ...toPatientIdentity(patient),
    sex: patient.sex,
    phone: patient.phone,
    email: patient.email,
    address:
      patient.addressLine1 !== null && patient.addressCity !== null && patient.addressCountry !== null
        ? {
            line1: patient.addressLine1,
            line2: patient.addressLine2,
            city: patient.addressCity,
            postcode: patient.addressPostcode,
            country: patient.addressCountry,
          }
        : null,
    emergencyContact: patient.emergencyContact,
    insurance:
      patient.insurancePayer !== null && patient.insuranceMemberId !== null
        ? { payer: patient.insurancePayer, memberId: patient.insuranceMemberId }
        : null,
    preferredLanguage: patient.preferredLanguage,
    hasAccount: patient.userId !== null,
    version: patient.version,
    createdAt: patient.createdAt.toISOString(),
    updatedAt: patient.updatedAt.toISOString(),
  };
}

export function toPatientSummary(patient: PatientEntity): PatientSummary {
  return {
    ...toPatientIdentity(patient),
    sex: patient.sex,
    phone: patient.phone,
    hasAccount: patient.userId !== null,
  };
}

export function toDuplicateCandidate(patient: PatientEntity): DuplicateCandidate {
  return toPatientIdentity(patient);
}

function addressColumns(address: AddressDto | null): PatientValues {
  return {
    addressLine1: address?.line1 ?? null,
    addressLine2: address?.line2 ?? null,
    addressCity: address?.city ?? null,
    addressPostcode: address?.postcode ?? null,
    addressCountry: address?.country ?? null,
  };
}

function insuranceColumns(insurance: InsuranceDto | null): PatientValues {
  return { insurancePayer: insurance?.payer ?? null, insuranceMemberId: insurance?.memberId ?? null };
}

function emergencyContact(contact: EmergencyContactDto | null): PatientValues {
  return {
    emergencyContact: contact
      ? { name: contact.name, relationship: contact.relationship, phone: contact.phone }
      : null,
  };
}

/** Column values for the fields a request carries: an absent field is left out, null clears one. */
export function toPatientValues(input: PatientInput): PatientValues {
  const values: PatientValues = {
    firstName: input.firstName,
    lastName: input.lastName,
    dateOfBirth: input.dateOfBirth,
    sex: input.sex,
    phone: input.phone,
    email: input.email,
    preferredLanguage: input.preferredLanguage,
    ...(input.address !== undefined && addressColumns(input.address)),
    ...(input.insurance !== undefined && insuranceColumns(input.insurance)),
    ...(input.emergencyContact !== undefined && emergencyContact(input.emergencyContact)),
  };
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as PatientValues;
}
