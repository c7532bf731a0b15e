import { Injectable } from '@nestjs/common';

import { CARE_RELATIONSHIP_MONTHS } from '@healthsync/contracts/scheduling';

import { AppConfig } from '../../config/app-config';
import { DoctorDirectory } from '../doctors/doctor-directory';
import { AppointmentsRepository, type CareWindow } from './appointments.repository';

const DAY_MS = 86_400_000;

/**
 * The care relationship, decided here and nowhere else: a doctor cares for a patient they saw
 * (checked in, in progress or completed) within the last CARE_RELATIONSHIP_MONTHS months, or who has
 * an upcoming booking with them (scheduled or confirmed, not yet over, starting within the booking
 * horizon). Cancelled, no-show and held appointments, and a booking whose time passed without a
 * visit, make none: booking and cancelling at once gives a doctor nothing.
 */
@Injectable()
export class CareRelationshipQuery {
  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly doctors: DoctorDirectory,
    private readonly config: AppConfig,
  ) {}

  /** Whether the patient is in the care of the doctor with this user id. */
  async includes(doctorUserId: string, patientId: string): Promise<boolean> {
    return (await this.patientsInCare(doctorUserId, patientId)).length > 0;
  }

  /** The ids of every patient in the care of the doctor with this user id. */
  patientsOf(doctorUserId: string): Promise<string[]> {
    return this.patientsInCare(doctorUserId);
  }

  private async patientsInCare(doctorUserId: string, patientId?: string): Promise<string[]> {
    const doctorId = await this.doctors.doctorIdOfUser(doctorUserId);
    return doctorId ? this.appointments.patientsInCare(this.window(doctorId), patientId) : [];
  }

  private window(doctorId: string): CareWindow {
    const now = new Date();
    const attendedSince = new Date(now);
    attendedSince.setUTCMonth(attendedSince.getUTCMonth() - CARE_RELATIONSHIP_MONTHS);
    return {
      doctorId,
      now,
      attendedSince,
      upcomingUntil: new Date(now.getTime() + this.config.bookingHorizonDays * DAY_MS),
    };
  }
}
