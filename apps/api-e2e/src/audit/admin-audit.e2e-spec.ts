import { randomBytes, randomUUID } from 'node:crypto';

import { ACCESS_TABLE } from '../auth/access-table';
import { ApiClient, DEMO_EMAILS } from '../support/api-client';
import { apiUrl } from '../support/e2e-env';
import { forge } from '../support/jwt-forge';
import { createDoctors, EVERY_DAY } from '../support/scheduling-fixtures';

interface AuditEntry {
  action: string;
  outcome: string;
  actorId: string | null;
  resourceId: string | null;
  requestId: string;
  detail?: Record<string, string | number | boolean>;
}

/** The caller's own account and inbox: signing out, passwords, factors, notifications (not admin actions). */
const SELF_SERVICE = /^\/api\/v1\/(auth|notifications)\//;

/**
 * Every documented route an admin may call that is an admin action: every route only admins may
 * use, and every change an admin may make outside their own account and inbox.
 */
async function adminRoutes(): Promise<Array<{ method: string; path: string }>> {
  const spec = (await (await fetch(apiUrl('/api/docs-json'))).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({ method: method.toUpperCase(), path }))
      .filter(({ method }) => {
        const access = ACCESS_TABLE[`${method} ${path}`];
        if (!Array.isArray(access) || !access.includes('admin')) return false;
        const adminOnly = access.length === 1;
        return adminOnly || (method !== 'GET' && !SELF_SERVICE.test(path));
      }),
  );
}

const requestId = (label: string) => `${label}-${randomBytes(6).toString('hex')}`;

describe('admin actions and security events on the audit trail', () => {
  const client = new ApiClient(apiUrl());
  let admin: string;
  let doctor: string;
  let doctorProfileId: string;

  /** The entry the request with this id left, searching the newest few hundred. */
  const entryFor = async (id: string): Promise<AuditEntry | undefined> => {
    for (let page = 1; page <= 5; page += 1) {
      const answer = await client.get<{ items: AuditEntry[] }>(
        `/api/v1/admin/audit-logs?limit=100&page=${page}`,
        admin,
      );
      const found = answer.body.items.find((entry) => entry.requestId === id);
      if (found || answer.body.items.length < 100) return found;
    }
    return undefined;
  };

  const call = (method: string, path: string, token: string, id: string, body?: unknown) =>
    client.request(method, path, { token, body, headers: { 'x-request-id': id } });

  beforeAll(async () => {
    admin = await client.accessToken(DEMO_EMAILS.admin);
    doctor = await client.accessToken(DEMO_EMAILS.doctor);
    doctorProfileId = (await client.get<{ doctorId: string }>('/api/v1/auth/me', doctor)).body.doctorId;
  });

  it('writes an entry for every admin route, called as an admin, whatever the outcome', async () => {
    const routes = await adminRoutes();
    expect(routes.length).toBeGreaterThan(15);
    const calls: Array<{ route: string; id: string; status: number }> = [];
    for (const route of routes) {
      const id = requestId('admin-route');
      const path = route.path.replace(/\{[^}]+\}/g, () => randomUUID());
      const answer = await call(route.method, path, admin, id, route.method === 'GET' ? undefined : {});
      calls.push({ route: `${route.method} ${route.path}`, id, status: answer.status });
    }
    const unaudited: string[] = [];
    for (const { route, id, status } of calls)
      if (!(await entryFor(id))) unaudited.push(`${route} (${status})`);
    expect(unaudited).toEqual([]);
  });

  it('audits an admin reading an account and the delivery ledger', async () => {
    const me = await client.get<{ id: string }>('/api/v1/auth/me', admin);
    const read = requestId('user-read');
    expect((await call('GET', `/api/v1/admin/users/${me.body.id}`, admin, read)).status).toBe(200);
    expect(await entryFor(read)).toMatchObject({
      action: 'admin.user_read',
      outcome: 'success',
      resourceId: me.body.id,
    });
    const ledger = requestId('ledger');
    expect((await call('GET', '/api/v1/admin/notifications/deliveries', admin, ledger)).status).toBe(200);
    expect(await entryFor(ledger)).toMatchObject({
      action: 'notification_delivery.list',
      outcome: 'success',
    });
  });

  it('audits an admin changing a doctor’s fee, and a doctor changing their hours', async () => {
    const fee = requestId('fee');
    const changed = await call('PATCH', `/api/v1/doctors/${doctorProfileId}`, admin, fee, {
      consultationFeeMinor: 7_500,
    });
    expect(changed.status).toBe(200);
    expect(await entryFor(fee)).toMatchObject({
      action: 'doctor.update',
      outcome: 'success',
      resourceId: doctorProfileId,
    });

    const current = await client.get<{ rules: unknown[] }>(
      `/api/v1/doctors/${doctorProfileId}/availability`,
      doctor,
    );
    const hours = requestId('hours');
    const replaced = await call('PUT', `/api/v1/doctors/${doctorProfileId}/availability`, doctor, hours, {
      rules: current.body.rules,
    });
    expect(replaced.status).toBe(200);
    expect(await entryFor(hours)).toMatchObject({
      action: 'doctor_availability.replace',
      outcome: 'success',
      resourceId: doctorProfileId,
    });
  });

  it('audits a doctor refused another doctor’s schedule (403)', async () => {
    const [other] = await createDoctors(
      process.env['E2E_DATABASE_URL'] ?? '',
      1,
      EVERY_DAY('09:00', '10:00'),
    );
    const id = requestId('other-schedule');
    const answer = await call('GET', `/api/v1/doctors/${other}/availability`, doctor, id);
    expect(answer.status).toBe(403);
    expect(await entryFor(id)).toMatchObject({
      outcome: 'denied',
      resourceId: other,
      detail: { status: 403 },
    });
  });

  it('audits a forged access token (401), and not a missing one', async () => {
    const me = await client.get<{ id: string }>('/api/v1/auth/me', admin);
    const forged = forge.hs256(
      {
        sub: me.body.id,
        role: 'admin',
        sid: randomUUID(),
        typ: 'access',
        iss: 'healthsync',
        aud: 'healthsync-api',
      },
      'not-the-secret-of-this-api-at-all-0000',
    );
    const id = requestId('forged');
    expect((await call('GET', '/api/v1/admin/users', forged, id)).status).toBe(401);
    expect(await entryFor(id)).toMatchObject({
      action: 'auth.token_rejected',
      outcome: 'denied',
      actorId: null,
    });
    const anonymous = requestId('anonymous');
    expect((await call('GET', '/api/v1/admin/users', '', anonymous)).status).toBe(401);
    expect(await entryFor(anonymous)).toBeUndefined();
  });
});
