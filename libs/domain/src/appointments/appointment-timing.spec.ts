import { appointmentTiming } from './appointment-timing';
import { appointmentType } from './appointment-type';

describe('appointmentTiming', () => {
  const startsAt = new Date('2030-03-04T09:00:00Z');

  it('ends after the type’s length and keeps the doctor busy for the buffer after it', () => {
    expect(
      appointmentTiming({ defaultSlotMinutes: 30, bufferMinutes: 10 }, startsAt, 'consultation'),
    ).toEqual({
      startsAt,
      endsAt: new Date('2030-03-04T09:30:00Z'),
      busyUntil: new Date('2030-03-04T09:40:00Z'),
    });
  });

  it('takes each type’s length from the default slot length', () => {
    for (const type of ['follow_up', 'telehealth', 'procedure'] as const) {
      const { endsAt, busyUntil } = appointmentTiming(
        { defaultSlotMinutes: 20, bufferMinutes: 0 },
        startsAt,
        type,
      );
      expect(endsAt.getTime() - startsAt.getTime()).toBe(appointmentType(type).durationMinutes(20) * 60_000);
      expect(busyUntil).toEqual(endsAt);
    }
  });
});
