import { once } from 'node:events';
import { request } from 'node:http';
import { connect } from 'node:net';

import { createTestDatabase, dropTestDatabase } from '@healthsync/testing/services/test-services';
import { waitUntil } from '@healthsync/testing/wait/wait-until';

import { startApi, type RunningApi } from '../support/api-process';

describe('graceful shutdown', () => {
  let databaseUrl: string;
  let api: RunningApi;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('hs_e2e_shutdown');
    // At info level the API logs "shutting down" when the signal arrives: the test waits for that line.
    api = await startApi({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await api.stop('SIGKILL');
    await dropTestDatabase(databaseUrl);
  });

  it('lets a request in flight at SIGTERM finish, then exits 0', async () => {
    const { port } = new URL(api.baseUrl);
    // A request whose body is still arriving when the signal comes: it must get its answer. The
    // server's "100 Continue" is the event that says it has parsed the headers and the request is live.
    const inFlight = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/health',
      headers: { 'content-type': 'application/json', 'content-length': '2', expect: '100-continue' },
    });
    await once(inFlight, 'continue');
    inFlight.write('{');

    const exited = once(api.process, 'exit');
    api.process.kill('SIGTERM');
    await waitUntil(() => api.output().includes('shutting down'), {
      description: 'the API to log that it is shutting down',
    });
    await waitUntil(() => refusesConnections(Number(port)), {
      description: 'the API to stop accepting new connections',
    });
    const answered = once(inFlight, 'response');
    inFlight.end('}');
    const [response] = (await answered) as [import('node:http').IncomingMessage];
    response.resume();

    expect(response.statusCode).toBe(404);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  });
});

/** Resolves true once a new TCP connection to the port is refused. */
function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}
