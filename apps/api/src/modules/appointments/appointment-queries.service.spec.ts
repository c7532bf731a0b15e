import { Role } from '@healthsync/contracts/auth';
import type { AppointmentListQuery } from '@healthsync/contracts/scheduling';
import { AppointmentStatus } from '@healthsync/domain/appointments';

import { InMemoryUserNames } from '../accounts/testing/in-memory-user-names';
import { AppointmentQueriesService } from './appointment-queries.service';
import { caller, schedulingFixture, slotAt } from './testing/scheduling-fixture';

describe('AppointmentQueriesService', () => {
  let world: ReturnType<typeof schedulingFixture>;
  let queries: AppointmentQueriesService;

  beforeEach(() => {
    world = schedulingFixture();
    const names = new InMemoryUserNames().add(world.receptionist.userId, 'Rita Desk');
    queries = new AppointmentQueriesService(world.appointments, world.policy, names, world.config);
  });

  const page = (query: Partial<AppointmentListQuery> = {}) =>
    ({ page: 1, limit: 20, ...query }) as AppointmentListQuery;

  it('shows a patient their own appointment and hides everyone else’s as not found', async () => {
    const own = world.existing();
    const others = world.existing({ startsAt: slotAt(3, 10), patientId: world.deskPatientId });

    await expect(queries.get(world.patient, own.id)).resolves.toMatchObject({ id: own.id, offset: '+00:00' });
    await expect(queries.get(world.patient, others.id)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it("lists within the caller's scope: a doctor their own, the front desk everyone's", async () => {
    world.existing();
    world.existing({ startsAt: slotAt(3, 10), doctorId: world.addDoctor().doctor.id });

    expect((await queries.list(world.doctorUser, page())).total).toBe(1);
    expect((await queries.list(world.receptionist, page())).total).toBe(2);
  });

  it('lists holds only when asked for, and never to a doctor', async () => {
    world.existing({ status: AppointmentStatus.Held, holdExpiresAt: new Date(Date.now() + 60_000) });

    expect((await queries.list(world.receptionist, page())).total).toBe(0);
    expect((await queries.list(world.receptionist, page({ status: AppointmentStatus.Held }))).total).toBe(1);
    expect(await queries.list(world.doctorUser, page({ status: AppointmentStatus.Held }))).toEqual({
      items: [],
      total: 0,
      page: 1,
      limit: 20,
    });
  });

  it('gives staff the actor ids in the history, and a patient names and roles only', async () => {
    const visit = world.existing();
    world.appointments.transitions.push({
      appointmentId: visit.id,
      fromStatus: null,
      toStatus: AppointmentStatus.Scheduled,
      action: 'book',
      actorId: world.receptionist.userId,
      actorRole: Role.Receptionist,
    });

    const [forStaff] = await queries.history(world.receptionist, visit.id);
    const [forPatient] = await queries.history(world.patient, visit.id);

    expect(forStaff?.actor).toEqual({
      id: world.receptionist.userId,
      name: 'Rita Desk',
      role: Role.Receptionist,
    });
    expect(forPatient?.actor).toEqual({ name: 'Rita Desk', role: Role.Receptionist });
  });

  it("queues the day's checked-in patients in arrival order with their wait, a doctor's own only", async () => {
    const today = new Date();
    const earlier = world.existing({
      startsAt: today,
      status: AppointmentStatus.CheckedIn,
      checkedInAt: new Date(Date.now() - 20 * 60_000),
    });
    const later = world.existing({
      startsAt: today,
      patientId: world.deskPatientId,
      status: AppointmentStatus.CheckedIn,
      checkedInAt: new Date(Date.now() - 5 * 60_000),
    });
    world.existing({
      startsAt: today,
      doctorId: world.addDoctor().doctor.id,
      patientId: world.deskPatientId,
      status: AppointmentStatus.CheckedIn,
      checkedInAt: new Date(),
    });

    const queue = await queries.queue(world.doctorUser);

    expect(queue.map((entry) => [entry.id, entry.waitingMinutes])).toEqual([
      [earlier.id, 20],
      [later.id, 5],
    ]);
    expect(await queries.queue(caller(Role.Receptionist))).toHaveLength(3);
  });
});
