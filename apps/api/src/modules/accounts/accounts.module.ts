import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PasswordService } from '../auth/password.service';
import { PatientEntity } from '../patients/patient.entity';
import { AccountsDemoSeed } from './accounts.demo-seed';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { DoctorEntity } from './doctor.entity';
import { TypeOrmAccountsRepository } from './typeorm-accounts.repository';
import { UserEntity } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, DoctorEntity, PatientEntity])],
  providers: [
    { provide: AccountsRepository, useClass: TypeOrmAccountsRepository },
    AccountsService,
    PasswordService,
    AccountsDemoSeed,
  ],
  exports: [AccountsRepository, AccountsService, PasswordService],
})
export class AccountsModule {}
