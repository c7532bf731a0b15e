import { randomUUID } from 'node:crypto';

import { AppointmentErrorCode } from '@healthsync/contracts/scheduling';
import { AppointmentStatus } from '@healthsync/domain/appointments';

import type { AppCache } from '../../../cache/app-cache';
import { schedulingFixture, slotAt } from '../testing/scheduling-fixture';
import { SlotsService } from './slots.service';

describe('SlotsService', () => {
  let world: ReturnType<typeof schedulingFixture>;

  beforeEach(() => {
    world = schedulingFixture();
  });

  const free = (from: Date, to: Date) =>
    world.slots
      .freeSlots(world.doctor.doctor.id, from, to)
      .then((slots) => slots.map((slot) => slot.startsAt));

  it("offers the doctor's availability in half-hour slots, as UTC instants with the clinic's offset and date", async () => {
    const slots = await world.slots.freeSlots(world.doctor.doctor.id, slotAt(2, 9), slotAt(2, 10));

    expect(slots).toEqual([
      {
        startsAt: slotAt(2, 9).toISOString(),
        endsAt: new Date(slotAt(2, 9).getTime() + 30 * 60_000).toISOString(),
        offset: '+00:00',
        date: slotAt(2, 9).toISOString().slice(0, 10),
      },
      expect.objectContaining({ startsAt: new Date(slotAt(2, 9).getTime() + 30 * 60_000).toISOString() }),
    ]);
  });

  it('leaves out booked appointments and live holds, but not lapsed holds or cancelled visits', async () => {
    world.existing({ startsAt: slotAt(2, 9) });
    world.existing({
      startsAt: slotAt(2, 10),
      status: AppointmentStatus.Held,
      holdExpiresAt: new Date(Date.now() + 60_000),
    });
    world.existing({
      startsAt: slotAt(2, 11),
      status: AppointmentStatus.Held,
      holdExpiresAt: new Date(Date.now() - 1),
    });
    world.existing({ startsAt: slotAt(2, 12), status: AppointmentStatus.Cancelled });

    const slots = await free(slotAt(2, 9), slotAt(2, 13));

    expect(slots).not.toContain(slotAt(2, 9).toISOString());
    expect(slots).not.toContain(slotAt(2, 10).toISOString());
    expect(slots).toContain(slotAt(2, 11).toISOString());
    expect(slots).toContain(slotAt(2, 12).toISOString());
  });

  it('answers 404 for an unknown doctor and 400 for a range that runs backwards', async () => {
    await expect(world.slots.freeSlots(randomUUID(), slotAt(2, 9), slotAt(2, 10))).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(
      world.slots.freeSlots(world.doctor.doctor.id, slotAt(2, 10), slotAt(2, 9)),
    ).rejects.toMatchObject({
      kind: 'invalid',
      details: { errors: [{ field: 'to', message: 'to must be after from.' }] },
    });
  });

  it('caches slot lists under the schedule version, so a bump makes them stale', async () => {
    const keys: string[] = [];
    const stored = new Map<string, unknown>();
    const cache = {
      getOrLoad: async <T>(key: string, load: () => Promise<T>) => {
        keys.push(key);
        if (!stored.has(key)) stored.set(key, await load());
        return stored.get(key) as T;
      },
    } as AppCache;
    const slots = new SlotsService(world.doctors, world.appointments, cache, world.config);
    const free = (from: Date, to: Date) => slots.freeSlots(world.doctor.doctor.id, from, to);

    await free(slotAt(2, 9), slotAt(2, 10));
    await world.doctorsRepository.bumpScheduleVersion(world.doctor.doctor.id);
    await free(slotAt(2, 9), slotAt(2, 10));

    expect(keys.map((key) => key.split(':')[2])).toEqual(['1', '2']);
  });

  describe('requireFreeSlot', () => {
    it('gives the doctor and the instant of a free slot', async () => {
      const slot = await world.slots.requireFreeSlot(
        world.doctor.doctor.id,
        slotAt(2, 9).toISOString(),
        'consultation',
      );

      expect(slot).toEqual({ doctor: world.doctor, startsAt: slotAt(2, 9) });
    });

    it('refuses a taken slot, a time off the grid, a time outside availability and a non-instant', async () => {
      world.existing({ startsAt: slotAt(2, 9) });
      const refused = ['T09', 'T09:10', 'T20:00', ''].map((time) => {
        const day = slotAt(2, 9).toISOString().slice(0, 10);
        const startsAt = time === 'T09' ? slotAt(2, 9).toISOString() : time ? `${day}${time}:00Z` : 'soon';
        return world.slots.requireFreeSlot(world.doctor.doctor.id, startsAt, 'consultation');
      });

      for (const attempt of refused) {
        await expect(attempt).rejects.toMatchObject({ code: AppointmentErrorCode.SlotUnavailable });
      }
    });

    it('ignores the appointment being moved', async () => {
      const moving = world.existing({ startsAt: slotAt(2, 9) });

      await expect(
        world.slots.requireFreeSlot(
          world.doctor.doctor.id,
          slotAt(2, 9).toISOString(),
          'consultation',
          moving.id,
        ),
      ).resolves.toMatchObject({ startsAt: slotAt(2, 9) });
    });
  });
});
