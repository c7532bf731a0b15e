import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:net';

import type { DataSource } from 'typeorm';
import { generateVAPIDKeys } from 'web-push';

import { freePort } from '@healthsync/testing/services/free-port';
import { HttpRecorder, type RecordedRequest } from '@healthsync/testing/services/http-recorder';
import { SmtpTestServer } from '@healthsync/testing/services/smtp-test-server';

import { createLogger } from '../../../src/common/logging/logger';
import type { OutgoingPost } from '../../../src/common/net/public-https';
import { AppConfig } from '../../../src/config/app-config';
import { MailService } from '../../../src/modules/mail/mail.service';
import { EmailChannel } from '../../../src/modules/notifications/channels/email.channel';
import {
  type OutgoingNotification,
  PermanentDeliveryFailure,
} from '../../../src/modules/notifications/channels/notification-channel';
import type { PushSubscriptionsRepository } from '../../../src/modules/notifications/channels/push-subscriptions.repository';
import { TypeOrmPushSubscriptionsRepository } from '../../../src/modules/notifications/channels/typeorm-push-subscriptions.repository';
import { PushChannel } from '../../../src/modules/notifications/channels/push.channel';
import { SmsChannel } from '../../../src/modules/notifications/channels/sms.channel';
import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';
import { type BrowserKeys, decryptWebPush } from './web-push-decrypt';

const link = 'https://portal.clinic.test/appointments/7f0c2a4e-8d4b-4c1e-9a57-3e1f2b6d9c10';

function notification(overrides: Partial<OutgoingNotification> = {}): OutgoingNotification {
  return {
    notificationId: randomUUID(),
    userId: randomUUID(),
    category: 'appointments',
    type: 'appointment.confirmed',
    title: 'Appointment confirmed',
    body: 'Your appointment on 3 March at 10:00 is confirmed.',
    link,
    recipient: { name: 'Ada Lovelace', email: 'ada@patients.test', phone: '+4915112345678' },
    ...overrides,
  };
}

function config(env: Record<string, string>): AppConfig {
  return AppConfig.fromEnvironment({ NODE_ENV: 'test', CLINIC_NAME: 'Test Clinic', ...env });
}

function form(request: RecordedRequest): URLSearchParams {
  return new URLSearchParams(request.body.toString('utf8'));
}

describe('EmailChannel', () => {
  let smtp: SmtpTestServer;
  let mail: MailService;
  let channel: EmailChannel;

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    const settings = config({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'no-reply@clinic.test',
    });
    mail = new MailService(settings, createLogger('silent'));
    channel = new EmailChannel(mail, settings);
  });
  afterAll(async () => {
    mail.close();
    await smtp.close();
  });

  it('sends the title as subject, the body as given and the link', async () => {
    const sent = notification({ title: 'Appointment <confirmed>' });

    await channel.deliver(sent);

    const received = await smtp.waitForMessage((message) => message.to.includes('ada@patients.test'));
    expect(received.subject).toBe('Appointment <confirmed> — Test Clinic');
    expect(received.text).toContain(sent.body);
    expect(received.text).toContain(link);
    expect(received.html).toContain(`href="${link}"`);
    expect(received.html).toContain('Appointment &lt;confirmed&gt;');
    const paragraphs = received.text.trim().split(/\n\n/);
    expect(paragraphs).toEqual([
      'Hello Ada Lovelace,',
      'Appointment <confirmed>',
      sent.body,
      `Open the portal: ${link}`,
      'Test Clinic',
    ]);
  });

  it('fails permanently without an email address', async () => {
    const sent = notification({ recipient: { name: 'Ada', email: null, phone: null } });

    await expect(channel.deliver(sent)).rejects.toBeInstanceOf(PermanentDeliveryFailure);
  });
});

