import { Injectable } from '@nestjs/common';

import type { Weekday } from '@healthsync/domain/scheduling';

import { DemoSeedProvider, type DemoSeed } from '../../database/seeding/demo-seed';
import { DoctorsRepository } from './doctors.repository';

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];

/** The demo doctor works weekday mornings and afternoons in 30-minute slots, for a fee of 60.00 EUR. */
@Injectable()
@DemoSeedProvider({ name: 'doctor-schedules', order: 20 })
export class DoctorsDemoSeed implements DemoSeed {
  constructor(private readonly doctors: DoctorsRepository) {}

  async run(): Promise<void> {
    const { items } = await this.doctors.list({ page: 1, limit: 100 });
    for (const { doctor } of items) {
      await this.doctors.updateProfile(doctor.id, {
        bio: 'Family doctor with a special interest in preventive care.',
        languages: ['en', 'de'],
        consultationFeeMinor: 6000,
        currency: 'EUR',
        defaultSlotMinutes: 30,
        bufferMinutes: 0,
      });
      await this.doctors.replaceRules(
        doctor.id,
        WEEKDAYS.flatMap((weekday) => [
          { weekday, start: '09:00', end: '12:00', slotMinutes: 30 },
          { weekday, start: '13:00', end: '17:00', slotMinutes: 30 },
        ]),
      );
    }
  }
}
