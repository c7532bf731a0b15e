import { randomUUID } from 'node:crypto';

import { Role } from '@healthsync/contracts/auth';
import { CommonErrorCode } from '@healthsync/contracts/common';
import {
  PatientErrorCode,
  type CreatePatientDto,
  type PatientSearchQuery,
} from '@healthsync/contracts/patients';

import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import type { CareRelationshipQuery } from '../appointments/care-relationship.query';
import type { AuditEvent, AuditService } from '../audit/audit.service';
import { PatientAccessPolicy } from './patient-access.policy';
import { PatientsService } from './patients.service';
import { InMemoryPatientsRepository } from './testing/in-memory-patients.repository';

const caller = (role: Role, userId: string = randomUUID()): AuthContext => ({ userId, role, sessionId: 's' });
const origin: RequestOrigin = { ip: '203.0.113.7', userAgent: 'spec', requestId: 'req-1' };
const newPatient = (overrides: Partial<CreatePatientDto> = {}) =>
  ({ firstName: 'Ada', lastName: 'Lovelace', dateOfBirth: '1985-12-10', ...overrides }) as CreatePatientDto;

describe('PatientsService', () => {
  let patients: InMemoryPatientsRepository;
  let audited: AuditEvent[];
  let patientsInCare: string[];
  let service: PatientsService;
  const desk = caller(Role.Receptionist);
  const doctor = caller(Role.Doctor);

  beforeEach(() => {
    patients = new InMemoryPatientsRepository();
    audited = [];
    patientsInCare = [];
    const care = {
      includes: async (doctorUserId: string, patientId: string) =>
        doctorUserId === doctor.userId && patientsInCare.includes(patientId),
      patientsOf: async (doctorUserId: string) => (doctorUserId === doctor.userId ? patientsInCare : []),
    } as Pick<CareRelationshipQuery, 'includes' | 'patientsOf'> as CareRelationshipQuery;
    const audit = { record: async (event: AuditEvent) => void audited.push(event) } as AuditService;
    service = new PatientsService(patients, new PatientAccessPolicy(care), audit);
  });

  describe('register', () => {
    it('registers a patient with the MRN the store assigns', async () => {
      await expect(service.register(newPatient())).resolves.toMatchObject({
        firstName: 'Ada',
        lastName: 'Lovelace',
        mrn: expect.stringMatching(/^MRN-/),
        version: 1,
      });
    });

    it('refuses a likely second record of the same person, naming the candidates, unless confirmed', async () => {
      const first = await service.register(newPatient());

      await expect(service.register(newPatient({ firstName: 'ADA' }))).rejects.toMatchObject({
        kind: 'conflict',
        code: PatientErrorCode.PossibleDuplicate,
        details: { candidates: [expect.objectContaining({ id: first.id })] },
      });
      await expect(service.register(newPatient({ confirmDuplicate: true }))).resolves.toMatchObject({
        firstName: 'Ada',
      });
      expect(patients.patients.size).toBe(2);
    });
  });

  describe('update', () => {
    it('applies a change to the version the caller read, and answers VERSION_CONFLICT to an older one', async () => {
      const patient = await service.register(newPatient());

      await expect(
        service.update(desk, patient.id, { version: 1, phone: '+49 30 1234' }),
      ).resolves.toMatchObject({
        phone: '+49 30 1234',
        version: 2,
      });
      await expect(
        service.update(desk, patient.id, { version: 1, phone: '+49 30 9999' }),
      ).rejects.toMatchObject({
        kind: 'conflict',
        code: CommonErrorCode.VersionConflict,
        details: { expectedVersion: 1, currentVersion: 2 },
      });
    });

    it("hides a patient outside a doctor's care as not found, and changes nothing", async () => {
      const patient = await service.register(newPatient());

      await expect(service.update(doctor, patient.id, { version: 1, phone: '+1' })).rejects.toMatchObject({
        kind: 'not_found',
        code: CommonErrorCode.NotFound,
      });
      expect((await patients.findById(patient.id))?.version).toBe(1);
    });
  });

  describe('view and mine', () => {
    it('shows a doctor the patients in their care only', async () => {
      const inCare = await service.register(newPatient());
      const other = await service.register(newPatient({ firstName: 'Grace', lastName: 'Hopper' }));
      patientsInCare = [inCare.id];

      await expect(service.view(doctor, inCare.id)).resolves.toMatchObject({ id: inCare.id });
      await expect(service.view(doctor, other.id)).rejects.toMatchObject({ kind: 'not_found' });
    });

    it('gives a patient their own record and lets them change their contact details', async () => {
      const userId = randomUUID();
      const own = await patients.insert(
        { firstName: 'Pat', lastName: 'Ient', dateOfBirth: '1990-01-01' },
        userId,
      );
      const patient = caller(Role.Patient, userId);

      await expect(service.mine(patient)).resolves.toMatchObject({ id: own.id });
      await expect(service.updateMine(patient, { phone: '+44 20 7946 0000' })).resolves.toMatchObject({
        phone: '+44 20 7946 0000',
      });
      await expect(service.mine(caller(Role.Patient))).rejects.toMatchObject({ kind: 'not_found' });
    });
  });

  describe('search', () => {
    const query = { page: 1, limit: 20 } as PatientSearchQuery;

    it("returns a doctor's patients only, and audits who was found, never the terms", async () => {
      const inCare = await service.register(newPatient());
      await service.register(newPatient({ firstName: 'Grace', lastName: 'Hopper' }));
      patientsInCare = [inCare.id];

      const page = await service.search(doctor, { ...query, q: 'Ada' } as PatientSearchQuery, origin);

      expect(page.items.map((item) => item.id)).toEqual([inCare.id]);
      expect(audited).toEqual([
        expect.objectContaining({
          actor: { userId: doctor.userId, role: Role.Doctor },
          action: 'patient.search',
          patientIds: [inCare.id],
          origin,
          detail: { count: 1, total: 1 },
        }),
      ]);
      expect(JSON.stringify(audited)).not.toContain('Ada');
    });

    it('returns every patient to the front desk', async () => {
      await service.register(newPatient());
      await service.register(newPatient({ firstName: 'Grace', lastName: 'Hopper' }));

      expect((await service.search(desk, query, origin)).total).toBe(2);
    });
  });
});
