import { DomainError } from '../errors';
import { Role } from './role';
import { AccountRuleCode, Admin, Doctor, Patient, Receptionist, type User, type UserBlueprint } from './user';

/** Builds the right kind of user for a role, refusing one that lacks the profile its role needs. */
export class UserFactory {
  static create(blueprint: UserBlueprint): User {
    const { role, doctor, patient, ...details } = blueprint;
    switch (role) {
      case Role.Admin:
        return new Admin(details);
      case Role.Receptionist:
        return new Receptionist(details);
      case Role.Doctor:
        if (!doctor)
          throw new DomainError(
            'invalid',
            AccountRuleCode.DoctorProfileRequired,
            'A doctor needs a specialty and a licence number.',
          );
        return new Doctor(details, doctor);
      case Role.Patient:
        if (!patient)
          throw new DomainError(
            'invalid',
            AccountRuleCode.PatientProfileRequired,
            'A patient needs a date of birth.',
          );
        return new Patient(details, patient);
    }
  }

  /**
   * The same person in another staff role. Patients and staff never swap: a patient's account holds
   * their own health record, a staff account holds access to everyone's.
   */
  static withRole(user: User, role: Role, doctor?: UserBlueprint['doctor']): User {
    if (!user.isStaff || role === Role.Patient) {
      throw new DomainError(
        'unprocessable',
        AccountRuleCode.RoleChangeNotAllowed,
        'Only staff accounts change role, and only to another staff role.',
      );
    }
    const currentDoctor = user instanceof Doctor ? user.profile : undefined;
    return UserFactory.create({ ...user.details, role, doctor: doctor ?? currentDoctor });
  }
}
