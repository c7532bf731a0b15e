import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DoctorsModule } from '../doctors/doctors.module';
import { AppointmentAccessPolicy } from './appointment-access.policy';
import { AppointmentEntity } from './appointment.entity';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsRepository } from './appointments.repository';
import { AppointmentsService } from './appointments.service';
import { CareRelationshipQuery } from './care-relationship.query';
import { REMINDER_PROVIDERS } from './reminders/reminder.providers';

@Module({
  imports: [TypeOrmModule.forFeature([AppointmentEntity]), DoctorsModule],
  controllers: [AppointmentsController],
  providers: [
    AppointmentsRepository,
    AppointmentsService,
    AppointmentAccessPolicy,
    CareRelationshipQuery,
    ...REMINDER_PROVIDERS,
  ],
  exports: [CareRelationshipQuery],
})
export class AppointmentsModule {}
