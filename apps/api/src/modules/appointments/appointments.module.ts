import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccountsModule } from '../accounts/accounts.module';
import { DoctorsModule } from '../doctors/doctors.module';
import { AppointmentAccessPolicy } from './appointment-access.policy';
import { AppointmentLifecycleService } from './appointment-lifecycle.service';
import { AppointmentQueriesService } from './appointment-queries.service';
import { AppointmentEntity } from './appointment.entity';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsRepository } from './appointments.repository';
import { BookingService } from './booking.service';
import { CareRelationshipQuery } from './care-relationship.query';
import { REMINDER_PROVIDERS } from './reminders/reminder.providers';
import { AppointmentChanges } from './changes/appointment-changes';
import { SlotsController } from './slots/slots.controller';
import { SlotsService } from './slots/slots.service';
import { TypeOrmAppointmentsRepository } from './typeorm-appointments.repository';

/** Booking, the appointment lifecycle and free slots. Depends on accounts (who a patient is) and doctors (schedules). */
@Module({
  imports: [TypeOrmModule.forFeature([AppointmentEntity]), AccountsModule, DoctorsModule],
  controllers: [AppointmentsController, SlotsController],
  providers: [
    { provide: AppointmentsRepository, useClass: TypeOrmAppointmentsRepository },
    AppointmentAccessPolicy,
    AppointmentChanges,
    BookingService,
    AppointmentLifecycleService,
    AppointmentQueriesService,
    SlotsService,
    CareRelationshipQuery,
    ...REMINDER_PROVIDERS,
  ],
  exports: [CareRelationshipQuery],
})
export class AppointmentsModule {}
