import { Injectable } from '@nestjs/common';

import type { RescheduleAppointmentDto } from '@healthsync/contracts/scheduling';
import {
  appointmentTiming,
  appointmentType,
  AppointmentStatus,
  assertMayPerform,
  stateOf,
  type AppointmentAction,
  type TransitionContext,
} from '@healthsync/domain/appointments';

import type { AuthContext } from '../../common/auth/auth-context';
import { AppConfig } from '../../config/app-config';
import { AppointmentAccessPolicy, findVisible } from './appointment-access.policy';
import { AppointmentNotFound, versionConflict } from './appointments.errors';
import { AppointmentsRepository, type Appointment, type AppointmentScope } from './appointments.repository';
import { toAppointmentView, type AppointmentView } from './appointments.responses';
import { AppointmentChanges } from './changes/appointment-changes';
import { SlotsService } from './slots/slots.service';

export type LifecycleAction = Exclude<AppointmentAction, 'reschedule'>;

/**
 * The appointment lifecycle: confirm, check in, start, complete, cancel, no-show, and moving to
 * another slot. Each change locks the appointment, asks its state whether the action is legal, and
 * is recorded with its history row and event.
 */
@Injectable()
export class AppointmentLifecycleService {
  constructor(
    private readonly changes: AppointmentChanges,
    private readonly appointments: AppointmentsRepository,
    private readonly slots: SlotsService,
    private readonly policy: AppointmentAccessPolicy,
    private readonly config: AppConfig,
  ) {}

  async transition(
    auth: AuthContext,
    id: string,
    action: LifecycleAction,
    options: { expectedVersion?: number; reason?: string },
  ): Promise<AppointmentView> {
    const scope = await this.policy.scope(auth);
    const changed = await this.changes.run(async (change) => {
      const appointment = await this.lockVisible(change.appointments, auth, scope, id, action, options);
      const to = stateOf(appointment.status).apply(action, this.context(auth, appointment, options.reason));
      const updated = await change.appointments.update(appointment, {
        status: to,
        ...(action === 'check_in' ? { checkedInAt: new Date() } : {}),
        ...(action === 'cancel' ? { cancellationReason: options.reason ?? null } : {}),
      });
      await change.record({
        auth,
        kind: action,
        before: appointment,
        after: updated,
        reason: options.reason,
      });
      return updated;
    });
    return toAppointmentView(changed, this.config.clinicTimeZone);
  }

  /** Moves the appointment to another free slot in one statement: the new time is taken and the old freed, or nothing changes. */
  async reschedule(auth: AuthContext, id: string, dto: RescheduleAppointmentDto): Promise<AppointmentView> {
    const current = await findVisible(this.appointments, this.policy, auth, id);
    const scope = await this.policy.scope(auth);
    const slot = await this.slots.requireFreeSlot(current.doctorId, dto.startsAt, current.type, current.id);
    const moved = await this.changes.run(async (change) => {
      const appointment = await this.lockVisible(change.appointments, auth, scope, id, 'reschedule', dto);
      stateOf(appointment.status).apply('reschedule', this.context(auth, appointment));
      const updated = await change.appointments.update(
        appointment,
        appointmentTiming(slot.doctor.doctor, slot.startsAt, appointment.type),
      );
      await change.record({
        auth,
        kind: 'reschedule',
        before: appointment,
        after: updated,
        details: { fromStartsAt: appointment.startsAt.toISOString() },
      });
      return updated;
    });
    return toAppointmentView(moved, this.config.clinicTimeZone);
  }

  /** The appointment locked for the change, if the caller may make it to the version they read. */
  private async lockVisible(
    appointments: AppointmentsRepository,
    auth: AuthContext,
    scope: AppointmentScope,
    id: string,
    action: AppointmentAction,
    { expectedVersion }: { expectedVersion?: number },
  ): Promise<Appointment> {
    const appointment = await appointments.findForUpdate(id);
    if (!appointment || appointment.status === AppointmentStatus.Held) throw new AppointmentNotFound();
    assertMayPerform(auth.role, action, this.policy.relationWithin(scope, appointment));
    if (expectedVersion !== undefined && expectedVersion !== appointment.version) {
      throw versionConflict(appointment.version);
    }
    return appointment;
  }

  private context(auth: AuthContext, appointment: Appointment, reason?: string): TransitionContext {
    return {
      now: new Date(),
      startsAt: appointment.startsAt,
      role: auth.role,
      reason,
      type: appointmentType(appointment.type),
      timeZone: this.config.clinicTimeZone,
    };
  }
}
