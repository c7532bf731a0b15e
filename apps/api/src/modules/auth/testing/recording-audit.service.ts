import { AuditService, type AuditEvent } from '../../audit/audit.service';

/** Keeps what would go on the audit trail. */
export class RecordingAuditService extends AuditService {
  readonly events: AuditEvent[] = [];

  constructor() {
    super(undefined as never, undefined as never);
  }

  override async record(event: AuditEvent): Promise<void> {
    this.events.push(event);
  }

  /** `action/outcome` of each entry, in order. */
  actions(): string[] {
    return this.events.map((event) => `${event.action}/${event.outcome}`);
  }
}
