import type { ProblemDetails } from '../common/problem';
import type { AllergySeverity } from './medical-history-rules';
import type { Sex } from './patient-rules';

export interface Address {
  line1: string;
  line2: string | null;
  city: string;
  postcode: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface EmergencyContact {
  name: string;
  relationship: string;
  phone: string;
}

export interface Insurance {
  payer: string;
  memberId: string;
}

/** Who a patient is: what every view of a patient starts with. */
export interface PatientIdentity {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

/** A patient who may be the one being registered again (same name and date of birth). */
export type DuplicateCandidate = PatientIdentity;

/** The 409 of a registration that looks like a patient already on file. */
export interface PossibleDuplicateProblem extends ProblemDetails {
  candidates: DuplicateCandidate[];
}

/** One row of a patient search. */
export interface PatientSummary extends PatientIdentity {
  sex: Sex;
  phone: string | null;
  hasAccount: boolean;
}

/** A patient's record: demographics and contact details, never clinical data. */
export interface PatientView extends PatientSummary {
  email: string | null;
  address: Address | null;
  emergencyContact: EmergencyContact | null;
  insurance: Insurance | null;
  preferredLanguage: string | null;
  /** Send it back with a change (optimistic concurrency). */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Allergy {
  substance: string;
  reaction: string | null;
  severity: AllergySeverity;
}

export interface PastSurgery {
  procedure: string;
  year: number | null;
}

export interface Medication {
  name: string;
  dose: string | null;
  frequency: string | null;
}

/** The sections of a medical history, as stored in each version. */
export interface MedicalHistory {
  allergies: Allergy[];
  chronicConditions: string[];
  pastSurgeries: PastSurgery[];
  familyHistory: string[];
  currentMedications: Medication[];
}

/** Who wrote a version; staff readers also get the user id, a patient never does. */
export interface HistoryAuthor {
  id?: string;
  /** Null when the account no longer exists. */
  name: string | null;
}

/** One version of a patient's medical history; version 0 (all sections empty) when none was written yet. */
export interface MedicalHistoryView extends MedicalHistory {
  patientId: string;
  version: number;
  recordedAt: string | null;
  author: HistoryAuthor | null;
}

export interface MedicalHistoryVersionSummary {
  version: number;
  recordedAt: string;
  author: HistoryAuthor | null;
}
