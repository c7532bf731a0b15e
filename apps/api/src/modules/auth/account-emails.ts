import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';

import { randomToken, tokenHash } from '../../common/crypto/secret-box';
import { LOGGER } from '../../common/logging/logger.token';
import { AppConfig } from '../../config/app-config';
import type { UserRecord } from '../accounts/accounts.repository';
import { MailService } from '../mail/mail.service';
import {
  accountInvitationMail,
  accountLockedMail,
  passwordChangedMail,
  passwordResetMail,
  registrationAttemptMail,
  registrationConfirmMail,
  secondFactorChangedMail,
} from '../mail/mail-templates';
import { OneTimeTokensRepository, type OneTimeTokenPurpose } from './one-time-tokens.repository';

export const RESET_TOKEN_MINUTES = 30;
const INVITATION_HOURS = 72;
const UNLOCK_LINK_HOURS = 24;
export const REGISTRATION_LINK_HOURS = 24;

const nameOf = (user: Pick<UserRecord, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`;

/** The emails about an account; links carry a single-use token whose hash alone is stored. */
@Injectable()
export class AccountEmails {
  constructor(
    private readonly mail: MailService,
    private readonly links: OneTimeTokensRepository,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Sends after the caller has answered: the answer then takes as long whether or not an email goes
   * out (so it tells nothing about the account), and a notice that cannot be sent is logged without
   * undoing the change it reports.
   */
  inBackground(send: (emails: this) => Promise<void>): void {
    send(this).catch((error: unknown) => {
      this.logger.error({ err: { message: (error as Error).message } }, 'account email not sent');
    });
  }

  async sendPasswordReset(user: UserRecord): Promise<void> {
    const link = await this.linkWithToken(user, 'password_reset', RESET_TOKEN_MINUTES * 60_000);
    const content = passwordResetMail({
      clinicName: this.config.clinicName,
      recipientName: nameOf(user),
      link,
      validForMinutes: RESET_TOKEN_MINUTES,
      secondFactorOn: user.totpEnabledAt !== null,
    });
    await this.mail.send({ to: user.email, ...content });
  }

  async sendInvitation(user: UserRecord): Promise<void> {
    const link = await this.linkWithToken(user, 'invitation', INVITATION_HOURS * 3_600_000);
    const content = accountInvitationMail({
      clinicName: this.config.clinicName,
      recipientName: nameOf(user),
      role: user.role,
      link,
      validForHours: INVITATION_HOURS,
    });
    await this.mail.send({ to: user.email, ...content });
  }

  /** The lock applies to new devices only; the email carries a single-use link that lifts it. */
  async sendLockedNotice(user: UserRecord, lockedForMinutes: number): Promise<void> {
    const token = await this.createToken(user, 'account_unlock', UNLOCK_LINK_HOURS * 3_600_000);
    const content = accountLockedMail({
      clinicName: this.config.clinicName,
      recipientName: nameOf(user),
      lockedForMinutes,
      unlockLink: `${this.config.portalUrl}/login?unlock=${token}`,
      resetLink: `${this.config.portalUrl}/forgot-password`,
    });
    await this.mail.send({ to: user.email, ...content });
  }

  async sendPasswordChanged(user: UserRecord): Promise<void> {
    await this.mail.send({
      to: user.email,
      ...passwordChangedMail({ clinicName: this.config.clinicName, recipientName: nameOf(user) }),
    });
  }

  /** To a new address: the link (whose token the caller stored) that turns the registration into an account. */
  async sendRegistrationLink(
    registration: Pick<UserRecord, 'email' | 'firstName' | 'lastName'>,
    token: string,
  ): Promise<void> {
    const content = registrationConfirmMail({
      clinicName: this.config.clinicName,
      recipientName: nameOf(registration),
      link: `${this.config.portalUrl}/register/confirm?token=${token}`,
      validForHours: REGISTRATION_LINK_HOURS,
    });
    await this.mail.send({ to: registration.email, ...content });
  }

  /** To the owner of an address someone tried to register again. */
  async sendRegistrationAttempt(user: UserRecord): Promise<void> {
    const content = registrationAttemptMail({
      clinicName: this.config.clinicName,
      recipientName: nameOf(user),
      signInLink: `${this.config.portalUrl}/login`,
      resetLink: `${this.config.portalUrl}/forgot-password`,
    });
    await this.mail.send({ to: user.email, ...content });
  }

  async sendSecondFactorChanged(user: UserRecord, enabled: boolean): Promise<void> {
    await this.mail.send({
      to: user.email,
      ...secondFactorChangedMail({
        clinicName: this.config.clinicName,
        recipientName: nameOf(user),
        enabled,
      }),
    });
  }

  private async linkWithToken(
    user: UserRecord,
    purpose: OneTimeTokenPurpose,
    lifetimeMs: number,
  ): Promise<string> {
    return `${this.config.portalUrl}/reset-password?token=${await this.createToken(user, purpose, lifetimeMs)}`;
  }

  private async createToken(
    user: UserRecord,
    purpose: OneTimeTokenPurpose,
    lifetimeMs: number,
  ): Promise<string> {
    const token = randomToken();
    await this.links.create(user.id, purpose, tokenHash(token), new Date(Date.now() + lifetimeMs));
    return token;
  }
}
