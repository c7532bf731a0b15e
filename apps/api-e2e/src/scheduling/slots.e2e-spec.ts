import { createClient } from '@redis/client';

import { TEST_REDIS_URL } from '@healthsync/testing/services/test-services';

import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import {
  createDoctors,
  createPatients,
  dayRange,
  EVERY_DAY,
  localDateAhead,
} from '../support/scheduling-fixtures';

interface SlotList {
  timeZone: string;
  slots: Array<{ startsAt: string; endsAt: string; offset: string; date: string }>;
}

/** The last Sunday of a month, the next one that is at least two days away (Europe/Berlin changes clocks then). */
function nextLastSunday(month: number): string {
  for (let year = new Date().getUTCFullYear(); ; year += 1) {
    const lastDay = new Date(Date.UTC(year, month, 0));
    const sunday = new Date(lastDay.getTime() - lastDay.getUTCDay() * 86_400_000);
    if (sunday.getTime() > Date.now() + 2 * 86_400_000) return sunday.toISOString().slice(0, 10);
  }
}

describe('free slots', () => {
  let test: AuthTestApi;
  let token: string;
  const namespace = `hs-e2e-slots-${process.pid}`;

  beforeAll(async () => {
    test = await startAuthTestApi({
      BOOKING_LEAD_MINUTES: '0',
      BOOKING_HORIZON_DAYS: '400',
      CLINIC_TIME_ZONE: 'Europe/Berlin',
      REDIS_URL: TEST_REDIS_URL,
      CACHE_NAMESPACE: namespace,
    });
    token = await test.client.accessToken(DEMO_EMAILS.receptionist);
  });
  afterAll(() => test.stop());

  const slots = async (doctorId: string, day: string) => {
    const { from, to } = dayRange(day);
    const answer = await test.client.get<SlotList>(
      `/api/v1/doctors/${doctorId}/slots?from=${from}&to=${to}`,
      token,
    );
    expect(answer.status).toBe(200);
    return answer.body.slots.filter((slot) => slot.date === day);
  };

  it('offers exactly the slots the real clock allows on the day clocks go forward', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('00:00', '04:00', 60));
    const day = nextLastSunday(3);
    const offered = await slots(doctorId as string, day);
    // 02:00 local does not exist: 00:00 and 01:00 are CET (+01:00), 03:00 is CEST (+02:00).
    expect(offered.map((slot) => `${slot.startsAt.slice(11, 16)}Z ${slot.offset}`)).toEqual([
      '23:00Z +01:00',
      '00:00Z +01:00',
      '01:00Z +02:00',
    ]);
  });

  it('offers the repeated hour twice on the day clocks go back', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('00:00', '04:00', 60));
    const day = nextLastSunday(10);
    const offered = await slots(doctorId as string, day);
    expect(offered.map((slot) => slot.offset)).toEqual(['+02:00', '+02:00', '+02:00', '+01:00', '+01:00']);
    expect(new Set(offered.map((slot) => slot.startsAt)).size).toBe(5);
  });

  it('never serves a cached list that offers a slot booked since', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '11:00'));
    const [patientId] = await createPatients(test.databaseUrl, 1);
    const day = localDateAhead(5);
    const before = await slots(doctorId as string, day);
    expect(await slots(doctorId as string, day)).toEqual(before);

    const redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
    const cachedKeys = await redis.keys(`${namespace}:cache*slots:${doctorId}*`);
    await redis.close();
    expect(cachedKeys.length).toBeGreaterThan(0);

    const taken = before[1]?.startsAt;
    const booked = await test.client.post(
      '/api/v1/appointments',
      { doctorId, startsAt: taken, type: 'consultation', patientId },
      token,
    );
    expect(booked.status).toBe(201);
    expect((await slots(doctorId as string, day)).map((slot) => slot.startsAt)).not.toContain(taken);

    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    await test.client.post(`/api/v1/doctors/${doctorId}/exceptions`, { date: day, kind: 'day_off' }, admin);
    expect(await slots(doctorId as string, day)).toEqual([]);
  });

  it('keeps the buffer free on both sides of a booking, and honours extra hours', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '11:00'), {
      bufferMinutes: 15,
    });
    const [patientId] = await createPatients(test.databaseUrl, 1);
    const day = localDateAhead(6);
    const before = await slots(doctorId as string, day);
    expect(before).toHaveLength(4);
    await test.client.post(
      '/api/v1/appointments',
      { doctorId, startsAt: before[1]?.startsAt, type: 'consultation', patientId },
      token,
    );
    // 09:00 would end less than 15 minutes before the 09:30 booking, 10:00 start less than 15 after it.
    expect((await slots(doctorId as string, day)).map((slot) => slot.startsAt)).toEqual([
      before[3]?.startsAt,
    ]);

    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    const added = await test.client.post(
      `/api/v1/doctors/${doctorId}/exceptions`,
      { date: day, kind: 'extra_hours', start: '15:00', end: '16:00', slotMinutes: 30 },
      admin,
    );
    expect(added.status).toBe(201);
    expect(await slots(doctorId as string, day)).toHaveLength(3);
  });

  it('refuses a bad range with 400 and an unknown doctor with 404', async () => {
    const [doctorId] = await createDoctors(test.databaseUrl, 1, EVERY_DAY('09:00', '10:00'));
    expect(
      (
        await test.client.get(
          `/api/v1/doctors/${doctorId}/slots?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z`,
          token,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await test.client.get(
          `/api/v1/doctors/${doctorId}/slots?from=2027-01-01T00:00:00Z&to=2027-03-01T00:00:00Z`,
          token,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await test.client.get(
          `/api/v1/doctors/6f1d3f4e-1c2b-4a5d-9e8f-7a6b5c4d3e2f/slots?from=2027-01-01T00:00:00Z&to=2027-01-02T00:00:00Z`,
          token,
        )
      ).status,
    ).toBe(404);
  });
});
