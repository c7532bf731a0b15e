import { randomUUID } from 'node:crypto';

import { Role } from '@healthsync/contracts/auth';
import { SmtpTestServer } from '@healthsync/testing/services/smtp-test-server';

import { AccountsService } from '../../src/modules/accounts/accounts.service';
import { startTestApi, type TestApi } from './test-api';

export interface JsonAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
  ms: number;
}

export interface AuthTestApi {
  api: TestApi;
  smtp: SmtpTestServer;
  post<T = Record<string, unknown>>(
    path: string,
    body: unknown,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<JsonAnswer<T>>;
  get<T = Record<string, unknown>>(path: string, token?: string): Promise<JsonAnswer<T>>;
  /** An active account made in process (no registration email round trip); answers its email. */
  createUser(password: string, role?: Role): Promise<string>;
  close(): Promise<void>;
}

async function call<T>(
  api: TestApi,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  headers: Record<string, string> = {},
) {
  const started = performance.now();
  const response = await fetch(api.url(`/api/v1${path}`), {
    method,
    headers: {
      ...headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : {}) as T,
    ms: performance.now() - started,
  };
}

/** The API in process with its email going to a real SMTP server, and a generous sign-in budget. */
export async function startAuthTestApi(env: Record<string, string> = {}): Promise<AuthTestApi> {
  const smtp = await SmtpTestServer.start();
  const api = await startTestApi({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    CLINIC_NAME: 'Test Clinic',
    PORTAL_URL: 'http://portal.test',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  return {
    api,
    smtp,
    post: (path, body, token, headers) => call(api, 'POST', path, body, token, headers),
    get: (path, token) => call(api, 'GET', path, undefined, token),
    async createUser(password, role = Role.Patient) {
      const email = `${role}-${randomUUID()}@example.test`;
      await api.app.get(AccountsService).create({
        email,
        firstName: 'Test',
        lastName: 'User',
        role,
        password,
        patient: role === Role.Patient ? { dateOfBirth: '1990-01-01', phone: null } : undefined,
        doctor:
          role === Role.Doctor
            ? { specialty: 'General', licenceNumber: randomUUID().slice(0, 20) }
            : undefined,
      });
      return email;
    },
    async close() {
      await api.close();
      await smtp.close();
    },
  };
}
