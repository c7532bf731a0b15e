import { PatientIdentities } from '../patient-identities.repository';

/** Patients by id with the user account each has (or null); add them with `add`. */
export class InMemoryPatientIdentities extends PatientIdentities {
  private readonly userOf = new Map<string, string | null>();

  add(patientId: string, userId: string | null = null): this {
    this.userOf.set(patientId, userId);
    return this;
  }

  async patientIdOfUser(userId: string): Promise<string | null> {
    return [...this.userOf].find(([, owner]) => owner === userId)?.[0] ?? null;
  }

  async exists(patientId: string): Promise<boolean> {
    return this.userOf.has(patientId);
  }

  async userIdOfPatient(patientId: string): Promise<string | null> {
    return this.userOf.get(patientId) ?? null;
  }
}
