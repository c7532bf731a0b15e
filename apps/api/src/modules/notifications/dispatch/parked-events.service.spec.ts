import { DomainEventType } from '@healthsync/contracts/events';
import { NotificationErrorCode } from '@healthsync/contracts/notifications';

import { OutboxSignal } from '../../outbox/outbox-signal';
import { InMemoryOutboxEventsRepository } from '../testing/in-memory-outbox-events.repository';
import { ParkedEventsService } from './parked-events.service';

const reminder = {
  type: DomainEventType.AppointmentReminderDue,
  aggregateType: 'appointment' as const,
  aggregateId: '5d0c2f3e-8f0e-4d7b-9a43-3f1f3c1b2a10',
  payload: {
    appointmentId: '5d0c2f3e-8f0e-4d7b-9a43-3f1f3c1b2a10',
    doctorId: '6e1d3f4a-9a1f-4e8c-8b54-4a2a4d2c3b21',
    patientId: '7f2e4a5b-ab2a-4f9d-9c65-5b3b5e3d4c32',
    startsAt: '2031-01-01T09:00:00.000Z',
    leadMinutes: 1440,
  },
};

function setUp() {
  const outbox = new InMemoryOutboxEventsRepository();
  const signal = new OutboxSignal();
  const woken: string[] = [];
  signal.onCommitted(() => woken.push('dispatcher'));
  return { outbox, woken, service: new ParkedEventsService(outbox, signal) };
}

describe('ParkedEventsService', () => {
  it('lists parked events only, with their last error and dates as ISO strings', async () => {
    const { outbox, service } = setUp();
    const parked = outbox.add(reminder);
    outbox.add(reminder);
    await outbox.park(parked.id, 5, 'listener broke');
    const page = await service.list({ page: 1, limit: 20 });
    expect(page.total).toBe(1);
    expect(page.items).toEqual([
      expect.objectContaining({
        id: parked.id,
        type: 'appointment.reminder_due',
        attempts: 5,
        lastError: 'listener broke',
        occurredAt: parked.occurredAt.toISOString(),
        payload: reminder.payload,
      }),
    ]);
  });

  it('puts a parked event back, due now with a fresh count, and wakes the dispatcher', async () => {
    const { outbox, woken, service } = setUp();
    const parked = outbox.add(reminder);
    await outbox.park(parked.id, 5, 'listener broke');
    await service.retry(parked.id);
    expect(outbox.stored(parked.id)).toMatchObject({ parkedAt: null, attempts: 0 });
    expect(woken).toEqual(['dispatcher']);
  });

  it('refuses an event that is not parked with its own error code', async () => {
    const { outbox, woken, service } = setUp();
    const waiting = outbox.add(reminder);
    await expect(service.retry(waiting.id)).rejects.toMatchObject({
      code: NotificationErrorCode.ParkedEventNotFound,
      kind: 'not_found',
    });
    expect(woken).toEqual([]);
  });
});
