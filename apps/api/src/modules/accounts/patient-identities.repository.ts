/**
 * Who a patient profile belongs to: the link between a patient record and its user account. Other
 * modules (appointments, notifications) ask this instead of reading the patients table.
 */
export abstract class PatientIdentities {
  /** The patient profile of a user account, if it has one. */
  abstract patientIdOfUser(userId: string): Promise<string | null>;

  abstract exists(patientId: string): Promise<boolean>;

  /** The account of a patient, or null for a patient registered at the desk without one. */
  abstract userIdOfPatient(patientId: string): Promise<string | null>;
}
