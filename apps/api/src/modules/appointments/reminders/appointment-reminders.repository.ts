import type { Transaction } from '../../../database/unit-of-work';

/** An appointment whose reminder has just become due. */
export interface DueReminder {
  appointmentId: string;
  doctorId: string;
  patientId: string;
  startsAt: Date;
}

/** Which reminders have been raised: one per appointment, start time and lead time. */
export abstract class AppointmentRemindersRepository {
  abstract in(tx: Transaction): AppointmentRemindersRepository;

  /**
   * Records and returns the reminders that fall due at `now` for this lead time: scheduled or
   * confirmed appointments starting within `leadMinutes`, each only the first time it is asked.
   */
  abstract claimDue(leadMinutes: number, now: Date): Promise<DueReminder[]>;
}
