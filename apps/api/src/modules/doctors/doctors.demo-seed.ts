import { Injectable } from '@nestjs/common';

import type { Weekday } from '@healthsync/domain/scheduling';

import { DemoSeedProvider, type DemoSeed } from '../../database/seeding/demo-seed';
import { UnitOfWork } from '../../database/unit-of-work';
import { DoctorsRepository } from './doctors.repository';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];

/** The demo doctor works weekday mornings and afternoons in 30-minute slots, for a fee of 60.00 EUR. */
@Injectable()
@DemoSeedProvider({ name: 'doctor-schedules', order: 20 })
export class DoctorsDemoSeed implements DemoSeed {
  constructor(
    private readonly doctors: DoctorsRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async run(): Promise<void> {
    const { items } = await this.doctors.list({ page: 1, limit: 100 });
    for (const { doctor } of items) {
      await this.unitOfWork.run((tx) => this.seedSchedule(this.doctors.in(tx), doctor.id));
    }
  }

  private async seedSchedule(doctors: DoctorsRepository, doctorId: string): Promise<void> {
    await doctors.updateProfile(doctorId, {
      bio: 'Family doctor with a special interest in preventive care.',
      languages: ['en', 'de'],
      consultationFeeMinor: 6000,
      currency: 'EUR',
      defaultSlotMinutes: 30,
      bufferMinutes: 0,
    });
    await doctors.replaceRules(
      doctorId,
      WEEKDAYS.flatMap((weekday) => [
        { weekday, start: '09:00', end: '12:00', slotMinutes: 30 },
        { weekday, start: '13:00', end: '17:00', slotMinutes: 30 },
      ]),
    );
    await doctors.bumpScheduleVersion(doctorId);
  }
}
