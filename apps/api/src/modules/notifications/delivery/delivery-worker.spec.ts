import { randomUUID } from 'node:crypto';

import { createLogger } from '../../../common/logging/logger';
import { AppConfig } from '../../../config/app-config';
import { UserContacts, type UserContact } from '../../accounts/user-contacts.repository';
import { PermanentDeliveryFailure, type ChannelName } from '../channels/notification-channel';
import { InMemoryDeliveriesRepository } from '../testing/in-memory-deliveries.repository';
import type { ClaimedDelivery } from './deliveries.repository';
import { DeliveryWorker, MAX_ATTEMPTS } from './delivery-worker';
import { recordingChannels } from '../testing/recording-channel';

class FakeContacts extends UserContacts {
  readonly byUser = new Map<string, UserContact>();

  async contactsOf(userIds: readonly string[]): Promise<Map<string, UserContact>> {
    return new Map(
      userIds.flatMap((id) => (this.byUser.has(id) ? [[id, this.byUser.get(id) as UserContact]] : [])),
    );
  }
}

function setUp() {
  const deliveries = new InMemoryDeliveriesRepository();
  const contacts = new FakeContacts();
  const channels = recordingChannels();
  const worker = new DeliveryWorker(
    deliveries,
    contacts,
    Object.values(channels),
    AppConfig.fromEnvironment({ NODE_ENV: 'test', PORTAL_URL: 'http://portal.test' }),
    createLogger('silent'),
  );
  const claim = (changes: Partial<ClaimedDelivery> & { channel: ChannelName }): ClaimedDelivery => {
    const userId = changes.userId ?? randomUUID();
    contacts.byUser.set(userId, { name: 'Nora Note', email: 'nora@example.test', phone: '+4915100000000' });
    const delivery: ClaimedDelivery = {
      id: randomUUID(),
      notificationId: randomUUID(),
      attempts: 1,
      userId,
      category: 'appointments',
      type: 'appointment.booked',
      title: 'Hello',
      body: 'World',
      link: '/portal/x',
      preferredPhone: null,
      ...changes,
    };
    deliveries.claimable.push(delivery);
    return delivery;
  };
  return { deliveries, contacts, channels, worker, claim };
}

describe('DeliveryWorker', () => {
  it('delivers with an absolute portal link and the recipient’s contact details', async () => {
    const { deliveries, channels, worker, claim } = setUp();
    const delivery = claim({ channel: 'email' });
    expect(await worker.deliverDue()).toBe(1);
    expect(channels.email.delivered).toEqual([
      expect.objectContaining({
        link: 'http://portal.test/portal/x',
        recipient: { name: 'Nora Note', email: 'nora@example.test', phone: '+4915100000000' },
      }),
    ]);
    expect(deliveries.record(delivery.id)?.status).toBe('delivered');
  });

  it('texts the phone number of the notification preferences before the patient profile’s', async () => {
    const { channels, worker, claim } = setUp();
    claim({ channel: 'sms', preferredPhone: '+4917600000000' });
    await worker.deliverDue();
    expect(channels.sms.delivered[0]?.recipient.phone).toBe('+4917600000000');
  });

  it('retries a passing failure later, and fails it for good after the last attempt, falling back to the next channel', async () => {
    const { deliveries, channels, worker, claim } = setUp();
    channels.push.failWith = new Error('push service unavailable');
    const early = claim({ channel: 'push', attempts: 1 });
    const last = claim({ channel: 'push', attempts: MAX_ATTEMPTS });
    await worker.deliverDue();
    expect(deliveries.record(early.id)).toMatchObject({
      status: 'pending',
      lastError: 'push service unavailable',
    });
    expect(deliveries.record(early.id)?.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now());
    expect(deliveries.record(last.id)?.status).toBe('failed');
    expect(deliveries.records.filter((record) => record.notificationId === last.notificationId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ channel: 'sms', status: 'pending' })]),
    );
    expect(
      deliveries.records.some(
        (record) => record.notificationId === early.notificationId && record.channel === 'sms',
      ),
    ).toBe(false);
  });

  it('does not retry a permanent failure', async () => {
    const { deliveries, channels, worker, claim } = setUp();
    channels.email.failWith = new PermanentDeliveryFailure('recipient has no email address');
    const delivery = claim({ channel: 'email' });
    await worker.deliverDue();
    expect(deliveries.record(delivery.id)).toMatchObject({
      status: 'failed',
      lastError: 'recipient has no email address',
    });
  });
});
