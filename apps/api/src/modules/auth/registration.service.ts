import { Injectable } from '@nestjs/common';

import {
  AuthErrorCode,
  Role,
  type ConfirmRegistrationDto,
  type RegisterPatientDto,
} from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import type { RequestOrigin } from '../../common/auth/auth-context';
import { randomToken, tokenHash } from '../../common/crypto/secret-box';
import type { UserWithProfiles } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import { AuditService } from '../audit/audit.service';
import { AccountEmails, REGISTRATION_LINK_HOURS } from './account-emails';
import { accountChanged } from './auth-audit';
import { invalidLink, wrongPassword } from './auth-errors';
import { PasswordService } from './password.service';
import { PendingRegistrationsRepository, type PendingRegistration } from './pending-registrations.repository';

/**
 * Patients register in two steps, so registering never tells whether an address has an account: the
 * answer is the same either way, and only the address's holder learns which it was (by email). A new
 * address gets a link; the account exists once the link is opened with the password chosen at
 * registration (so someone who registered another person's address first cannot take the account).
 * An address that has an account gets a notice instead. Both paths check and hash the password and
 * send their email after answering, so they take about as long.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly pending: PendingRegistrationsRepository,
    private readonly passwords: PasswordService,
    private readonly emails: AccountEmails,
    private readonly audit: AuditService,
  ) {}

  async register(dto: RegisterPatientDto): Promise<void> {
    this.passwords.assertAcceptable(dto.password, 'password', dto.email);
    const passwordHash = await this.passwords.hash(dto.password);
    const existing = await this.accounts.findByEmail(dto.email);
    if (existing) {
      this.emails.inBackground((emails) => emails.sendRegistrationAttempt(existing));
      return;
    }
    const token = randomToken();
    await this.pending.add({
      tokenHash: tokenHash(token),
      email: dto.email,
      passwordHash,
      firstName: dto.firstName,
      lastName: dto.lastName,
      dateOfBirth: dto.dateOfBirth,
      phone: dto.phone ?? null,
      expiresAt: new Date(Date.now() + REGISTRATION_LINK_HOURS * 3_600_000),
    });
    this.emails.inBackground((emails) => emails.sendRegistrationLink(dto, token));
  }

  /** The password is checked before the link is used up, so a mistyped one does not waste it. */
  async confirm(dto: ConfirmRegistrationDto, origin: RequestOrigin): Promise<UserWithProfiles> {
    const hash = tokenHash(dto.token);
    const registration = await this.pending.findOpen(hash);
    if (!registration) throw invalidLink();
    if (!(await this.passwords.verify(registration.passwordHash, dto.password)))
      throw wrongPassword('password');
    if (!(await this.pending.consume(hash, registration.email))) throw invalidLink();
    const created = await this.createAccount(registration);
    await this.audit.record(accountChanged(created.user, 'auth.register', origin));
    return created;
  }

  /** An address that got an account meanwhile (another link of it, an admin) leaves this link dead. */
  private async createAccount(registration: PendingRegistration): Promise<UserWithProfiles> {
    try {
      return await this.accounts.create({
        email: registration.email,
        firstName: registration.firstName,
        lastName: registration.lastName,
        role: Role.Patient,
        patient: { dateOfBirth: registration.dateOfBirth, phone: registration.phone },
        passwordHash: registration.passwordHash,
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === AuthErrorCode.EmailTaken) throw invalidLink();
      throw error;
    }
  }
}
