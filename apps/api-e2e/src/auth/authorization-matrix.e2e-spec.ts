import { randomUUID } from 'node:crypto';

import { DEMO_EMAILS } from '../support/api-client';
import { startAuthTestApi, type AuthTestApi } from '../support/auth-test-api';
import { ACCESS_TABLE, type Caller } from './access-table';

const CALLERS: Caller[] = ['anonymous', 'admin', 'doctor', 'receptionist', 'patient'];
const SIGNS_OUT = /\/auth\/logout/;

interface Route {
  method: string;
  path: string;
  key: string;
}

async function documentedRoutes(baseUrl: string): Promise<Route[]> {
  const spec = (await (await fetch(`${baseUrl}/api/docs-json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({ method: method.toUpperCase(), path, key: `${method.toUpperCase()} ${path}` })),
  );
}

/** What a caller may expect: 401 without credentials, 403 for a role not admitted, neither otherwise. */
function expectation(key: string, caller: Caller): 'admitted' | 401 | 403 {
  const access = ACCESS_TABLE[key];
  if (access === 'public') return 'admitted';
  if (caller === 'anonymous') return 401;
  return access?.includes(caller) ? 'admitted' : 403;
}

describe('authorization matrix: every documented route × every role and an anonymous caller', () => {
  let test: AuthTestApi;
  let routes: Route[];
  const tokens = new Map<Caller, string>();

  const signIn = async (caller: Exclude<Caller, 'anonymous'>) =>
    tokens.set(caller, await test.client.accessToken(DEMO_EMAILS[caller]));
  const tokenFor = (caller: Caller) => (caller === 'anonymous' ? undefined : tokens.get(caller));

  beforeAll(async () => {
    test = await startAuthTestApi();
    routes = await documentedRoutes(test.api.baseUrl);
    for (const caller of CALLERS) if (caller !== 'anonymous') await signIn(caller);
  });
  afterAll(() => test.stop());

  it('has an access rule for every documented route, and no rule for a route that does not exist', () => {
    const documented = routes.map((route) => route.key);
    expect(documented.filter((key) => !(key in ACCESS_TABLE))).toEqual([]);
    expect(Object.keys(ACCESS_TABLE).filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('answers each caller as the table says', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of routes) {
      for (const caller of CALLERS) {
        const path = route.path.replace(/\{[^}]+\}/g, randomUUID());
        const answer = await test.client.request(route.method, path, {
          token: tokenFor(caller),
          body: route.method === 'GET' ? undefined : {},
        });
        // Signing out ends the session (or all of them) the rest of the matrix uses: sign in again.
        if (SIGNS_OUT.test(route.path) && caller !== 'anonymous') await signIn(caller);
        const expected = expectation(route.key, caller);
        const admitted = answer.status !== 401 && answer.status !== 403;
        const ok = expected === 'admitted' ? admitted : answer.status === expected;
        if (!ok) mismatches.push(`${route.key} as ${caller}: expected ${expected}, got ${answer.status}`);
        if (answer.status >= 500) mismatches.push(`${route.key} as ${caller}: server error ${answer.status}`);
        checked += 1;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(routes.length * CALLERS.length);
    process.stdout.write(
      `authorization matrix: ${routes.length} routes × ${CALLERS.length} callers = ${checked} checks\n`,
    );
  });
});
