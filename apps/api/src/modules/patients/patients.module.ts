import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccountsModule } from '../accounts/accounts.module';
import { AppointmentsModule } from '../appointments/appointments.module';
import { MedicalHistoryController } from './medical-history.controller';
import { MedicalHistoryService } from './medical-history.service';
import { PatientAccessPolicy } from './patient-access.policy';
import { PatientEntity } from './patient.entity';
import { PatientsController } from './patients.controller';
import { PatientsRepository } from './patients.repository';
import { PatientsService } from './patients.service';
import { TypeOrmPatientsRepository } from './typeorm-patients.repository';

@Module({
  imports: [TypeOrmModule.forFeature([PatientEntity]), AccountsModule, AppointmentsModule],
  controllers: [PatientsController, MedicalHistoryController],
  providers: [
    { provide: PatientsRepository, useClass: TypeOrmPatientsRepository },
    PatientAccessPolicy,
    PatientsService,
    MedicalHistoryService,
  ],
  exports: [PatientsRepository, PatientAccessPolicy],
})
export class PatientsModule {}
