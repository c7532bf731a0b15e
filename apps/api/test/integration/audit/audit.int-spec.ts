import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';

import type { DataSource } from 'typeorm';

import { AuditLogQuery, AuditOutcome, type AuditEntryView } from '@healthsync/contracts/audit';
import { Role } from '@healthsync/contracts/auth';
import { waitUntil } from '@healthsync/testing/wait/wait-until';

import type { RequestOrigin } from '../../../src/common/auth/auth-context';
import { RequestValidationException } from '../../../src/common/errors/request-validation.exception';
import { createLogger } from '../../../src/common/logging/logger';
import { createValidationPipe } from '../../../src/common/validation/validation.pipe';
import { PostgresAppendOnlyLogStore } from '../../../src/documents/postgres/postgres-append-only-log.store';
import { AuditService, type AuditEvent } from '../../../src/modules/audit/audit.service';
import { integrationDatabaseUrl } from '../../support/int-env';
import { openDataSource } from '../../support/test-database';

/**
 * The audit trail through the real PostgreSQL log store. The `audit` stream is shared with every
 * other test file of the run, so each test filters by ids and names of its own.
 */

const ORIGIN: RequestOrigin = {
  ip: '198.51.100.23',
  userAgent: 'audit-int-spec',
  requestId: 'req-audit-int-0001',
};

/** A query as the API receives it: strings from the URL, through the real validation pipe. */
function query(params: Record<string, string>): Promise<AuditLogQuery> {
  return createValidationPipe().transform(params, {
    type: 'query',
    metatype: AuditLogQuery,
  }) as Promise<AuditLogQuery>;
}

/** Names no other test uses: `t1a2b3c4d.read`. */
function uniqueTag(): string {
  return `t${randomBytes(4).toString('hex')}`;
}

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    actor: { userId: randomUUID(), role: Role.Doctor },
    action: 'medical_record.read',
    resourceType: 'medical_record',
    outcome: AuditOutcome.Success,
    origin: ORIGIN,
    ...overrides,
  };
}

const ids = (entries: AuditEntryView[]) => entries.map((entry) => entry.id);