describe('SmsChannel', () => {
  let twilio: HttpRecorder;
  let channel: SmsChannel;

  beforeAll(async () => {
    twilio = await HttpRecorder.start();
    channel = new SmsChannel(
      config({
        SMS_API_URL: twilio.url,
        SMS_ACCOUNT_SID: 'AC123',
        SMS_AUTH_TOKEN: 'secret-token',
        SMS_FROM: '+15005550006',
      }),
    );
  });
  afterEach(() => twilio.clear());
  afterAll(() => twilio.close());

  it('posts To, From and Body as a form with Basic auth', async () => {
    twilio.respondWith({ status: 201, json: { sid: 'SM1', status: 'queued' } });

    await channel.deliver(notification());

    const [request] = twilio.requests();
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/2010-04-01/Accounts/AC123/Messages.json');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from('AC123:secret-token').toString('base64')}`,
    );
    const fields = request ? form(request) : new URLSearchParams();
    expect(Object.fromEntries(fields)).toEqual({
      To: '+4915112345678',
      From: '+15005550006',
      Body: `Appointment confirmed: ${link}`,
    });
  });

  it('shortens a long title to one segment, strips non-GSM characters and keeps the link whole', async () => {
    twilio.respondWith(201);
    const title = `Terminbestätigung 📅 ${'sehr lange Beschreibung '.repeat(10)}`;

    await channel.deliver(notification({ title }));

    const [request] = twilio.requests();
    const body = (request ? form(request) : new URLSearchParams()).get('Body') ?? '';
    expect(body.length).toBeLessThanOrEqual(160);
    expect(body.length).toBeGreaterThan(150);
    expect(body.endsWith(`...: ${link}`)).toBe(true);
    expect(body.startsWith('Terminbestätigung sehr lange')).toBe(true);
    expect(body).not.toContain('📅');
  });

  it('throws a retryable error on 500', async () => {
    twilio.respondWith(500);

    const failure = channel.deliver(notification());

    await expect(failure).rejects.toThrow('SMS API answered 500');
    await expect(failure).rejects.not.toBeInstanceOf(PermanentDeliveryFailure);
  });

  it('fails permanently on 400, with the provider code', async () => {
    twilio.respondWith({ status: 400, json: { code: 21211, message: "The 'To' number is not valid." } });

    const failure = channel.deliver(notification());

    await expect(failure).rejects.toBeInstanceOf(PermanentDeliveryFailure);
    await expect(failure).rejects.toThrow('SMS API answered 400 (code 21211)');
  });

  it('retries on 429 and when the API cannot be reached', async () => {
    twilio.respondWith(429);
    await expect(channel.deliver(notification())).rejects.not.toBeInstanceOf(PermanentDeliveryFailure);

    const closedPort = await freePort();
    const unreachable = new SmsChannel(
      config({
        SMS_API_URL: `http://127.0.0.1:${closedPort}`,
        SMS_ACCOUNT_SID: 'AC123',
        SMS_AUTH_TOKEN: 'secret-token',
        SMS_FROM: '+15005550006',
      }),
    );
    const failure = unreachable.deliver(notification());
    await expect(failure).rejects.toThrow('SMS API unreachable');
    await expect(failure).rejects.not.toBeInstanceOf(PermanentDeliveryFailure);
  });

  it('fails permanently without a phone number or configuration', async () => {
    const noPhone = notification({ recipient: { name: 'Ada', email: null, phone: null } });
    await expect(channel.deliver(noPhone)).rejects.toBeInstanceOf(PermanentDeliveryFailure);
    await expect(new SmsChannel(config({})).deliver(notification())).rejects.toThrow('SMS is not configured');
    expect(twilio.requests()).toHaveLength(0);
  });
});

/**
 * push_subscriptions only accepts https endpoints (a CHECK), and the stand-in push service speaks plain
 * HTTP on loopback, which the channel itself refuses to reach: this channel sends the very same
 * request there, with the scheme swapped and without the public-address check.
 */
class LoopbackPushChannel extends PushChannel {
  protected override request(endpoint: string, outgoing: OutgoingPost): Promise<{ status: number }> {
    return fetch(endpoint.replace(/^https:/, 'http:'), {
      method: outgoing.method,
      headers: outgoing.headers,
      body: outgoing.body,
      signal: AbortSignal.timeout(outgoing.timeoutMs),
    });
  }
}

