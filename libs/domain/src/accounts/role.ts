export enum Role {
  Admin = 'admin',
  Doctor = 'doctor',
  Receptionist = 'receptionist',
  Patient = 'patient',
}

export const ALL_ROLES: readonly Role[] = [Role.Admin, Role.Doctor, Role.Receptionist, Role.Patient];
export const STAFF_ROLES: readonly Role[] = [Role.Admin, Role.Doctor, Role.Receptionist];

export enum AccountStatus {
  Active = 'active',
  Deactivated = 'deactivated',
}
