import { AccountStatus, Role } from './role';

export interface UserDetails {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  status: AccountStatus;
}

export interface DoctorProfile {
  specialty: string;
  licenceNumber: string;
}

export interface PatientProfile {
  dateOfBirth: string;
  phone?: string | null;
}

/** An account of the clinic: one subclass per role, each with the profile its role needs. */
export abstract class User {
  abstract readonly role: Role;

  constructor(readonly details: UserDetails) {}

  get id(): string {
    return this.details.id;
  }

  get isStaff(): boolean {
    return this.role !== Role.Patient;
  }

  get isActive(): boolean {
    return this.details.status === AccountStatus.Active;
  }

  get fullName(): string {
    return `${this.details.firstName} ${this.details.lastName}`;
  }
}

export class Admin extends User {
  readonly role = Role.Admin;
}

export class Receptionist extends User {
  readonly role = Role.Receptionist;
}

export class Doctor extends User {
  readonly role = Role.Doctor;

  constructor(
    details: UserDetails,
    readonly profile: DoctorProfile,
  ) {
    super(details);
  }
}

export class Patient extends User {
  readonly role = Role.Patient;

  constructor(
    details: UserDetails,
    readonly profile: PatientProfile,
  ) {
    super(details);
  }
}

export enum AccountRuleCode {
  DoctorProfileRequired = 'ACCOUNT.DOCTOR_PROFILE_REQUIRED',
  PatientProfileRequired = 'ACCOUNT.PATIENT_PROFILE_REQUIRED',
  RoleChangeNotAllowed = 'ACCOUNT.ROLE_CHANGE_NOT_ALLOWED',
}

export interface UserBlueprint extends UserDetails {
  role: Role;
  doctor?: DoctorProfile;
  patient?: PatientProfile;
}
