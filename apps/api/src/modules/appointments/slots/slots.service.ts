import { Injectable } from '@nestjs/common';

import { CommonErrorCode } from '@healthsync/contracts/common';
import { SLOT_RANGE_MAX_DAYS, type AppointmentTypeName } from '@healthsync/contracts/scheduling';
import type { SlotView } from '@healthsync/contracts/scheduling/scheduling.responses';
import { appointmentType } from '@healthsync/domain/appointments';
import { DomainError } from '@healthsync/domain/errors';
import { generateSlots, localDate, zoneOffset, type BusyInterval } from '@healthsync/domain/scheduling';

import { AppCache } from '../../../cache/app-cache';
import { AppConfig } from '../../../config/app-config';
import { DoctorDirectory } from '../../doctors/doctor-directory';
import { DoctorNotFound } from '../../doctors/doctors.errors';
import type { DoctorRecord } from '../../doctors/doctors.repository';
import { slotUnavailable } from '../appointments.errors';
import { AppointmentsRepository } from '../appointments.repository';

const SLOT_CACHE_SECONDS = 60;
const DAY_MS = 86_400_000;

/** A free slot a booking may take, and the doctor whose it is. */
export interface FreeSlot {
  doctor: DoctorRecord;
  startsAt: Date;
}

/**
 * Free slots of a doctor: their availability in the clinic's zone (from the doctors module), minus
 * active appointments and holds, within lead time and horizon. Cached per doctor under their schedule
 * version, which every booking, cancellation, reschedule, hold and schedule change bumps in its own
 * transaction, so a cached list never offers a slot that a committed booking took.
 */
@Injectable()
export class SlotsService {
  constructor(
    private readonly doctors: DoctorDirectory,
    private readonly appointments: AppointmentsRepository,
    private readonly cache: AppCache,
    private readonly config: AppConfig,
  ) {}

  async freeSlots(
    doctorId: string,
    from: Date,
    to: Date,
    type: AppointmentTypeName = 'consultation',
  ): Promise<SlotView[]> {
    assertRange(from, to);
    const version = await this.doctors.scheduleVersion(doctorId);
    if (version === null) throw new DoctorNotFound();
    const key = `slots:${doctorId}:${version}:${type}:${from.toISOString()}:${to.toISOString()}`;
    const slots = await this.cache.getOrLoad(
      key,
      () => this.compute(doctorId, from, to, type),
      SLOT_CACHE_SECONDS,
    );
    const earliest = Date.now() + this.config.bookingLeadMinutes * 60_000;
    return slots.filter((slot) => Date.parse(slot.startsAt) >= earliest);
  }

  /**
   * The doctor and the instant, if `startsAt` starts a free slot of that type right now (read from
   * the database, not the cache); otherwise SLOT_UNAVAILABLE. `ignoreAppointmentId` leaves out the
   * appointment being moved.
   */
  async requireFreeSlot(
    doctorId: string,
    startsAtText: string,
    type: AppointmentTypeName,
    ignoreAppointmentId?: string,
  ): Promise<FreeSlot> {
    const doctor = await this.doctors.find(doctorId);
    if (!doctor) throw new DoctorNotFound();
    const startsAt = new Date(startsAtText);
    if (!(await this.isFreeSlot(doctor, startsAt, type, ignoreAppointmentId))) throw slotUnavailable();
    return { doctor, startsAt };
  }

  private async isFreeSlot(
    doctor: DoctorRecord,
    startsAt: Date,
    type: AppointmentTypeName,
    ignoreAppointmentId?: string,
  ): Promise<boolean> {
    if (Number.isNaN(startsAt.getTime())) return false;
    const dayStart = new Date(startsAt.getTime() - DAY_MS);
    const dayEnd = new Date(startsAt.getTime() + DAY_MS);
    const slots = await this.compute(doctor.doctor.id, dayStart, dayEnd, type, doctor, ignoreAppointmentId);
    return slots.some((slot) => Date.parse(slot.startsAt) === startsAt.getTime());
  }

  private async compute(
    doctorId: string,
    from: Date,
    to: Date,
    type: AppointmentTypeName,
    known?: DoctorRecord,
    ignoreAppointmentId?: string,
  ): Promise<SlotView[]> {
    const record = known ?? (await this.doctors.find(doctorId));
    if (!record) throw new DoctorNotFound();
    const { doctor } = record;
    const [{ rules, exceptions }, busy] = await Promise.all([
      this.doctors.weeklySchedule(doctorId),
      this.appointments.busyIntervals(doctorId, from, to, ignoreAppointmentId),
    ]);
    const timeZone = this.config.clinicTimeZone;
    const slots = generateSlots(
      rules,
      exceptions,
      busy,
      { from, to },
      {
        timeZone,
        now: new Date(),
        leadMinutes: Math.max(this.config.bookingLeadMinutes, doctor.minNoticeMinutes),
        horizonDays: this.config.bookingHorizonDays,
        bufferMinutes: doctor.bufferMinutes,
        dailyCap: doctor.dailyCap,
        bookedPerDay: bookedPerDay(busy, timeZone),
        appointmentType: type,
        durationMinutes: appointmentType(type).durationMinutes(doctor.defaultSlotMinutes),
      },
    );
    return slots.map((slot) => ({
      startsAt: slot.start.toISOString(),
      endsAt: slot.end.toISOString(),
      offset: zoneOffset(slot.start, timeZone),
      date: localDate(slot.start, timeZone),
    }));
  }
}

function bookedPerDay(busy: BusyInterval[], timeZone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const interval of busy) {
    const day = localDate(interval.start, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

function assertRange(from: Date, to: Date): void {
  const message =
    Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())
      ? 'from and to must be ISO 8601 instants.'
      : to <= from
        ? 'to must be after from.'
        : to.getTime() - from.getTime() > SLOT_RANGE_MAX_DAYS * 86_400_000
          ? `The range may span at most ${SLOT_RANGE_MAX_DAYS} days.`
          : null;
  if (message)
    throw new DomainError('invalid', CommonErrorCode.ValidationFailed, message, {
      errors: [{ field: 'to', message }],
    });
}
