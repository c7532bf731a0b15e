import { randomUUID } from 'node:crypto';

import type { ProblemDetails } from '@healthsync/contracts/common';

import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { runSql } from '../support/sql';

const KEYS = {
  p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
  auth: 'tBHItJI5svbpez7KI4CCXg',
};

/**
 * POST /notifications/push-subscriptions: an endpoint belongs to the user who registered it, and only
 * a public https push service is accepted (no loopback, private, link-local, … address, no other port).
 */
describe('push subscriptions', () => {
  let test: AuthTestApi;
  let patient: string;
  let receptionist: string;

  const subscribe = (token: string, endpoint: string) =>
    test.client.post<ProblemDetails>(
      '/api/v1/notifications/push-subscriptions',
      { endpoint, keys: KEYS },
      token,
    );
  const ownerOf = async (endpoint: string) =>
    (
      await runSql<{ email: string }>(
        test.databaseUrl,
        `SELECT u.email FROM push_subscriptions p JOIN users u ON u.id = p.user_id WHERE p.endpoint = $1`,
        [endpoint],
      )
    ).map((row) => row.email);

  beforeAll(async () => {
    test = await startAuthTestApi();
    patient = await test.client.accessToken(DEMO_EMAILS.patient);
    receptionist = await test.client.accessToken(DEMO_EMAILS.receptionist);
  });
  afterAll(async () => {
    await test.stop();
  });

  it("refuses another user's endpoint with 409 and keeps its owner", async () => {
    const endpoint = `https://fcm.googleapis.com/fcm/send/${randomUUID()}`;
    expect((await subscribe(receptionist, endpoint)).status).toBe(204);

    const takeover = await subscribe(patient, endpoint);

    expect(takeover.status).toBe(409);
    expect(takeover.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(takeover.body.code).toBe('NOTIFICATION.PUSH_ENDPOINT_TAKEN');
    expect(await ownerOf(endpoint)).toEqual([DEMO_EMAILS.receptionist]);
  });

  it('lets the owner register the same endpoint again (new keys), and another user once it is removed', async () => {
    const endpoint = `https://updates.push.services.mozilla.com/wpush/v2/${randomUUID()}`;
    expect((await subscribe(patient, endpoint)).status).toBe(204);
    expect((await subscribe(patient, endpoint)).status).toBe(204);
    expect(await ownerOf(endpoint)).toEqual([DEMO_EMAILS.patient]);

    const removed = await test.client.request('DELETE', '/api/v1/notifications/push-subscriptions', {
      body: { endpoint },
      token: patient,
    });
    expect(removed.status).toBe(204);
    expect((await subscribe(receptionist, endpoint)).status).toBe(204);
    expect(await ownerOf(endpoint)).toEqual([DEMO_EMAILS.receptionist]);
  });

  it('refuses endpoints that are not a public https push service, and stores none of them', async () => {
    const refused = [
      'https://127.0.0.1/push',
      'https://127.1.2.3/push',
      'https://localhost/push',
      'https://push.localhost/push',
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.8/push',
      'https://172.20.1.1/push',
      'https://192.168.1.10/push',
      'https://100.64.0.1/push',
      'https://0.0.0.0/push',
      'https://[::1]/push',
      'https://[fe80::1]/push',
      'https://[fd00::1]/push',
      'https://[::ffff:127.0.0.1]/push',
      'https://[::ffff:a9fe:a9fe]/push',
      'https://[ff02::1]/push',
      'https://224.0.0.1/push',
      'https://intranet/push',
      'https://printer.local/push',
      'https://fcm.googleapis.com:8443/fcm/send/x',
      'https://user:secret@fcm.googleapis.com/fcm/send/x',
    ];
    for (const endpoint of refused) {
      const answer = await subscribe(patient, endpoint);
      expect({ endpoint, status: answer.status }).toEqual({ endpoint, status: 400 });
      expect(answer.body.errors?.map((error) => error.field)).toEqual(['endpoint']);
    }
    const stored = await runSql(
      test.databaseUrl,
      `SELECT endpoint FROM push_subscriptions WHERE endpoint = ANY($1)`,
      [refused],
    );
    expect(stored).toEqual([]);
  });

  it('accepts a public push service, by name or by public address', async () => {
    for (const endpoint of [
      `https://fcm.googleapis.com/fcm/send/${randomUUID()}`,
      `https://web.push.apple.com:443/${randomUUID()}`,
      `https://8.8.8.8/${randomUUID()}`,
    ]) {
      expect({ endpoint, status: (await subscribe(patient, endpoint)).status }).toEqual({
        endpoint,
        status: 204,
      });
    }
  });
});
