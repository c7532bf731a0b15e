import { DomainError } from '../errors';
import { AccountStatus, Role } from './role';
import { Admin, Doctor, Patient, Receptionist } from './user';
import { UserFactory } from './user-factory';

const details = {
  id: 'u1',
  email: 'a@b.test',
  firstName: 'Ada',
  lastName: 'Lovelace',
  status: AccountStatus.Active,
};
const doctorProfile = { specialty: 'Cardiology', licenceNumber: 'LIC-1' };

describe('UserFactory', () => {
  it.each([
    [Role.Admin, {}, Admin],
    [Role.Receptionist, {}, Receptionist],
    [Role.Doctor, { doctor: doctorProfile }, Doctor],
    [Role.Patient, { patient: { dateOfBirth: '1990-01-01' } }, Patient],
  ])('builds a %s', (role, profile, kind) => {
    const user = UserFactory.create({ ...details, role, ...profile });
    expect(user).toBeInstanceOf(kind);
    expect(user.role).toBe(role);
    expect(user.isStaff).toBe(role !== Role.Patient);
    expect(user.fullName).toBe('Ada Lovelace');
  });

  it('refuses a doctor without a doctor profile and a patient without a date of birth', () => {
    expect(() => UserFactory.create({ ...details, role: Role.Doctor })).toThrow(DomainError);
    expect(() => UserFactory.create({ ...details, role: Role.Patient })).toThrow(
      'A patient needs a date of birth.',
    );
  });

  it('moves staff between staff roles, keeping a doctor profile', () => {
    const doctor = UserFactory.create({ ...details, role: Role.Doctor, doctor: doctorProfile });
    const admin = UserFactory.withRole(doctor, Role.Admin);
    expect(admin).toBeInstanceOf(Admin);
    expect(UserFactory.withRole(admin, Role.Doctor, doctorProfile)).toBeInstanceOf(Doctor);
    expect(() => UserFactory.withRole(admin, Role.Doctor)).toThrow(
      'A doctor needs a specialty and a licence number.',
    );
  });

  it('never turns a patient into staff or staff into a patient', () => {
    const patient = UserFactory.create({
      ...details,
      role: Role.Patient,
      patient: { dateOfBirth: '1990-01-01' },
    });
    const receptionist = UserFactory.create({ ...details, role: Role.Receptionist });
    expect(() => UserFactory.withRole(patient, Role.Admin)).toThrow(DomainError);
    expect(() => UserFactory.withRole(receptionist, Role.Patient)).toThrow(DomainError);
  });
});
