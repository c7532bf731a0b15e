import { Role } from '@healthsync/contracts/auth';

import type { AuthContext } from '../../common/auth/auth-context';
import { PatientAccessPolicy } from './patient-access.policy';
import type { PatientEntity } from './patient.entity';
import type { CareRelationshipQuery } from '../appointments/care-relationship.query';

const PATIENT_USER = 'b1c2d3e4-0000-4000-8000-000000000001';
const DOCTOR_IN_CARE = 'b1c2d3e4-0000-4000-8000-000000000002';
const OTHER_DOCTOR = 'b1c2d3e4-0000-4000-8000-000000000003';
const patient = { id: 'p-1', userId: PATIENT_USER } as PatientEntity;

const caller = (role: Role, userId = `${role}-user`): AuthContext => ({ userId, role, sessionId: 's' });

describe('PatientAccessPolicy', () => {
  const careChecks: Array<[string, string]> = [];
  const care = {
    includes: async (doctorUserId: string, patientId: string) => {
      careChecks.push([doctorUserId, patientId]);
      return doctorUserId === DOCTOR_IN_CARE;
    },
    patientsOf: async (doctorUserId: string) => (doctorUserId === DOCTOR_IN_CARE ? [patient.id] : []),
  } as Pick<CareRelationshipQuery, 'includes' | 'patientsOf'> as CareRelationshipQuery;
  const policy = new PatientAccessPolicy(care);

  it.each([
    ['an admin', caller(Role.Admin), true, true, false],
    ['a receptionist', caller(Role.Receptionist), true, false, false],
    ['the patient', caller(Role.Patient, PATIENT_USER), true, true, false],
    ['another patient', caller(Role.Patient), false, false, false],
    ['a doctor with an appointment', caller(Role.Doctor, DOCTOR_IN_CARE), true, true, true],
    ['a doctor without one', caller(Role.Doctor, OTHER_DOCTOR), false, false, false],
  ])('lets %s view %s, read the history %s, write it %s', async (_, auth, view, read, write) => {
    expect(await policy.canView(auth, patient)).toBe(view);
    expect(await policy.canReadMedicalHistory(auth, patient)).toBe(read);
    expect(await policy.canWriteMedicalHistory(auth, patient)).toBe(write);
  });

  it('asks the database about doctors only', async () => {
    careChecks.length = 0;
    await policy.canView(caller(Role.Admin), patient);
    await policy.canView(caller(Role.Patient, PATIENT_USER), patient);
    await policy.canView(caller(Role.Doctor, OTHER_DOCTOR), patient);
    expect(careChecks).toEqual([[OTHER_DOCTOR, 'p-1']]);
  });

  it('scopes searches: everyone for the desk, the patients in their care for doctors', async () => {
    expect(await policy.searchScope(caller(Role.Receptionist))).toEqual({ kind: 'all' });
    expect(await policy.searchScope(caller(Role.Doctor, DOCTOR_IN_CARE))).toEqual({
      kind: 'among',
      patientIds: [patient.id],
    });
    expect(await policy.searchScope(caller(Role.Doctor, OTHER_DOCTOR))).toEqual({
      kind: 'among',
      patientIds: [],
    });
    expect(await policy.searchScope(caller(Role.Patient, PATIENT_USER))).toEqual({
      kind: 'self',
      userId: PATIENT_USER,
    });
  });
});
