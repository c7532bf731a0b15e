import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { PasswordService } from '../auth/password.service';
import { PatientEntity } from '../patients/patient.entity';
import { AccountsDemoSeed } from './accounts.demo-seed';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { DoctorEntity } from './doctor.entity';
import { PatientIdentities } from './patient-identities.repository';
import { TypeOrmAccountsRepository } from './typeorm-accounts.repository';
import { TypeOrmPatientIdentities } from './typeorm-patient-identities.repository';
import { TypeOrmUserContacts } from './typeorm-user-contacts.repository';
import { UserContacts } from './user-contacts.repository';
import { TypeOrmUserNames } from './typeorm-user-names.repository';
import { UserNames } from './user-names.repository';
import { UserEntity } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, DoctorEntity, PatientEntity])],
  providers: [
    { provide: AccountsRepository, useClass: TypeOrmAccountsRepository },
    AccountsService,
    PasswordService,
    AccountsDemoSeed,
    { provide: PatientIdentities, useClass: TypeOrmPatientIdentities },
    { provide: UserContacts, useClass: TypeOrmUserContacts },
    { provide: UserNames, useClass: TypeOrmUserNames },
  ],
  exports: [AccountsRepository, AccountsService, PasswordService, PatientIdentities, UserContacts, UserNames],
})
export class AccountsModule {}