describe('PushChannel', () => {
  let pushService: HttpRecorder;
  let db: DataSource;
  let subscriptions: PushSubscriptionsRepository;
  let channel: PushChannel;
  let userId: string;
  const vapid = generateVAPIDKeys();

  function newBrowser(): BrowserKeys {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    return { ecdh, authSecret: randomBytes(16) };
  }

  async function subscribe(browser: BrowserKeys): Promise<string> {
    const endpoint = `https://127.0.0.1:${pushService.port}/push/${randomUUID()}`;
    await subscriptions.add(userId, {
      endpoint,
      keys: {
        p256dh: browser.ecdh.getPublicKey().toString('base64url'),
        auth: browser.authSecret.toString('base64url'),
      },
    });
    return endpoint;
  }

  beforeAll(async () => {
    pushService = await HttpRecorder.start();
    db = await openDataSource(integrationDatabaseUrl());
    subscriptions = new TypeOrmPushSubscriptionsRepository(db.manager);
    const [user]: Array<{ id: string }> = await db.query(
      `INSERT INTO users (email, role, first_name, last_name) VALUES ($1, 'patient', 'Pia', 'Push') RETURNING id`,
      [`push-${randomUUID()}@patients.test`],
    );
    userId = user?.id ?? '';
    channel = new LoopbackPushChannel(
      config({
        VAPID_PUBLIC_KEY: vapid.publicKey,
        VAPID_PRIVATE_KEY: vapid.privateKey,
        VAPID_SUBJECT: 'mailto:it@clinic.test',
      }),
      subscriptions,
    );
  });
  afterEach(async () => {
    pushService.clear();
    await db.query(`DELETE FROM push_subscriptions WHERE user_id = $1`, [userId]);
  });
  afterAll(async () => {
    await db.destroy();
    await pushService.close();
  });

  it('sends the encrypted payload with TTL and VAPID authorization to every subscription', async () => {
    pushService.respondWith(201);
    const browsers = [newBrowser(), newBrowser()];
    const endpoints = [
      await subscribe(browsers[0] ?? newBrowser()),
      await subscribe(browsers[1] ?? newBrowser()),
    ];
    const sent = notification({ userId });

    await channel.deliver(sent);

    const requests = pushService.requests();
    expect(requests.map((request) => request.url).sort()).toEqual(
      endpoints.map((endpoint) => new URL(endpoint).pathname).sort(),
    );
    for (const request of requests) {
      expect(request.method).toBe('POST');
      expect(request.headers.ttl).toBe('86400');
      expect(request.headers['content-encoding']).toBe('aes128gcm');
      expect(request.headers.authorization).toMatch(
        new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`),
      );
      const browser = browsers[endpoints.findIndex((endpoint) => endpoint.endsWith(request.url))];
      expect(browser).toBeDefined();
      const payload: unknown = JSON.parse(decryptWebPush(request.body, browser ?? newBrowser()));
      expect(payload).toEqual({
        title: sent.title,
        body: sent.body,
        link,
        notificationId: sent.notificationId,
      });
    }
  });

  it('removes a subscription the push service reports gone (410), delivering to the others', async () => {
    const gone = await subscribe(newBrowser());
    const alive = await subscribe(newBrowser());
    pushService.respondWith(410, 201);

    await channel.deliver(notification({ userId }));

    const left = await subscriptions.list(userId);
    expect(pushService.requests()).toHaveLength(2);
    expect(left.map((subscription) => subscription.endpoint)).toEqual([alive]);
    expect(left).not.toContainEqual(expect.objectContaining({ endpoint: gone }));
  });

  it('fails permanently once every subscription is gone, and when the user has none', async () => {
    await subscribe(newBrowser());
    pushService.respondWith(404);

    await expect(channel.deliver(notification({ userId }))).rejects.toBeInstanceOf(PermanentDeliveryFailure);
    expect(await subscriptions.list(userId)).toEqual([]);
    await expect(channel.deliver(notification({ userId }))).rejects.toThrow('user has no push subscription');
  });

  it('throws a retryable error when every send fails otherwise, keeping the subscriptions', async () => {
    await subscribe(newBrowser());
    await subscribe(newBrowser());
    pushService.respondWith(500);

    const failure = channel.deliver(notification({ userId }));

    await expect(failure).rejects.toThrow('push failed for every subscription');
    await expect(failure).rejects.not.toBeInstanceOf(PermanentDeliveryFailure);
    expect(await subscriptions.list(userId)).toHaveLength(2);
  });

  describe('sending only to public addresses (SSRF)', () => {
    let listener: Server;
    let port: number;
    let connections = 0;
    let guarded: PushChannel;

    beforeAll(async () => {
      listener = createServer((socket) => {
        connections += 1;
        socket.destroy();
      });
      await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
      port = (listener.address() as { port: number }).port;
      guarded = new PushChannel(
        config({
          VAPID_PUBLIC_KEY: vapid.publicKey,
          VAPID_PRIVATE_KEY: vapid.privateKey,
          VAPID_SUBJECT: 'mailto:it@clinic.test',
        }),
        subscriptions,
      );
    });
    afterAll(async () => {
      await new Promise((resolve) => listener.close(resolve));
    });

    // Stored behind the API's back (as an older row or another writer could have), so only the send-time check stands.
    it.each([
      ['a local-only name', () => `https://localhost:${port}/push`],
      ['a loopback address', () => `https://127.0.0.1:${port}/push`],
      ['an IPv4-mapped loopback address', () => `https://[::ffff:127.0.0.1]:${port}/push`],
    ])('refuses %s without connecting, permanently', async (_name, endpointOf) => {
      connections = 0;
      const browser = newBrowser();
      await db.query(
        `INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)`,
        [
          userId,
          endpointOf(),
          browser.ecdh.getPublicKey().toString('base64url'),
          browser.authSecret.toString('base64url'),
        ],
      );

      const failure = guarded.deliver(notification({ userId }));

      await expect(failure).rejects.toBeInstanceOf(PermanentDeliveryFailure);
      await expect(failure).rejects.toThrow(/not a public address/);
      expect(connections).toBe(0);
    });
  });

  it('fails permanently when push is not configured', async () => {
    const unconfigured = new PushChannel(config({}), subscriptions);

    await expect(unconfigured.deliver(notification({ userId }))).rejects.toThrow('push is not configured');
  });

  it('keeps an endpoint with the user who registered it, in the repository and in the table', async () => {
    const endpoint = await subscribe(newBrowser());
    const [other]: Array<{ id: string }> = await db.query(
      `INSERT INTO users (email, role, first_name, last_name) VALUES ($1, 'patient', 'Mal', 'Lory') RETURNING id`,
      [`push-other-${randomUUID()}@patients.test`],
    );
    const otherId = other?.id ?? '';
    const keys = {
      p256dh: newBrowser().ecdh.getPublicKey().toString('base64url'),
      auth: 'AAAAAAAAAAAAAAAAAAAAAA',
    };

    expect(await subscriptions.add(otherId, { endpoint, keys })).toBe('taken');
    expect(await subscriptions.list(otherId)).toEqual([]);
    expect((await subscriptions.list(userId)).map((subscription) => subscription.endpoint)).toEqual([
      endpoint,
    ]);
    await expect(
      db.query(`UPDATE push_subscriptions SET user_id = $1 WHERE endpoint = $2`, [otherId, endpoint]),
    ).rejects.toThrow('a push subscription keeps the user who registered it');
  });

  it('upserts by endpoint and removes only the owner’s subscription', async () => {
    const endpoint = await subscribe(newBrowser());
    const again = newBrowser();
    await subscriptions.add(userId, {
      endpoint,
      keys: {
        p256dh: again.ecdh.getPublicKey().toString('base64url'),
        auth: again.authSecret.toString('base64url'),
      },
    });

    expect(await subscriptions.list(userId)).toHaveLength(1);
    expect(await subscriptions.removeForUser(randomUUID(), endpoint)).toBe(false);
    expect(await subscriptions.list(userId)).toHaveLength(1);
    expect(await subscriptions.removeForUser(userId, endpoint)).toBe(true);
    expect(await subscriptions.list(userId)).toEqual([]);
  });
});
