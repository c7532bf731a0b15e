import { Injectable } from '@nestjs/common';

import type { UserListQuery } from '@healthsync/contracts/admin';
import { AccountStatus, type Role } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';
import { UserFactory, type DoctorProfile, type UserBlueprint } from '@healthsync/domain/accounts';

import { PasswordService } from '../auth/password.service';
import { AccountNotFound } from './accounts-errors';
import { toDomainUser } from './accounts.mapper';
import { AccountsRepository, type UserRecord, type UserWithProfiles } from './accounts.repository';

export { AccountNotFound } from './accounts-errors';

/** With a password to check and hash, or a hash made earlier (a confirmed registration), or neither. */
export type NewAccount = Omit<UserBlueprint, 'id' | 'status'> & { password?: string; passwordHash?: string };

/** Accounts through the `UserFactory`, so each role gets (and keeps) the profile it needs. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly passwords: PasswordService,
  ) {}

  /** A new account; without a password it cannot sign in until its holder sets one from an emailed link. */
  async create(account: NewAccount): Promise<UserWithProfiles> {
    const { password, passwordHash: hashed, ...blueprint } = account;
    const user = UserFactory.create({ ...blueprint, id: '', status: AccountStatus.Active });
    if (password) this.passwords.assertAcceptable(password, 'password', account.email);
    const passwordHash = hashed ?? (password ? await this.passwords.hash(password) : null);
    return this.accounts.insert(user, passwordHash);
  }

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.accounts.findByEmail(email);
  }

  async get(userId: string): Promise<UserWithProfiles> {
    const found = await this.accounts.findWithProfiles(userId);
    if (!found) throw new AccountNotFound();
    return found;
  }

  list(query: UserListQuery): Promise<Page<UserWithProfiles>> {
    return this.accounts.list(query);
  }

  /** Moves a staff member to another role (the factory refuses what is not allowed); answers the account as it was. */
  async changeRole(userId: string, role: Role, doctor?: DoctorProfile): Promise<UserWithProfiles> {
    const current = await this.get(userId);
    await this.accounts.changeRole(userId, UserFactory.withRole(toDomainUser(current), role, doctor));
    return current;
  }

  async setStatus(userId: string, status: AccountStatus): Promise<void> {
    await this.get(userId);
    await this.accounts.setStatus(userId, status);
  }
}
