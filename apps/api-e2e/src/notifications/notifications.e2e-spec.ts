import { io, type Socket } from 'socket.io-client';

import { TEST_REDIS_URL } from '@healthsync/testing/services/test-services';
import { waitForEvent, waitUntil } from '@healthsync/testing/wait/wait-until';

import { ApiClient, DEMO_EMAILS } from '../support/api-client';
import { startApi } from '../support/api-process';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { dayRange, localDateAhead } from '../support/scheduling-fixtures';
import { runSql } from '../support/sql';

interface Appointment {
  id: string;
  startsAt: string;
}

describe('notifications of appointment changes', () => {
  let test: AuthTestApi;
  let patient: string;
  let doctorId: string;
  let day = 2;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    test = await startAuthTestApi({
      BOOKING_LEAD_MINUTES: '0',
      NOTIFICATIONS_POLL_MS: '100',
      REDIS_URL: TEST_REDIS_URL,
      CACHE_NAMESPACE: `hs-e2e-notify-${process.pid}`,
    });
    patient = await test.client.accessToken(DEMO_EMAILS.patient);
    doctorId = (
      await test.client.get<{ doctorId: string }>(
        '/api/v1/auth/me',
        await test.client.accessToken(DEMO_EMAILS.doctor),
      )
    ).body.doctorId;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await test.stop();
  });

  /** Books the demo doctor's first free slot on the next day that has one (the demo doctor works weekdays). */
  async function bookNext(client: ApiClient = test.client, token = patient): Promise<Appointment> {
    for (let tries = 0; tries < 7; tries += 1) {
      day += 1;
      const date = localDateAhead(day);
      const { from, to } = dayRange(date);
      const slots = await client.get<{ slots: Array<{ startsAt: string; date: string }> }>(
        `/api/v1/doctors/${doctorId}/slots?from=${from}&to=${to}`,
        token,
      );
      const slot = slots.body.slots.find((candidate) => candidate.date === date);
      if (!slot) continue;
      const body = {
        doctorId,
        startsAt: slot.startsAt,
        type: 'consultation',
        reason: 'chest pain since Tuesday',
      };
      const booked = await client.post<Appointment>('/api/v1/appointments', body, token);
      expect(booked.status).toBe(201);
      return booked.body;
    }
    throw new Error('no free slot in a week');
  }

  /** The user's notification rows about an appointment, or false while there are none yet. */
  async function notificationsOf(
    appointmentId: string,
    email: string,
  ): Promise<Array<{ id: string }> | false> {
    const rows = await runSql<{ id: string }>(
      test.databaseUrl,
      `SELECT id FROM notifications WHERE data->>'appointmentId' = $1 AND user_id = (SELECT id FROM users WHERE email = $2)`,
      [appointmentId, email],
    );
    return rows.length > 0 && rows;
  }

  function connect(baseUrl: string, token: string): Promise<Socket> {
    const socket = io(`${baseUrl}/notifications`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  it('emails the patient about a booking with the doctor, the time in the clinic zone and the clinic name — and no reason for the visit', async () => {
    test.smtp.clear();
    const appointment = await bookNext();
    const mail = await test.smtp.waitForMessage(
      (message) => message.to.includes(DEMO_EMAILS.patient) && /booked/i.test(message.subject),
      10_000,
    );
    const when = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      dateStyle: 'full',
      timeStyle: 'short',
    }).format(new Date(appointment.startsAt));
    expect(mail.subject).toContain('Test Clinic');
    expect(mail.text).toContain('Dr Dana Okafor');
    expect(mail.text).toContain(`${when} (Europe/Berlin)`);
    expect(mail.text).toContain(`http://portal.test/portal/appointments/${appointment.id}`);
    expect(`${mail.text}${mail.html}`).not.toMatch(/chest pain/i);
    await test.smtp.waitForMessage(
      (message) => message.to.includes(DEMO_EMAILS.doctor) && /booked/i.test(message.subject),
      10_000,
    );
  });

  it('pushes the notification live to the patient when the booking is made', async () => {
    const socket = await connect(test.api.baseUrl, patient);
    const received = waitForEvent<{ title: string }>(socket, 'notification', {
      description: 'the live notification of the booking',
    });
    await bookNext();
    expect((await received).title).toBe('Appointment booked');
  });

  it('keeps the in-app inbox: list, unread count, mark one read, mark all read — only one’s own', async () => {
    const appointment = await bookNext();
    await waitUntil(() => notificationsOf(appointment.id, DEMO_EMAILS.patient), {
      description: "the patient's inbox entry for the booking",
    });
    const list = await test.client.get<{
      items: Array<{ id: string; readAt: string | null }>;
      total: number;
    }>('/api/v1/notifications?unread=true', patient);
    expect(list.body.total).toBeGreaterThan(0);
    const unread = (await test.client.get<{ unread: number }>('/api/v1/notifications/unread-count', patient))
      .body.unread;
    const [first] = list.body.items;
    expect((await test.client.post(`/api/v1/notifications/${first?.id}/read`, {}, patient)).status).toBe(204);
    expect(
      (await test.client.get<{ unread: number }>('/api/v1/notifications/unread-count', patient)).body.unread,
    ).toBe(unread - 1);

    const receptionist = await test.client.accessToken(DEMO_EMAILS.receptionist);
    expect((await test.client.post(`/api/v1/notifications/${first?.id}/read`, {}, receptionist)).status).toBe(
      404,
    );
    expect((await test.client.post('/api/v1/notifications/read-all', {}, patient)).status).toBe(204);
    expect(
      (await test.client.get<{ unread: number }>('/api/v1/notifications/unread-count', patient)).body.unread,
    ).toBe(0);
  });

  it('notifies no one of a booking that was refused', async () => {
    const taken = await bookNext();
    const events = async () =>
      (
        await runSql<{ count: number }>(test.databaseUrl, `SELECT count(*)::int AS count FROM outbox_events`)
      )[0]?.count;
    const before = await events();
    const receptionist = await test.client.accessToken(DEMO_EMAILS.receptionist);
    const patients = await runSql<{ id: string }>(
      test.databaseUrl,
      `INSERT INTO patients (first_name, last_name, date_of_birth) VALUES ('Other', 'Person', '1990-01-01') RETURNING id`,
    );
    const refused = await test.client.post(
      '/api/v1/appointments',
      { doctorId, startsAt: taken.startsAt, type: 'consultation', patientId: patients[0]?.id },
      receptionist,
    );
    expect(refused.status).toBe(409);
    expect(await events()).toBe(before);
  });

  it('delivers what a stopped dispatcher left behind, once, when another instance picks it up', async () => {
    const paused = await startApi({ ...test.env, SEED_DEMO: 'false', NOTIFICATIONS_POLL_MS: '0' });
    const pausedClient = new ApiClient(paused.baseUrl);
    const appointment = await bookNext(pausedClient, await pausedClient.accessToken(DEMO_EMAILS.patient));
    await paused.stop();

    const rows = await waitUntil(
      async () => {
        const found = await runSql<{ user_id: string }>(
          test.databaseUrl,
          `SELECT user_id FROM notifications WHERE data->>'appointmentId' = $1`,
          [appointment.id],
        );
        return found.length >= 2 && found;
      },
      { description: 'the notifications of the booking left behind by the stopped dispatcher' },
    );
    expect(rows).toHaveLength(2);
    const deliveries = await runSql<{ channel: string; status: string }>(
      test.databaseUrl,
      `SELECT d.channel, d.status FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.data->>'appointmentId' = $1`,
      [appointment.id],
    );
    expect(deliveries.filter((delivery) => delivery.channel === 'email')).toHaveLength(2);
  });

  it('reaches a client of instance B for a booking made on instance A, once, with both dispatching', async () => {
    const second = await startApi({ ...test.env, SEED_DEMO: 'false' });
    try {
      const socket = await connect(second.baseUrl, patient);
      const received: string[] = [];
      socket.on('notification', (payload: { id: string }) => received.push(payload.id));
      const appointment = await bookNext();
      const [notification] = await waitUntil(() => notificationsOf(appointment.id, DEMO_EMAILS.patient), {
        description: "the patient's notification of the booking",
      });
      await waitUntil(() => received.includes(notification?.id ?? ''), {
        description: 'the live notification on instance B',
      });
      // "Once" without waiting out a window: the in_app delivery is marked delivered after its one
      // emit, so delivered with a single attempt means one emit — a second would need a second attempt.
      const inApp = await waitUntil(
        async () =>
          (
            await runSql<{ attempts: number }>(
              test.databaseUrl,
              `SELECT attempts FROM notification_deliveries WHERE notification_id = $1 AND channel = 'in_app' AND status = 'delivered'`,
              [notification?.id],
            )
          )[0],
        { description: 'the in_app delivery marked delivered' },
      );
      expect(inApp.attempts).toBe(1);
      expect(received.filter((id) => id === notification?.id)).toHaveLength(1);
      const deliveries = await runSql<{ channel: string; count: number }>(
        test.databaseUrl,
        `SELECT d.channel, count(*)::int AS count FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
         WHERE n.data->>'appointmentId' = $1 AND n.user_id = (SELECT id FROM users WHERE email = $2) GROUP BY d.channel ORDER BY d.channel`,
        [appointment.id, DEMO_EMAILS.patient],
      );
      expect(deliveries).toEqual([
        { channel: 'email', count: 1 },
        { channel: 'in_app', count: 1 },
      ]);
    } finally {
      await second.stop();
    }
  });

  it('announces appointment changes live to the staff room for the front-desk board, not to patients', async () => {
    const staff = await connect(test.api.baseUrl, await test.client.accessToken(DEMO_EMAILS.receptionist));
    const patientSocket = await connect(test.api.baseUrl, patient);
    const patientHeard: unknown[] = [];
    patientSocket.on('appointment.changed', (payload) => patientHeard.push(payload));
    const heard = new Promise<{ appointmentId: string; change: string }>((resolve) =>
      staff.once('appointment.changed', resolve),
    );
    const appointment = await bookNext();
    expect(await heard).toMatchObject({ appointmentId: appointment.id, change: 'appointment.booked' });
    expect(patientHeard).toEqual([]);
  });

  it('lists failed deliveries for admins and retries one', async () => {
    const appointment = await bookNext();
    await waitUntil(
      async () =>
        (
          await runSql(
            test.databaseUrl,
            `SELECT 1 FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.data->>'appointmentId' = $1 AND d.channel = 'email' AND d.status = 'delivered'`,
            [appointment.id],
          )
        ).length > 0,
      { description: 'the email delivery of the booking to be delivered' },
    );
    const [delivery] = await runSql<{ id: string }>(
      test.databaseUrl,
      `UPDATE notification_deliveries SET status = 'failed', last_error = 'smtp down', attempts = 5
       WHERE id = (SELECT d.id FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
                   WHERE n.data->>'appointmentId' = $1 AND d.channel = 'email' LIMIT 1) RETURNING id`,
      [appointment.id],
    );
    const admin = await test.client.accessToken(DEMO_EMAILS.admin);
    const failed = await test.client.get<{ items: Array<{ id: string; lastError: string }> }>(
      '/api/v1/admin/notifications/deliveries?status=failed&channel=email',
      admin,
    );
    expect(failed.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: delivery?.id, lastError: 'smtp down' })]),
    );
    expect(
      (await test.client.post(`/api/v1/admin/notifications/deliveries/${delivery?.id}/retry`, {}, admin))
        .status,
    ).toBe(204);
    await waitUntil(
      async () =>
        (
          await runSql<{ status: string }>(
            test.databaseUrl,
            `SELECT status FROM notification_deliveries WHERE id = $1`,
            [delivery?.id],
          )
        )[0]?.status === 'delivered',
      { description: 'the retried delivery to be delivered' },
    );
  });
});
