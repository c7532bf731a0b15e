import { once } from 'node:events';
import { request } from 'node:http';

import { createTestDatabase, dropTestDatabase } from '@healthsync/testing/services/test-services';

import { startApi, type RunningApi } from '../support/api-process';

describe('graceful shutdown', () => {
  let databaseUrl: string;
  let api: RunningApi;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('hs_e2e_shutdown');
    api = await startApi({ DATABASE_URL: databaseUrl });
  });
  afterAll(async () => {
    await api.stop('SIGKILL');
    await dropTestDatabase(databaseUrl);
  });

  it('lets a request in flight at SIGTERM finish, then exits 0', async () => {
    const { port } = new URL(api.baseUrl);
    // A request whose body is still arriving when the signal comes: it must get its answer.
    const inFlight = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/health',
      headers: { 'content-type': 'application/json', 'content-length': '2' },
    });
    inFlight.write('{');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const exited = once(api.process, 'exit');
    api.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answered = once(inFlight, 'response');
    inFlight.end('}');
    const [response] = (await answered) as [import('node:http').IncomingMessage];
    response.resume();

    expect(response.statusCode).toBe(404);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  });
});
