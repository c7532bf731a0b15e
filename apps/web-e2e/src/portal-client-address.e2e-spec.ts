import type { Browser } from 'playwright-core';

import { AuditOutcome, type AuditEntryView } from '@healthsync/contracts/audit';
import type { LoginResult } from '@healthsync/contracts/auth';
import type { Page } from '@healthsync/contracts/common';
import { freePort } from '@healthsync/testing/services/free-port';
import type { RunningProcess } from '@healthsync/testing/services/node-process';
import { createTestDatabase, dropTestDatabase } from '@healthsync/testing/services/test-services';

import { launchBrowser } from './support/browser';
import { startDemoApi, startPortal } from './support/portal-process';
import { DEMO, DEMO_PASSWORD } from './support/portal-session';

const LOGIN_LIMIT = 3;
/** Where the test itself calls the API from: the API trusts loopback proxies, so this is its own client. */
const TEST_CLIENT = '192.0.2.250';

/**
 * A visitor who writes their own X-Forwarded-For, new on every request, still signs in from the one
 * address the portal saw: the API's sign-in limit holds, and the audit trail names that address.
 * Its own API (a sign-in limit of 3 a minute) and portal, so the shared ones keep their high limits.
 */
describe("the portal passes on the address it sees, not the browser's X-Forwarded-For", () => {
  let databaseUrl: string;
  let api: RunningProcess;
  let portal: RunningProcess;
  let browser: Browser;

  const callApi = async <T>(path: string, init: { token?: string; body?: unknown } = {}) => {
    const response = await fetch(`${api.baseUrl}/api/v1${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': TEST_CLIENT,
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  /** One sign-in through the portal's form with a wrong password and a made-up X-Forwarded-For. */
  const failedSignIn = async (spoofed: string): Promise<string> => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': spoofed } });
    try {
      const page = await context.newPage();
      await page.goto(`${portal.baseUrl}/login`);
      await page.getByLabel('Email').fill(DEMO.patient);
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      const alert = page.getByRole('alert').first();
      await alert.waitFor();
      return (await alert.textContent()) ?? '';
    } finally {
      await context.close();
    }
  };

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('hs_web_e2e_xff');
    const webPort = await freePort();
    api = await startDemoApi(databaseUrl, `http://127.0.0.1:${webPort}`, {
      LOGIN_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIT),
    });
    portal = await startPortal({ API_URL: api.baseUrl }, webPort);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await api?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('keeps the sign-in limit however the header rotates, and audits the real address', async () => {
    const answers: string[] = [];
    for (let attempt = 1; attempt <= LOGIN_LIMIT + 1; attempt += 1) {
      answers.push(await failedSignIn(`198.51.100.${attempt}, 203.0.113.${attempt}`));
    }
    expect(answers.slice(0, LOGIN_LIMIT).every((text) => !/too many/i.test(text))).toBe(true);
    expect(answers[LOGIN_LIMIT]).toMatch(/too many attempts/i);

    const signIn = await callApi<LoginResult>('/auth/login', {
      body: { email: DEMO.admin, password: DEMO_PASSWORD },
    });
    if (signIn.status !== 'authenticated') throw new Error('the demo admin needs no second factor');
    const audit = await callApi<Page<AuditEntryView>>('/admin/audit-logs?action=auth.login&limit=100', {
      token: signIn.tokens.accessToken,
    });
    const failures = audit.items.filter((entry) => entry.outcome === AuditOutcome.Failure);
    expect(failures).toHaveLength(LOGIN_LIMIT);
    expect(new Set(failures.map((entry) => entry.ip))).toEqual(new Set(['127.0.0.1']));
  });
});
