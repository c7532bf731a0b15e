import type { RegisterPatientDto } from '@healthsync/contracts/auth';

import type { UserRecord } from '../../accounts/accounts.repository';
import { AccountEmails } from '../account-emails';

export interface SentEmail {
  kind: string;
  to: string;
}

/** Keeps which email would go to whom; background sends run at once. */
export class RecordingAccountEmails extends AccountEmails {
  readonly sent: SentEmail[] = [];
  /** The token of the last registration link sent to each address. */
  readonly registrationTokens = new Map<string, string>();

  constructor() {
    super(undefined as never, undefined as never, undefined as never, undefined as never);
  }

  override inBackground(send: (emails: this) => Promise<void>): void {
    void send(this);
  }

  override async sendPasswordReset(user: UserRecord): Promise<void> {
    this.sent.push({ kind: 'password_reset', to: user.email });
  }

  override async sendInvitation(user: UserRecord): Promise<void> {
    this.sent.push({ kind: 'invitation', to: user.email });
  }

  override async sendLockedNotice(user: UserRecord): Promise<void> {
    this.sent.push({ kind: 'locked', to: user.email });
  }

  override async sendPasswordChanged(user: UserRecord): Promise<void> {
    this.sent.push({ kind: 'password_changed', to: user.email });
  }

  override async sendRegistrationLink(
    registration: Pick<RegisterPatientDto, 'email'>,
    token: string,
  ): Promise<void> {
    this.sent.push({ kind: 'registration_link', to: registration.email });
    this.registrationTokens.set(registration.email, token);
  }

  override async sendRegistrationAttempt(user: UserRecord): Promise<void> {
    this.sent.push({ kind: 'registration_attempt', to: user.email });
  }

  override async sendSecondFactorChanged(user: UserRecord, enabled: boolean): Promise<void> {
    this.sent.push({ kind: enabled ? 'second_factor_on' : 'second_factor_off', to: user.email });
  }

  kinds(): string[] {
    return this.sent.map((email) => email.kind);
  }
}
