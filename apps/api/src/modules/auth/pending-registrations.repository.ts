/** A patient's registration until its emailed link confirms it. */
export interface PendingRegistration {
  tokenHash: string;
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string | null;
  expiresAt: Date;
}

/** Registrations waiting for their emailed link. */
export abstract class PendingRegistrationsRepository {
  abstract add(registration: PendingRegistration): Promise<void>;
  /** The registration of a link that is valid now, without using it up. */
  abstract findOpen(tokenHash: string): Promise<PendingRegistration | null>;
  /**
   * Uses up the link, and every other open registration of the same address with it (only one can
   * become the account). True only for the caller that used the link: two racing uses, one wins.
   */
  abstract consume(tokenHash: string, email: string): Promise<boolean>;
}