describe('the audit trail on PostgreSQL', () => {
  let db: DataSource;
  let audit: AuditService;

  /**
   * Records the events one after another and returns their entries, oldest first. With
   * `distinctTimes`, each is recorded in a later millisecond than the one before (the clock is
   * watched until it ticks), so time filters can tell them apart.
   */
  async function recordAll(
    actorId: string,
    events: AuditEvent[],
    distinctTimes = false,
  ): Promise<AuditEntryView[]> {
    for (const item of events) {
      await audit.record(item);
      const recordedBy = Date.now();
      if (distinctTimes)
        await waitUntil(() => Date.now() > recordedBy, { intervalMs: 1, description: 'the clock to tick' });
    }
    const { items } = await audit.list(await query({ actorId, limit: '100' }));
    return items.reverse();
  }

  beforeAll(async () => {
    db = await openDataSource(integrationDatabaseUrl());
    audit = new AuditService(new PostgresAppendOnlyLogStore(db), createLogger('silent'));
  });
  afterAll(() => db.destroy());

  describe('listing', () => {
    const tag = uniqueTag();
    const doctor = { userId: randomUUID(), role: Role.Doctor };
    const admin = { userId: randomUUID(), role: Role.Admin };
    const patient = randomUUID();
    const otherPatient = randomUUID();
    const read = `${tag}.read`;
    const record = `${tag}_record`;
    let entries: AuditEntryView[];

    beforeAll(async () => {
      const events: AuditEvent[] = [
        event({
          actor: doctor,
          action: read,
          resourceType: record,
          resourceId: 'r-1',
          patientId: patient,
          detail: { fields: 3 },
        }),
        event({
          actor: doctor,
          action: `${tag}.update`,
          resourceType: record,
          resourceId: 'r-1',
          patientId: patient,
        }),
        event({
          actor: doctor,
          action: read,
          resourceType: record,
          patientId: otherPatient,
          outcome: AuditOutcome.Denied,
        }),
        event({
          actor: null,
          action: `${tag}.sign_in`,
          resourceType: `${tag}_session`,
          outcome: AuditOutcome.Failure,
        }),
        event({
          actor: admin,
          action: read,
          resourceType: record,
          patientId: patient,
          outcome: AuditOutcome.NotFound,
        }),
      ];
      for (const item of events) await audit.record(item);
      const named = await audit.list(await query({ resourceType: record }));
      const anonymous = await audit.list(await query({ resourceType: `${tag}_session` }));
      entries = [...named.items, ...anonymous.items].sort((x, y) => x.sequence - y.sequence);
    });

    async function listed(params: Record<string, string>): Promise<string[]> {
      return ids((await audit.list(await query(params))).items);
    }

    it('stores who, what, when, from where and the outcome', () => {
      const [first, , , anonymous] = entries;
      expect(first).toEqual({
        id: expect.any(String),
        sequence: expect.any(Number),
        recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        actorId: doctor.userId,
        actorRole: Role.Doctor,
        action: read,
        resourceType: record,
        resourceId: 'r-1',
        patientId: patient,
        outcome: AuditOutcome.Success,
        ip: ORIGIN.ip,
        userAgent: ORIGIN.userAgent,
        requestId: ORIGIN.requestId,
        detail: { fields: 3 },
      });
      expect(anonymous).toMatchObject({ actorId: null, actorRole: null, resourceId: null, patientId: null });
      expect(anonymous).not.toHaveProperty('detail');
    });

    it('filters by actor, newest first', async () => {
      expect(await listed({ actorId: doctor.userId })).toEqual(ids([entries[2], entries[1], entries[0]]));
    });

    it('filters by patient', async () => {
      expect(await listed({ patientId: patient })).toEqual(ids([entries[4], entries[1], entries[0]]));
    });

    it('filters by action', async () => {
      expect(await listed({ action: read })).toEqual(ids([entries[4], entries[2], entries[0]]));
    });

    it('filters by resource type', async () => {
      expect(await listed({ resourceType: record })).toEqual(
        ids([entries[4], entries[2], entries[1], entries[0]]),
      );
    });

    it('combines filters with AND', async () => {
      expect(await listed({ actorId: doctor.userId, patientId: patient, action: read })).toEqual(
        ids([entries[0]]),
      );
    });

    it('filters on the four listed fields only, whatever else the query object carries', async () => {
      const smuggled = Object.assign(await query({ actorId: admin.userId }), {
        outcome: 'success',
        ip: '0.0.0.0',
      });
      expect(ids((await audit.list(smuggled)).items)).toEqual(ids([entries[4]]));
    });
  });

  it('filters by time, `from` inclusive and `to` exclusive', async () => {
    const actor = { userId: randomUUID(), role: Role.Receptionist };
    const entries = await recordAll(
      actor.userId,
      [1, 2, 3, 4].map(() => event({ actor })),
      true,
    );
    const at = (index: number) => entries[index].recordedAt;
    const inRange = async (range: Record<string, string>) =>
      ids((await audit.list(await query({ actorId: actor.userId, ...range }))).items);

    expect(await inRange({ from: at(1), to: at(3) })).toEqual(ids([entries[2], entries[1]]));
    expect(await inRange({ from: at(2) })).toEqual(ids([entries[3], entries[2]]));
    expect(await inRange({ to: at(1) })).toEqual(ids([entries[0]]));
  });

  it('pages newest first without gaps or overlaps', async () => {
    const actor = { userId: randomUUID(), role: Role.Doctor };
    const entries = await recordAll(
      actor.userId,
      [1, 2, 3, 4, 5].map((n) => event({ actor, resourceId: `r-${n}` })),
    );
    const pages = [];
    for (const page of ['1', '2', '3', '4'])
      pages.push(await audit.list(await query({ actorId: actor.userId, limit: '2', page })));

    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1, 0]);
    expect(pages.every((page) => page.total === 5 && page.limit === 2)).toBe(true);
    expect(pages.flatMap((page) => ids(page.items))).toEqual(ids([...entries].reverse()));
  });

  it.each([
    ['an actor id that is not a UUID', { actorId: 'admin' }],
    ['a patient id that is not a UUID', { patientId: "1' OR '1'='1" }],
    ['an action outside the name pattern', { action: 'Medical Record' }],
    ['a one-letter resource type', { resourceType: 'p' }],
    ['a date without a time', { from: '2025-03-01' }],
    ['a time without a zone', { from: '2025-03-01T08:00:00' }],
    ['an impossible date', { to: '2025-02-30T08:00:00Z' }],
    ['a range that ends before it starts', { from: '2025-03-02T00:00:00Z', to: '2025-03-01T00:00:00Z' }],
    ['a field that is not a filter', { ip: '198.51.100.23' }],
    ['a page size over the maximum', { limit: '1000' }],
  ])('refuses %s', async (_, params) => {
    await expect(query(params)).rejects.toBeInstanceOf(RequestValidationException);
  });

  describe('the hash chain', () => {
    async function setBody(id: string, body: unknown): Promise<void> {
      // The append-only trigger refuses UPDATE, so the "attacker" is a superuser who turns triggers off.
      await db.transaction(async (tx) => {
        await tx.query('SET LOCAL session_replication_role = replica');
        await tx.query('UPDATE log_entries SET body = $2::jsonb WHERE id = $1', [id, JSON.stringify(body)]);
      });
    }

    it('verifies, then finds the one entry altered behind the store’s back', async () => {
      const before = await audit.verify();
      expect(before).toMatchObject({ valid: true, firstBrokenId: null });

      const actor = { userId: randomUUID(), role: Role.Doctor };
      const outcomes = [AuditOutcome.Success, AuditOutcome.Denied, AuditOutcome.Success];
      const entries = await recordAll(
        actor.userId,
        outcomes.map((outcome) => event({ actor, outcome })),
      );
      const after = await audit.verify();
      expect(after).toMatchObject({ valid: true, firstBrokenId: null });
      expect(after.checked).toBeGreaterThanOrEqual(before.checked + entries.length);

      const denied = entries[1];
      const [{ body: original }] = (await db.query('SELECT body FROM log_entries WHERE id = $1', [
        denied.id,
      ])) as Array<{
        body: Record<string, unknown>;
      }>;
      // Hides the refusal; restored afterwards so that other test files find the shared stream intact.
      await setBody(denied.id, { ...original, outcome: AuditOutcome.Success });
      try {
        expect(await audit.verify()).toEqual({
          valid: false,
          checked: denied.sequence - 1,
          firstBrokenId: denied.id,
        });
      } finally {
        await setBody(denied.id, original);
      }
      expect(await audit.verify()).toMatchObject({ valid: true, firstBrokenId: null });
    });
  });

  it('stores an event whose request-derived strings hold NUL bytes, lone surrogates and huge lengths', async () => {
    const actor = { userId: randomUUID(), role: Role.Patient };
    await audit.record(
      event({
        actor,
        action: 'patient.read',
        resourceType: 'patient',
        resourceId: `\u0000${'x'.repeat(100_000)}`,
        patientId: 'a\u0000b',
        origin: {
          ip: '203.0.113.9\u0000',
          userAgent: `agent\ud800\u0000${'y'.repeat(100_000)}`,
          requestId: 'r\udfff',
        },
        detail: { status: 400, code: 'REQUEST.VALIDATION_FAILED', email: 'a\u0000@b.test\ud83d' },
      }),
    );
    const [entry] = (await audit.list(await query({ actorId: actor.userId }))).items;
    const stored = JSON.stringify(entry);
    expect(stored).not.toMatch(/\\u0000|\\ud800|\\udfff|\\ud83d/);
    expect(entry?.resourceId?.length).toBeLessThanOrEqual(200);
    expect(entry?.userAgent.length).toBeLessThanOrEqual(512);
    expect(entry?.resourceId).toMatch(/^\ufffdx+/);
    expect(entry?.detail).toMatchObject({ status: 400, email: 'a\ufffd@b.test\ufffd' });
    expect((await audit.verify()).valid).toBe(true);
  });

  it('logs a failed append without detail values and rethrows it, so the request fails', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const closed = await openDataSource(integrationDatabaseUrl());
    await closed.destroy();
    const failing = new AuditService(new PostgresAppendOnlyLogStore(closed), createLogger('error', sink));
    const patientId = randomUUID();

    await expect(
      failing.record(event({ patientId, action: 'note.read', detail: { excerpt: 'SENSITIVE-TEXT' } })),
    ).rejects.toThrow();

    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]) as {
      msg: string;
      audit: Record<string, unknown>;
      err: { message: string };
    };
    expect(logged.msg).toBe('audit entry could not be written');
    expect(logged.audit).toMatchObject({
      action: 'note.read',
      patientId,
      outcome: 'success',
      detailKeys: ['excerpt'],
    });
    expect(lines[0]).not.toContain('SENSITIVE-TEXT');
  });
});
