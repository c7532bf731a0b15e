import { randomUUID } from 'node:crypto';

import { Role } from '@healthsync/contracts/auth';
import { CommonErrorCode } from '@healthsync/contracts/common';
import { ScheduleErrorCode } from '@healthsync/contracts/scheduling';

import type { AuthContext } from '../../common/auth/auth-context';
import { InMemoryUnitOfWork } from '../../database/testing/in-memory-unit-of-work';
import { DoctorAccessPolicy } from './doctor-access.policy';
import { DoctorsService } from './doctors.service';
import { doctorRecord, InMemoryDoctorsRepository } from './testing/in-memory-doctors.repository';

const caller = (role: Role, userId: string = randomUUID()): AuthContext => ({ userId, role, sessionId: 's' });

/** What PostgreSQL reports for a unique violation (a second day off on one date). */
const uniqueViolation = Object.assign(new Error('duplicate key'), { driverError: { code: '23505' } });

describe('DoctorsService', () => {
  let doctors: InMemoryDoctorsRepository;
  let service: DoctorsService;
  let record: ReturnType<typeof doctorRecord>;
  let owner: AuthContext;
  const admin = caller(Role.Admin);

  beforeEach(() => {
    doctors = new InMemoryDoctorsRepository();
    service = new DoctorsService(doctors, new DoctorAccessPolicy(), new InMemoryUnitOfWork());
    record = doctors.add(doctorRecord({}, { firstName: 'Dora', lastName: 'Doc' }));
    owner = caller(Role.Doctor, record.doctor.userId);
  });

  const version = () => record.doctor.scheduleVersion;

  it('shows a profile with the account’s name, and 404 for an unknown doctor', async () => {
    await expect(service.get(record.doctor.id)).resolves.toMatchObject({
      id: record.doctor.id,
      firstName: 'Dora',
      lastName: 'Doc',
      consultationFeeMinor: 6000,
    });
    await expect(service.get(randomUUID())).rejects.toMatchObject({
      kind: 'not_found',
      code: CommonErrorCode.NotFound,
    });
  });

  it('changes a profile and makes cached slot lists stale', async () => {
    const changed = await service.updateProfile(record.doctor.id, { bufferMinutes: 10 });

    expect(changed.bufferMinutes).toBe(10);
    expect(version()).toBe('2');
  });

  it('replaces the weekly rules for the doctor themself', async () => {
    const saved = await service.replaceRules(owner, record.doctor.id, {
      rules: [{ weekday: 1, start: '09:00', end: '12:00', slotMinutes: 30 }],
    });

    expect(saved.rules).toEqual([
      { weekday: 1, start: '09:00', end: '12:00', slotMinutes: 30, appointmentTypes: null },
    ]);
    expect(version()).toBe('2');
  });

  it('refuses invalid rules before storing anything', async () => {
    await expect(
      service.replaceRules(admin, record.doctor.id, {
        rules: [{ weekday: 1, start: '12:00', end: '09:00', slotMinutes: 30 }],
      }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect(doctors.rules).toEqual([]);
    expect(version()).toBe('1');
  });

  it("refuses another doctor, and a receptionist, the doctor's schedule", async () => {
    const otherDoctor = caller(Role.Doctor);

    await expect(service.availability(otherDoctor, record.doctor.id)).rejects.toMatchObject({
      kind: 'forbidden',
      code: CommonErrorCode.Forbidden,
    });
    await expect(
      service.addException(caller(Role.Receptionist), record.doctor.id, {
        date: '2030-01-07',
        kind: 'day_off',
      }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('adds and removes a day off, each bumping the schedule version', async () => {
    const added = await service.addException(owner, record.doctor.id, {
      date: '2030-01-07',
      kind: 'day_off',
      reason: 'Congress',
    });
    const [exception] = added.exceptions;
    expect(exception).toMatchObject({ date: '2030-01-07', kind: 'day_off', reason: 'Congress' });

    await expect(service.removeException(owner, record.doctor.id, exception?.id ?? '')).resolves.toEqual({
      rules: [],
      exceptions: [],
    });
    expect(version()).toBe('3');
  });

  it('answers DAY_OFF_EXISTS when the database refuses a second day off', async () => {
    doctors.refuseNextException = uniqueViolation;

    await expect(
      service.addException(admin, record.doctor.id, { date: '2030-01-07', kind: 'day_off' }),
    ).rejects.toMatchObject({ kind: 'conflict', code: ScheduleErrorCode.DayOffExists });
  });

  it('answers EXCEPTION_NOT_FOUND for an exception the doctor does not have', async () => {
    await expect(service.removeException(admin, record.doctor.id, randomUUID())).rejects.toMatchObject({
      kind: 'not_found',
      code: ScheduleErrorCode.ExceptionNotFound,
    });
  });
});
