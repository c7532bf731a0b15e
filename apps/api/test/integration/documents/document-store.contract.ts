import type { AppendOnlyLogStore, VersionedDocumentStore } from '../../../src/documents/document-store';
import { DocumentVersionConflict } from '../../../src/documents/document-store';
import { verifyLogChain } from '../../../src/documents/log-integrity';

export interface DocumentStoreUnderTest {
  documents: VersionedDocumentStore;
  log: AppendOnlyLogStore;
  /** Alters one stored log entry's body behind the store's back, as an attacker with database access would. */
  tamperWithLogEntry(entryId: string, body: object): Promise<void>;
}

const unique = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * What every document-store backend must do. Each backend's `*.int-spec.ts` calls this with its
 * own set-up, so PostgreSQL and MongoDB are held to exactly the same behaviour.
 */
export function documentStoreContract(
  backend: string,
  setUp: () => Promise<DocumentStoreUnderTest>,
  tearDown: () => Promise<void>,
) {
  describe(`document store contract: ${backend}`, () => {
    let store: DocumentStoreUnderTest;

    beforeAll(async () => {
      store = await setUp();
    });
    afterAll(tearDown);

    describe('versioned documents', () => {
      it('appends versions and keeps the whole history', async () => {
        const key = unique('patient');
        const first = await store.documents.append(
          'medical-history',
          key,
          { allergies: ['penicillin'] },
          { expectedVersion: 0, authorId: 'doc-1' },
        );
        const second = await store.documents.append(
          'medical-history',
          key,
          { allergies: ['penicillin', 'latex'] },
          { expectedVersion: 1, authorId: 'doc-2' },
        );

        expect(first).toMatchObject({ version: 1, authorId: 'doc-1', body: { allergies: ['penicillin'] } });
        expect(second.version).toBe(2);
        expect((await store.documents.latest('medical-history', key))?.body).toEqual({
          allergies: ['penicillin', 'latex'],
        });
        expect((await store.documents.version('medical-history', key, 1))?.body).toEqual({
          allergies: ['penicillin'],
        });
        const history = await store.documents.history('medical-history', key);
        expect(history.map((entry) => entry.version)).toEqual([1, 2]);
        expect(history[0]?.createdAt).toBeInstanceOf(Date);
      });

      it('answers null and an empty history for an unknown document', async () => {
        expect(await store.documents.latest('medical-history', unique('none'))).toBeNull();
        expect(await store.documents.version('medical-history', unique('none'), 1)).toBeNull();
        expect(await store.documents.history('medical-history', unique('none'))).toEqual([]);
      });

      it('keeps collections apart', async () => {
        const key = unique('shared-key');
        await store.documents.append('a', key, { n: 1 }, { expectedVersion: 0 });
        expect(await store.documents.latest('b', key)).toBeNull();
      });

      it('refuses a write based on a stale version', async () => {
        const key = unique('patient');
        await store.documents.append('medical-history', key, { v: 1 }, { expectedVersion: 0 });
        await store.documents.append('medical-history', key, { v: 2 }, { expectedVersion: 1 });

        await expect(
          store.documents.append('medical-history', key, { v: 'stale' }, { expectedVersion: 1 }),
        ).rejects.toBeInstanceOf(DocumentVersionConflict);
        await expect(
          store.documents.append('medical-history', key, { v: 'ahead' }, { expectedVersion: 7 }),
        ).rejects.toBeInstanceOf(DocumentVersionConflict);
        expect((await store.documents.history('medical-history', key)).map((entry) => entry.body)).toEqual([
          { v: 1 },
          { v: 2 },
        ]);
      });

      it('lets exactly one of many concurrent writers of the same version win', async () => {
        const key = unique('patient');
        const results = await Promise.allSettled(
          Array.from({ length: 10 }, (_, writer) =>
            store.documents.append('medical-history', key, { writer }, { expectedVersion: 0 }),
          ),
        );
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
        for (const result of results.filter((result) => result.status === 'rejected')) {
          expect((result as PromiseRejectedResult).reason).toBeInstanceOf(DocumentVersionConflict);
        }
        expect(await store.documents.history('medical-history', key)).toHaveLength(1);
      });
    });

    describe('append-only logs', () => {
      it('numbers entries and links each to the one before', async () => {
        const stream = unique('audit');
        const first = await store.log.append(stream, { action: 'read', actorId: 'u1' });
        const second = await store.log.append(stream, { action: 'write', actorId: 'u2' });

        expect(first).toMatchObject({ sequence: 1, previousHash: null });
        expect(second).toMatchObject({ sequence: 2, previousHash: first.hash });
        expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(await verifyLogChain(store.log, stream)).toEqual({
          valid: true,
          checked: 2,
          firstBrokenId: null,
        });
      });

      it('stays one unbroken chain under concurrent appends', async () => {
        const stream = unique('audit');
        await Promise.all(Array.from({ length: 25 }, (_, n) => store.log.append(stream, { n })));

        const entries = await store.log.readAfter(stream, 0, 100);
        expect(entries.map((entry) => entry.sequence)).toEqual(Array.from({ length: 25 }, (_, n) => n + 1));
        expect(await verifyLogChain(store.log, stream)).toEqual({
          valid: true,
          checked: 25,
          firstBrokenId: null,
        });
      });

      it('writes the other concurrent appends when one of them cannot be stored, and keeps one chain', async () => {
        const stream = unique('audit');
        // PostgreSQL's jsonb refuses a NUL character; whatever a backend refuses must fail only its own append.
        const appends = Array.from({ length: 12 }, (_, n) =>
          store.log.append(stream, n === 5 ? { n, bad: 'a\u0000b' } : { n }),
        );
        const outcomes = await Promise.allSettled(appends);

        const written = outcomes.filter((outcome, n) => n !== 5 && outcome.status === 'fulfilled');
        expect(written).toHaveLength(11);
        const stored = await store.log.readAfter<{ n: number }>(stream, 0, 100);
        expect(stored.map((entry) => entry.body.n)).toEqual(
          expect.arrayContaining([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11]),
        );
        expect((await verifyLogChain(store.log, stream)).valid).toBe(true);
      });

      it('finds entries that mention a value in any of several fields, as a scalar or in an array', async () => {
        const stream = unique('audit');
        await store.log.append(stream, { action: 'read', patientId: 'p1', patientIds: null });
        await store.log.append(stream, { action: 'search', patientId: null, patientIds: ['p0', 'p1', 'p2'] });
        await store.log.append(stream, { action: 'search', patientId: null, patientIds: ['p2'] });
        await store.log.append(stream, { action: 'read', patientId: 'p2' });
        const mentioning = (value: string, where = {}) =>
          store.log.list<{ action: string }>(stream, {
            where,
            mentions: { fields: ['patientId', 'patientIds'], value },
            page: 1,
            limit: 10,
          });

        expect((await mentioning('p1')).items.map((entry) => entry.sequence)).toEqual([2, 1]);
        expect((await mentioning('p2')).total).toBe(3);
        expect((await mentioning('p2', { action: 'search' })).items.map((entry) => entry.sequence)).toEqual([
          3, 2,
        ]);
        expect((await mentioning('p')).total).toBe(0);
        expect((await mentioning("p1' OR 1=1 --")).total).toBe(0);
      });

      it('lists newest first with filters, a time range and pages', async () => {
        const stream = unique('audit');
        const before = new Date(Date.now() - 1_000);
        for (const [action, actorId] of [
          ['read', 'a'],
          ['write', 'a'],
          ['read', 'b'],
          ['read', 'a'],
        ]) {
          await store.log.append(stream, { action, actorId, detail: { nested: true } });
        }
        const page1 = await store.log.list<{ action: string }>(stream, {
          where: { action: 'read', actorId: 'a' },
          page: 1,
          limit: 1,
        });
        expect(page1.total).toBe(2);
        expect(page1.items.map((entry) => entry.sequence)).toEqual([4]);
        const page2 = await store.log.list(stream, {
          where: { action: 'read', actorId: 'a' },
          page: 2,
          limit: 1,
        });
        expect(page2.items.map((entry) => entry.sequence)).toEqual([1]);

        expect((await store.log.list(stream, { from: before, page: 1, limit: 10 })).total).toBe(4);
        expect((await store.log.list(stream, { to: before, page: 1, limit: 10 })).total).toBe(0);
        expect(
          (await store.log.list(stream, { where: { actorId: "a' OR 1=1 --" }, page: 1, limit: 10 })).total,
        ).toBe(0);
      });

      it('reads entries after a sequence in order', async () => {
        const stream = unique('audit');
        for (let n = 0; n < 5; n += 1) await store.log.append(stream, { n });
        const entries = await store.log.readAfter<{ n: number }>(stream, 2, 2);
        expect(entries.map((entry) => [entry.sequence, entry.body.n])).toEqual([
          [3, 2],
          [4, 3],
        ]);
      });

      it('detects an altered entry and names it', async () => {
        const stream = unique('audit');
        const entries = [];
        for (let n = 0; n < 4; n += 1) entries.push(await store.log.append(stream, { n }));
        const altered = entries[2];
        await store.tamperWithLogEntry(altered.id, { n: 'forged' });

        expect(await verifyLogChain(store.log, stream)).toEqual({
          valid: false,
          checked: 2,
          firstBrokenId: altered.id,
        });
      });
    });
  });
}
