import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { AvailabilityExceptionDto, AvailabilityRuleDto, UpdateDoctorProfileDto } from './doctors.dto';
import {
  BUFFER_MINUTES_MAX,
  CONSULTATION_FEE_MINOR_MAX,
  DAILY_CAP_MAX,
  MAX_SLOT_MINUTES,
  MIN_NOTICE_MINUTES_MAX,
  MIN_SLOT_MINUTES,
} from './scheduling-limits';

const failing = (cls: new () => object, plain: object, field: string) =>
  validateSync(plainToInstance(cls, plain) as object).some((error) => error.property === field);

describe('scheduling limits', () => {
  const rule = { weekday: 1, start: '08:00', end: '12:00' };
  const exception = { date: '2030-01-07', kind: 'extra_hours', start: '08:00', end: '12:00' };

  it.each([
    ['AvailabilityRuleDto', AvailabilityRuleDto, rule],
    ['AvailabilityExceptionDto', AvailabilityExceptionDto, exception],
    ['UpdateDoctorProfileDto', UpdateDoctorProfileDto, {}],
  ] as const)('%s takes slot lengths from MIN_SLOT_MINUTES to MAX_SLOT_MINUTES', (_, cls, base) => {
    const field = cls === UpdateDoctorProfileDto ? 'defaultSlotMinutes' : 'slotMinutes';
    expect(failing(cls, { ...base, [field]: MIN_SLOT_MINUTES - 1 }, field)).toBe(true);
    expect(failing(cls, { ...base, [field]: MIN_SLOT_MINUTES }, field)).toBe(false);
    expect(failing(cls, { ...base, [field]: MAX_SLOT_MINUTES }, field)).toBe(false);
    expect(failing(cls, { ...base, [field]: MAX_SLOT_MINUTES + 1 }, field)).toBe(true);
  });

  it.each([
    ['bufferMinutes', BUFFER_MINUTES_MAX],
    ['minNoticeMinutes', MIN_NOTICE_MINUTES_MAX],
    ['dailyCap', DAILY_CAP_MAX],
    ['consultationFeeMinor', CONSULTATION_FEE_MINOR_MAX],
  ])('a doctor profile takes %s up to its named maximum', (field, max) => {
    expect(failing(UpdateDoctorProfileDto, { [field]: max }, field)).toBe(false);
    expect(failing(UpdateDoctorProfileDto, { [field]: max + 1 }, field)).toBe(true);
  });

  // The portal's inputs state the same bounds as the DTOs: by name, so that they cannot drift apart.
  it('the portal forms of doctors use the named limits, not numeric literals', () => {
    const dir = join(__dirname, '../../../../apps/web/components/doctors');
    const literals = readdirSync(dir)
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) =>
        [...readFileSync(join(dir, file), 'utf8').matchAll(/\b(min|max)=\{(?![01]\})\d[\d_]*\}/g)].map(
          ([literal]) => `${file}: ${literal}`,
        ),
      );
    expect(literals).toEqual([]);
  });
});
