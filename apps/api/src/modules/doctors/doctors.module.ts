import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DoctorEntity } from '../accounts/doctor.entity';
import { AvailabilityExceptionEntity, AvailabilityRuleEntity } from './availability.entities';
import { DoctorAccessPolicy } from './doctor-access.policy';
import { DoctorDirectory } from './doctor-directory';
import { DoctorsDemoSeed } from './doctors.demo-seed';
import { DoctorsController } from './doctors.controller';
import { DoctorsRepository } from './doctors.repository';
import { DoctorsService } from './doctors.service';
import { TypeOrmDoctorsRepository } from './typeorm-doctors.repository';

/** Doctors' profiles and schedules. Other modules ask the DoctorDirectory; nothing else of this module is theirs. */
@Module({
  imports: [TypeOrmModule.forFeature([DoctorEntity, AvailabilityRuleEntity, AvailabilityExceptionEntity])],
  controllers: [DoctorsController],
  providers: [
    { provide: DoctorsRepository, useClass: TypeOrmDoctorsRepository },
    DoctorsService,
    DoctorAccessPolicy,
    DoctorDirectory,
    DoctorsDemoSeed,
  ],
  exports: [DoctorDirectory],
})
export class DoctorsModule {}
