import {
  PendingRegistrationsRepository,
  type PendingRegistration,
} from '../pending-registrations.repository';

export class InMemoryPendingRegistrationsRepository extends PendingRegistrationsRepository {
  readonly registrations: Array<PendingRegistration & { usedAt: Date | null }> = [];

  async add(registration: PendingRegistration): Promise<void> {
    this.registrations.push({ ...registration, usedAt: null });
  }

  async findOpen(tokenHash: string): Promise<PendingRegistration | null> {
    return this.registrations.find((open) => open.tokenHash === tokenHash && this.isOpen(open)) ?? null;
  }

  async consume(tokenHash: string, email: string): Promise<boolean> {
    const used = this.registrations.find((open) => open.tokenHash === tokenHash && this.isOpen(open));
    if (!used) return false;
    for (const other of this.registrations)
      if (other.email.toLowerCase() === email.toLowerCase() && this.isOpen(other)) other.usedAt = new Date();
    return true;
  }

  private isOpen(registration: { usedAt: Date | null; expiresAt: Date }): boolean {
    return !registration.usedAt && registration.expiresAt > new Date();
  }
}
