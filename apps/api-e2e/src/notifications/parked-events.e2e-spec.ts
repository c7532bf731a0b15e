import { randomUUID } from 'node:crypto';

import type { Page, ProblemDetails } from '@healthsync/contracts/common';
import { NotificationErrorCode, type ParkedEventView } from '@healthsync/contracts/notifications';
import { appointmentBookedPayload } from '@healthsync/testing/events/appointment-booked';
import { waitUntil } from '@healthsync/testing/wait/wait-until';

import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { runSql } from '../support/sql';

const PARKED = '/api/v1/admin/notifications/parked-events';

interface AuditEntry {
  action: string;
  outcome: string;
  resourceId: string | null;
}

/**
 * GET /admin/notifications/parked-events and POST …/:id/retry: outbox events parked after their last
 * failed attempt, for admins only, on the audit trail like the delivery ledger.
 */
describe('parked outbox events (admin)', () => {
  let test: AuthTestApi;
  let admin: string;

  beforeAll(async () => {
    test = await startAuthTestApi({ NOTIFICATIONS_POLL_MS: '100' });
    admin = await test.client.accessToken(DEMO_EMAILS.admin);
  });
  afterAll(() => test.stop());

  /** An event as the dispatcher leaves it after its last attempt; its doctor is unknown, so a retry notifies no one. */
  async function parkEvent(): Promise<{ id: string; appointmentId: string }> {
    const appointmentId = randomUUID();
    const [row] = await runSql<{ id: string }>(
      test.databaseUrl,
      `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload, attempts, last_error, parked_at)
       VALUES ('appointment.booked', 'appointment', $1, $2::jsonb, 5, 'listener broke', now()) RETURNING id::text AS id`,
      [appointmentId, JSON.stringify(appointmentBookedPayload(appointmentId))],
    );
    return { id: row?.id ?? '', appointmentId };
  }

  const listParked = () => test.client.get<Page<ParkedEventView>>(`${PARKED}?limit=100`, admin);

  it('refuses anonymous callers (401), patients and doctors (403)', async () => {
    const { id } = await parkEvent();
    const patient = await test.client.accessToken(DEMO_EMAILS.patient);
    const doctor = await test.client.accessToken(DEMO_EMAILS.doctor);
    expect((await test.client.get(PARKED)).status).toBe(401);
    expect((await test.client.post(`${PARKED}/${id}/retry`)).status).toBe(401);
    for (const token of [patient, doctor]) {
      const listed = await test.client.get<ProblemDetails>(PARKED, token);
      expect(listed.status).toBe(403);
      expect(listed.headers.get('content-type')).toContain('application/problem+json');
      expect((await test.client.post(`${PARKED}/${id}/retry`, {}, token)).status).toBe(403);
    }
    const stillParked = await runSql<{ parked: boolean }>(
      test.databaseUrl,
      `SELECT parked_at IS NOT NULL AS parked FROM outbox_events WHERE id = $1`,
      [id],
    );
    expect(stillParked).toEqual([{ parked: true }]);
  });

  it('lists parked events for admins and puts one back on retry, where the dispatcher takes it', async () => {
    const { id, appointmentId } = await parkEvent();
    const listed = await listParked();
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id,
          type: 'appointment.booked',
          aggregateType: 'appointment',
          aggregateId: appointmentId,
          attempts: 5,
          lastError: 'listener broke',
          payload: expect.objectContaining({ appointmentId }),
        }),
      ]),
    );

    expect((await test.client.post(`${PARKED}/${id}/retry`, {}, admin)).status).toBe(204);
    expect((await listParked()).body.items.map((event) => event.id)).not.toContain(id);
    await waitUntil(
      async () =>
        (
          await runSql<{ dispatched: boolean }>(
            test.databaseUrl,
            `SELECT dispatched_at IS NOT NULL AS dispatched FROM outbox_events WHERE id = $1`,
            [id],
          )
        )[0]?.dispatched === true,
      { description: 'the retried event to be dispatched' },
    );

    const audit = await test.client.get<Page<AuditEntry>>(
      '/api/v1/admin/audit-logs?action=outbox_event.retry&limit=100',
      admin,
    );
    expect(audit.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ outcome: 'success', resourceId: id })]),
    );
  });

  it('answers 404 with its code for an event that is not parked, and 400 for an id that is not one', async () => {
    const { id } = await parkEvent();
    expect((await test.client.post(`${PARKED}/${id}/retry`, {}, admin)).status).toBe(204);
    const again = await test.client.post<ProblemDetails>(`${PARKED}/${id}/retry`, {}, admin);
    expect(again.status).toBe(404);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.body.code).toBe(NotificationErrorCode.ParkedEventNotFound);
    const malformed = await test.client.post<ProblemDetails>(`${PARKED}/not-a-number/retry`, {}, admin);
    expect(malformed.status).toBe(400);
  });
});
