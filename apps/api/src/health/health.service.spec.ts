import { DatabaseProbe } from '../database/database-probe';
import type { DocumentStoreHealth } from '../documents/document-store';
import { HealthService } from './health.service';

class ScriptedProbe extends DatabaseProbe {
  constructor(private readonly answer: () => Promise<void>) {
    super();
  }

  ping(): Promise<void> {
    return this.answer();
  }
}

const documents: DocumentStoreHealth = { backend: 'postgres', ping: async () => undefined };

describe('HealthService', () => {
  it('is ready when the database, the cache and the document store all answer', async () => {
    const health = new HealthService(new ScriptedProbe(async () => undefined), null, documents);

    const report = await health.readiness();

    expect(report.status).toBe('ok');
    expect(report.components.database).toEqual({
      status: 'up',
      backend: 'postgres',
      latencyMs: expect.any(Number),
    });
    expect(report.components.cache.backend).toBe('memory');
  });

  it('reports the database down with the first line of its error', async () => {
    const failing = new ScriptedProbe(async () => {
      throw new Error('connection refused\nat somewhere');
    });

    const report = await new HealthService(failing, null, documents).readiness();

    expect(report.status).toBe('unavailable');
    expect(report.components.database).toMatchObject({ status: 'down', error: 'connection refused' });
    expect(report.components.documents.status).toBe('up');
  });
});
