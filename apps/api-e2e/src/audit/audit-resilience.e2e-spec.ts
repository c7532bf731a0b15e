import type { ProblemDetails } from '@healthsync/contracts/common';

import { ACCESS_TABLE, type Caller } from '../auth/access-table';
import { ApiClient, DEMO_EMAILS } from '../support/api-client';
import { apiUrl, PROBLEM_JSON } from '../support/e2e-env';

interface AuditEntry {
  action: string;
  outcome: string;
  actorId: string | null;
  resourceId: string | null;
  detail?: Record<string, string | number | boolean>;
}

interface ParameterisedRoute {
  method: string;
  path: string;
  caller: Exclude<Caller, 'anonymous'>;
}

/** Every documented route with a path parameter, and a role the access table admits to it. */
async function routesWithPathParameters(): Promise<ParameterisedRoute[]> {
  const spec = (await (await fetch(apiUrl('/api/docs-json'))).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(spec.paths)
    .filter(([path]) => path.includes('{'))
    .flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => {
          const access = ACCESS_TABLE[`${method.toUpperCase()} ${path}`];
          if (!access || access === 'public') throw new Error(`no role admitted to ${method} ${path}`);
          return {
            method: method.toUpperCase(),
            path,
            caller: access.includes('admin') ? 'admin' : (access[0] ?? 'admin'),
          };
        }),
    );
}

const BAD_IDS = ['%00', 'not-a-uuid', '%E2%80%AE', 'x'.repeat(300), '6f1c1a52-0d7e-4a8e-9a4b-3d2f0c9b1e1%00'];

describe('malformed ids and hostile route parameters', () => {
  const client = new ApiClient(apiUrl());
  const tokens = new Map<Caller, string>();

  beforeAll(async () => {
    for (const caller of ['admin', 'doctor', 'receptionist', 'patient'] as const)
      tokens.set(caller, await client.accessToken(DEMO_EMAILS[caller]));
  });

  it('refuses a malformed id in every path parameter of every route with 400 problem+json', async () => {
    const routes = await routesWithPathParameters();
    expect(routes.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const route of routes) {
      for (const bad of BAD_IDS) {
        const path = route.path.replace(/\{[^}]+\}/g, bad);
        const answer = await fetch(apiUrl(path), {
          method: route.method,
          headers: {
            authorization: `Bearer ${tokens.get(route.caller)}`,
            'content-type': 'application/json',
          },
          body: route.method === 'GET' ? undefined : '{}',
        });
        const problem = (await answer.json()) as ProblemDetails;
        const ok =
          answer.status === 400 &&
          PROBLEM_JSON.test(answer.headers.get('content-type') ?? '') &&
          problem.code === 'REQUEST.VALIDATION_FAILED';
        if (!ok)
          wrong.push(
            `${route.method} ${path.slice(0, 80)} as ${route.caller}: ${answer.status} ${problem.code}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps other users’ audited requests working while a patient probes with %00 ids, and audits the probes', async () => {
    const [patient, admin, reception] = (['patient', 'admin', 'receptionist'] as const).map(
      (caller) => tokens.get(caller) ?? '',
    );
    const attacker = (await client.get<{ id: string }>('/api/v1/auth/me', patient)).body.id;

    const probes = Array.from({ length: 60 }, () => client.get('/api/v1/patients/%00', patient));
    const legit = Array.from({ length: 60 }, (_, index) =>
      index % 2 === 0
        ? client.get('/api/v1/appointments?limit=5', reception)
        : client.get('/api/v1/admin/audit-logs?limit=1', admin),
    );
    const [probeAnswers, legitAnswers] = await Promise.all([Promise.all(probes), Promise.all(legit)]);

    expect(probeAnswers.map((answer) => answer.status)).toEqual(probeAnswers.map(() => 400));
    expect(legitAnswers.map((answer) => answer.status)).toEqual(legitAnswers.map(() => 200));

    const trail = await client.get<{ items: AuditEntry[] }>(
      `/api/v1/admin/audit-logs?actorId=${attacker}&action=patient.read&limit=100`,
      admin,
    );
    const refused = trail.body.items.filter((entry) => entry.outcome === 'failure');
    expect(refused.length).toBeGreaterThanOrEqual(60);
    expect(refused[0]).toMatchObject({ detail: { status: 400 } });
    expect(refused[0]?.resourceId ?? '').not.toContain('\u0000');
    const verify = await client.get<{ valid: boolean }>('/api/v1/admin/audit-logs/verify', admin);
    expect(verify.body.valid).toBe(true);
  });
});
