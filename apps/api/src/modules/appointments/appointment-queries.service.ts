import { Injectable } from '@nestjs/common';

import type { Page } from '@healthsync/contracts/common';
import type { AppointmentListQuery } from '@healthsync/contracts/scheduling';
import { AppointmentStatus } from '@healthsync/domain/appointments';
import { localDate, localDayBounds } from '@healthsync/domain/scheduling';

import type { AuthContext } from '../../common/auth/auth-context';
import { AppConfig } from '../../config/app-config';
import { UserNames } from '../accounts/user-names.repository';
import { AppointmentAccessPolicy, findVisible } from './appointment-access.policy';
import { AppointmentsRepository } from './appointments.repository';
import {
  toAppointmentView,
  toTransitionView,
  type AppointmentView,
  type QueueEntryView,
  type TransitionView,
} from './appointments.responses';

/**
 * Reading appointments: one, its history (actors named by the accounts module), a filtered page, and
 * the front-desk queue; each within what the caller may see.
 */
@Injectable()
export class AppointmentQueriesService {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly policy: AppointmentAccessPolicy,
    private readonly users: UserNames,
    private readonly config: AppConfig,
  ) {}

  async get(auth: AuthContext, id: string): Promise<AppointmentView> {
    const appointment = await findVisible(this.appointments, this.policy, auth, id);
    return toAppointmentView(appointment, this.config.clinicTimeZone);
  }

  async history(auth: AuthContext, id: string): Promise<TransitionView[]> {
    await findVisible(this.appointments, this.policy, auth, id);
    const withIds = this.policy.seesActorIds(auth);
    const rows = await this.appointments.history(id);
    const names = await this.users.namesOf(rows.flatMap((row) => (row.actor_id ? [row.actor_id] : [])));
    return rows.map((row) => toTransitionView(row, names.get(row.actor_id ?? '') ?? null, withIds));
  }

  async list(auth: AuthContext, query: AppointmentListQuery): Promise<Page<AppointmentView>> {
    const scope = await this.policy.scope(auth);
    if (query.status === AppointmentStatus.Held && !this.policy.seesHolds(scope))
      return { items: [], total: 0, page: query.page, limit: query.limit };
    const page = await this.appointments.list(query, scope);
    return { ...page, items: page.items.map((item) => toAppointmentView(item, this.config.clinicTimeZone)) };
  }

  /** The front-desk queue of a clinic-local day: checked-in patients in arrival order, with their wait. */
  async queue(auth: AuthContext, date?: string): Promise<QueueEntryView[]> {
    const day = date ?? localDate(new Date(), this.config.clinicTimeZone);
    const { from, to } = localDayBounds(day, this.config.clinicTimeZone);
    const scope = await this.policy.scope(auth);
    const waiting = await this.appointments.checkedIn(
      from,
      to,
      scope.kind === 'doctor' ? scope.doctorId : undefined,
    );
    const now = Date.now();
    return waiting.map((appointment) => ({
      ...toAppointmentView(appointment, this.config.clinicTimeZone),
      waitingMinutes: Math.max(0, Math.floor((now - (appointment.checkedInAt?.getTime() ?? now)) / 60_000)),
    }));
  }
}
