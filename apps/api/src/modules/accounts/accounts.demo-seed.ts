import { Injectable } from '@nestjs/common';

import { Role } from '@healthsync/contracts/auth';

import { DEMO_PASSWORD, DemoSeedProvider, type DemoSeed } from '../../database/seeding/demo-seed';
import { AccountsService, type NewAccount } from './accounts.service';

const DEMO_ACCOUNTS: NewAccount[] = [
  { email: 'admin@demo.healthsync.test', firstName: 'Alex', lastName: 'Morgan', role: Role.Admin },
  { email: 'reception@demo.healthsync.test', firstName: 'Riley', lastName: 'Chen', role: Role.Receptionist },
  {
    email: 'doctor@demo.healthsync.test',
    firstName: 'Dana',
    lastName: 'Okafor',
    role: Role.Doctor,
    doctor: { specialty: 'General practice', licenceNumber: 'GMC-7000001' },
  },
  {
    email: 'patient@demo.healthsync.test',
    firstName: 'Pat',
    lastName: 'Rivera',
    role: Role.Patient,
    patient: { dateOfBirth: '1985-04-12', phone: '+44 20 7946 0001' },
  },
];

/** The four demo sign-ins, all with the demo password. */
@Injectable()
@DemoSeedProvider({ name: 'accounts', order: 10, logins: DEMO_ACCOUNTS.map((account) => account.email) })
export class AccountsDemoSeed implements DemoSeed {
  constructor(private readonly accounts: AccountsService) {}

  async run(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      if (await this.accounts.findByEmail(account.email)) continue;
      await this.accounts.create({ ...account, password: DEMO_PASSWORD });
    }
  }
}
