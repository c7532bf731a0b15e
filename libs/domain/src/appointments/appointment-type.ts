import { DomainError } from '../errors';
import { AppointmentRuleCode } from './appointment-status';

export const APPOINTMENT_TYPE_NAMES = ['consultation', 'follow_up', 'telehealth', 'procedure'] as const;

export type AppointmentTypeName = (typeof APPOINTMENT_TYPE_NAMES)[number];

const HOUR_MS = 3_600_000;
const VIDEO_BASE_URL = 'https://meet.healthsync.invalid/';

/** A kind of visit: how long it takes, what it costs, and how late a patient may still cancel it. */
export abstract class AppointmentType {
  abstract readonly name: AppointmentTypeName;
  abstract readonly cancellationCutoffHours: number;
  /** Price as a share of the doctor's consultation fee. */
  protected abstract readonly feePercent: number;

  /** Length in minutes, from the doctor's default slot length. */
  abstract durationMinutes(defaultSlotMinutes: number): number;

  /** Fee in integer minor units, rounded half up. */
  fee(consultationFeeMinor: number): number {
    const scaled = consultationFeeMinor * this.feePercent;
    if (
      !Number.isInteger(consultationFeeMinor) ||
      consultationFeeMinor < 0 ||
      !Number.isSafeInteger(scaled)
    ) {
      throw new DomainError(
        'invalid',
        AppointmentRuleCode.InvalidFee,
        'A fee is a whole, non-negative number of minor units.',
        { consultationFeeMinor },
      );
    }
    return Math.floor((scaled + 50) / 100);
  }

  videoLink(_appointmentId: string): string | null {
    return null;
  }

  /** The last moment before which a patient may still cancel or reschedule (exclusive). */
  cancellationCutoff(startsAt: Date): Date {
    return new Date(startsAt.getTime() - this.cancellationCutoffHours * HOUR_MS);
  }
}

function slotLength(defaultSlotMinutes: number): number {
  if (!Number.isInteger(defaultSlotMinutes) || defaultSlotMinutes <= 0) {
    throw new DomainError(
      'invalid',
      AppointmentRuleCode.InvalidSlotLength,
      'A slot length is a whole, positive number of minutes.',
      { defaultSlotMinutes },
    );
  }
  return defaultSlotMinutes;
}

export class Consultation extends AppointmentType {
  readonly name = 'consultation';
  readonly cancellationCutoffHours = 24;
  protected readonly feePercent = 100;

  durationMinutes(defaultSlotMinutes: number): number {
    return slotLength(defaultSlotMinutes);
  }
}

export class FollowUp extends AppointmentType {
  readonly name = 'follow_up';
  readonly cancellationCutoffHours = 12;
  protected readonly feePercent = 60;

  /** Half a slot, rounded up to a whole minute, but never under 15 minutes. */
  durationMinutes(defaultSlotMinutes: number): number {
    return Math.max(15, Math.ceil(slotLength(defaultSlotMinutes) / 2));
  }
}

export class Telehealth extends AppointmentType {
  readonly name = 'telehealth';
  readonly cancellationCutoffHours = 2;
  protected readonly feePercent = 80;

  durationMinutes(defaultSlotMinutes: number): number {
    return slotLength(defaultSlotMinutes);
  }

  override videoLink(appointmentId: string): string {
    return VIDEO_BASE_URL + encodeURIComponent(appointmentId);
  }
}

export class Procedure extends AppointmentType {
  readonly name = 'procedure';
  readonly cancellationCutoffHours = 48;
  protected readonly feePercent = 200;

  durationMinutes(defaultSlotMinutes: number): number {
    return 2 * slotLength(defaultSlotMinutes);
  }
}

const TYPES: ReadonlyMap<string, AppointmentType> = new Map(
  [new Consultation(), new FollowUp(), new Telehealth(), new Procedure()].map((type) => [type.name, type]),
);

export function isAppointmentTypeName(name: string): name is AppointmentTypeName {
  return TYPES.has(name);
}

/** The type with this name; refuses any other name. */
export function appointmentType(name: string): AppointmentType {
  const type = TYPES.get(name);
  if (!type) {
    throw new DomainError('invalid', AppointmentRuleCode.UnknownType, `Unknown appointment type '${name}'.`, {
      type: name,
      allowed: [...APPOINTMENT_TYPE_NAMES],
    });
  }
  return type;
}
