import { DomainError } from '../errors';
import {
  APPOINTMENT_TYPE_NAMES,
  AppointmentType,
  Consultation,
  FollowUp,
  Procedure,
  Telehealth,
  appointmentType,
  isAppointmentTypeName,
} from './appointment-type';

describe('appointmentType', () => {
  it.each([
    ['consultation', Consultation],
    ['follow_up', FollowUp],
    ['telehealth', Telehealth],
    ['procedure', Procedure],
  ])('finds %s', (name, kind) => {
    const type = appointmentType(name);
    expect(type).toBeInstanceOf(kind);
    expect(type).toBeInstanceOf(AppointmentType);
    expect(type.name).toBe(name);
    expect(isAppointmentTypeName(name)).toBe(true);
  });

  it('lists every name', () => {
    expect(APPOINTMENT_TYPE_NAMES).toEqual(['consultation', 'follow_up', 'telehealth', 'procedure']);
  });

  it.each(['surgery', 'Consultation', '', 'toString', '__proto__'])('refuses %j', (name) => {
    expect(isAppointmentTypeName(name)).toBe(false);
    expect(() => appointmentType(name)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'APPOINTMENT.UNKNOWN_TYPE' }),
    );
  });
});

describe('durations', () => {
  it.each([
    ['consultation', 30, 30],
    ['consultation', 45, 45],
    ['follow_up', 30, 15],
    ['follow_up', 20, 15],
    ['follow_up', 40, 20],
    ['follow_up', 45, 23],
    ['follow_up', 60, 30],
    ['telehealth', 30, 30],
    ['telehealth', 20, 20],
    ['procedure', 30, 60],
    ['procedure', 45, 90],
  ])('a %s with %i-minute default slots lasts %i minutes', (name, slot, expected) => {
    expect(appointmentType(name).durationMinutes(slot)).toBe(expected);
  });

  it.each([0, -30, 12.5, Number.NaN])('refuses a default slot of %s', (slot) => {
    expect(() => appointmentType('consultation').durationMinutes(slot)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'APPOINTMENT.INVALID_SLOT_LENGTH' }),
    );
  });
});

describe('fees', () => {
  it.each([
    ['consultation', 5000, 5000],
    ['follow_up', 5000, 3000],
    ['telehealth', 5000, 4000],
    ['procedure', 5000, 10000],
    ['follow_up', 1, 1], // 0.6 rounds up
    ['follow_up', 2, 1], // 1.2 rounds down
    ['telehealth', 3, 2], // 2.4
    ['follow_up', 3333, 2000], // 1999.8
    ['telehealth', 5, 4], // exactly 4
    ['follow_up', 25, 15], // exactly 15
    ['telehealth', 6, 5], // 4.8
    ['follow_up', 5, 3], // exactly 3
    ['telehealth', 9, 7], // 7.2
    ['consultation', 0, 0],
  ])('a %s on a %i consultation fee costs %i', (name, base, expected) => {
    expect(appointmentType(name).fee(base)).toBe(expected);
  });

  it('rounds to the nearest minor unit for every share', () => {
    const shares = { consultation: 1, follow_up: 0.6, telehealth: 0.8, procedure: 2 };
    for (let base = 0; base <= 2000; base += 1) {
      for (const name of APPOINTMENT_TYPE_NAMES) {
        expect(appointmentType(name).fee(base)).toBe(Math.round(base * shares[name]));
      }
    }
  });

  it('rounds a half up (no built-in share lands on one, so a half-price type shows it)', () => {
    class HalfPrice extends AppointmentType {
      readonly name = 'consultation';
      readonly cancellationCutoffHours = 24;
      protected readonly feePercent = 50;

      durationMinutes(defaultSlotMinutes: number): number {
        return defaultSlotMinutes;
      }
    }
    expect(new HalfPrice().fee(1)).toBe(1);
    expect(new HalfPrice().fee(3)).toBe(2);
    expect(new HalfPrice().fee(4)).toBe(2);
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER])('refuses a base fee of %s', (base) => {
    expect(() => appointmentType('procedure').fee(base)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'APPOINTMENT.INVALID_FEE' }),
    );
  });
});

describe('cut-offs and video links', () => {
  it.each([
    ['consultation', 24, null],
    ['follow_up', 12, null],
    ['telehealth', 2, 'https://meet.healthsync.invalid/4f5c2a9e-1b7d-4c3a-9e2f-0a1b2c3d4e5f'],
    ['procedure', 48, null],
  ])('a %s has a %i-hour cut-off and video link %s', (name, hours, link) => {
    const type = appointmentType(name);
    expect(type.cancellationCutoffHours).toBe(hours);
    expect(type.cancellationCutoff(new Date('2026-06-10T09:00:00Z'))).toEqual(
      new Date(Date.parse('2026-06-10T09:00:00Z') - hours * 3_600_000),
    );
    expect(type.videoLink('4f5c2a9e-1b7d-4c3a-9e2f-0a1b2c3d4e5f')).toBe(link);
  });

  it('escapes an id in the link', () => {
    expect(appointmentType('telehealth').videoLink('a/b?c')).toBe(
      'https://meet.healthsync.invalid/a%2Fb%3Fc',
    );
  });

  it('is a DomainError family', () => {
    expect(() => appointmentType('x')).toThrow(DomainError);
  });
});
