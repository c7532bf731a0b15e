import { randomUUID } from 'node:crypto';

import { DomainEventType, type PublishedEvent } from '@healthsync/contracts/events';

import { StaffBoardListener } from './staff-board.listener';

describe('StaffBoardListener', () => {
  const listener = new StaffBoardListener();
  const appointmentId = randomUUID();
  const doctorId = randomUUID();

  it('announces every appointment change to the staff room and stores nothing', async () => {
    const event = {
      id: '7',
      type: DomainEventType.AppointmentConfirmed,
      aggregateType: 'appointment',
      aggregateId: appointmentId,
      occurredAt: new Date(),
      payload: { appointmentId, doctorId, to: 'confirmed', startsAt: '2031-01-01T09:00:00.000Z' },
    } as PublishedEvent;
    expect(await listener.handle(event)).toEqual({
      notifications: [],
      live: [
        {
          audience: 'staff',
          event: 'appointment.changed',
          payload: {
            appointmentId,
            change: 'appointment.confirmed',
            doctorId,
            status: 'confirmed',
            startsAt: '2031-01-01T09:00:00.000Z',
          },
        },
      ],
    });
  });

  it('ignores reminders, which change nothing on the board', () => {
    expect(listener.handles(DomainEventType.AppointmentReminderDue)).toBe(false);
    expect(Object.values(DomainEventType).filter((type) => listener.handles(type))).toHaveLength(8);
  });
});
