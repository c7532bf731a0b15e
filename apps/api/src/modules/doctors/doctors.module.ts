import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DoctorEntity } from '../accounts/doctor.entity';
import { AvailabilityExceptionEntity, AvailabilityRuleEntity } from './availability.entities';
import { DoctorAccessPolicy } from './doctor-access.policy';
import { DoctorsDemoSeed } from './doctors.demo-seed';
import { DoctorsController } from './doctors.controller';
import { DoctorsRepository } from './doctors.repository';
import { DoctorsService } from './doctors.service';
import { SlotsService } from './slots.service';

@Module({
  imports: [TypeOrmModule.forFeature([DoctorEntity, AvailabilityRuleEntity, AvailabilityExceptionEntity])],
  controllers: [DoctorsController],
  providers: [DoctorsRepository, DoctorsService, DoctorAccessPolicy, SlotsService, DoctorsDemoSeed],
  exports: [DoctorsRepository, SlotsService],
})
export class DoctorsModule {}
