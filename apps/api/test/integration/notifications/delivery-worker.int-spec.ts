import type { DataSource } from 'typeorm';

import { createLogger } from '../../../src/common/logging/logger';
import { AppConfig } from '../../../src/config/app-config';
import {
  PermanentDeliveryFailure,
  type ChannelName,
} from '../../../src/modules/notifications/channels/notification-channel';
import { TypeOrmUserContacts } from '../../../src/modules/accounts/typeorm-user-contacts.repository';
import { DeliveryWorker, MAX_ATTEMPTS } from '../../../src/modules/notifications/delivery/delivery-worker';
import { TypeOrmDeliveriesRepository } from '../../../src/modules/notifications/delivery/typeorm-deliveries.repository';
import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';
import { recordingChannels } from '../../../src/modules/notifications/testing/recording-channel';

describe('DeliveryWorker against PostgreSQL', () => {
  let db: DataSource;
  let userId: string;
  const channels = recordingChannels();
  let worker: DeliveryWorker;

  beforeAll(async () => {
    db = await openDataSource(integrationDatabaseUrl());
    const [user] = (await db.query(
      `INSERT INTO users (email, role, first_name, last_name) VALUES ($1, 'patient', 'Nora', 'Note') RETURNING id`,
      [`worker-${Date.now()}@example.test`],
    )) as Array<{ id: string }>;
    userId = user?.id ?? '';
    const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', PORTAL_URL: 'http://portal.test' });
    worker = workerOver(db, config);
  });
  afterAll(() => db.destroy());

  const workerOver = (source: DataSource, config: AppConfig) =>
    new DeliveryWorker(
      new TypeOrmDeliveriesRepository(source.manager),
      new TypeOrmUserContacts(source.manager),
      Object.values(channels),
      config,
      createLogger('silent'),
    );

  async function queue(channel: ChannelName): Promise<{ notificationId: string; deliveryId: string }> {
    const [notification] = (await db.query(
      `INSERT INTO notifications (user_id, category, type, title, body, link) VALUES ($1, 'appointments', 'test', 'Hello', 'World', '/portal/x') RETURNING id`,
      [userId],
    )) as Array<{ id: string }>;
    const [delivery] = (await db.query(
      `INSERT INTO notification_deliveries (notification_id, channel) VALUES ($1, $2) RETURNING id`,
      [notification?.id, channel],
    )) as Array<{ id: string }>;
    return { notificationId: notification?.id ?? '', deliveryId: delivery?.id ?? '' };
  }

  const deliveryRow = async (id: string) =>
    (
      (await db.query(
        `SELECT status, attempts, last_error, next_attempt_at FROM notification_deliveries WHERE id = $1`,
        [id],
      )) as Array<{
        status: string;
        attempts: number;
        last_error: string | null;
        next_attempt_at: Date;
      }>
    )[0];

  it('delivers a due delivery once, with an absolute portal link', async () => {
    const { deliveryId } = await queue('email');
    expect(await worker.deliverDue()).toBeGreaterThanOrEqual(1);
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(channels.email.delivered.at(-1)).toMatchObject({
      title: 'Hello',
      link: 'http://portal.test/portal/x',
      recipient: { name: 'Nora Note' },
    });
    const before = channels.email.delivered.length;
    await worker.deliverDue();
    expect(channels.email.delivered).toHaveLength(before);
  });

  it('retries with growing backoff, fails after the last attempt, then falls back to the next channel', async () => {
    channels.push.failWith = new Error('push service unavailable');
    const { deliveryId, notificationId } = await queue('push');
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await db.query(
        `UPDATE notification_deliveries SET next_attempt_at = now() WHERE id = $1 AND status = 'pending'`,
        [deliveryId],
      );
      const before = Date.now();
      await worker.deliverDue();
      const row = await deliveryRow(deliveryId);
      expect(row?.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row?.status).toBe('pending');
        waits.push(new Date(row?.next_attempt_at ?? 0).getTime() - before);
      }
    }
    expect(await deliveryRow(deliveryId)).toMatchObject({
      status: 'failed',
      last_error: 'push service unavailable',
    });
    for (let index = 1; index < waits.length; index += 1)
      expect(waits[index]).toBeGreaterThan(waits[index - 1] ?? 0);

    const fallback = (await db.query(
      `SELECT channel, status FROM notification_deliveries WHERE notification_id = $1 AND channel = 'sms'`,
      [notificationId],
    )) as Array<{ status: string }>;
    expect(fallback).toEqual([{ channel: 'sms', status: 'pending' }]);
    channels.push.failWith = null;
  });

  it('does not retry a permanent failure', async () => {
    channels.sms.failWith = new PermanentDeliveryFailure('no phone number');
    const { deliveryId } = await queue('sms');
    await worker.deliverDue();
    expect(await deliveryRow(deliveryId)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'no phone number',
    });
    channels.sms.failWith = null;
  });

  it('takes a delivery over when the lease of a crashed sender lapses', async () => {
    const { deliveryId } = await queue('email');
    await db.query(
      `UPDATE notification_deliveries SET status = 'sending', attempts = 1, lease_until = now() - interval '1 second' WHERE id = $1`,
      [deliveryId],
    );
    await worker.deliverDue();
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('lets two workers share the queue without sending anything twice', async () => {
    const queued = await Promise.all(Array.from({ length: 30 }, () => queue('email')));
    const before = channels.email.delivered.length;
    const second = workerOver(db, AppConfig.fromEnvironment({ NODE_ENV: 'test' }));
    await Promise.all([
      worker.deliverDue(10),
      second.deliverDue(10),
      worker.deliverDue(10),
      second.deliverDue(10),
    ]);
    while ((await worker.deliverDue()) > 0);
    const sent = channels.email.delivered.slice(before).map((notification) => notification.notificationId);
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent).toEqual(expect.arrayContaining(queued.map((entry) => entry.notificationId)));
  });
});
