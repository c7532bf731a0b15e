import { randomBytes } from 'node:crypto';

import { SmtpTestServer } from '@healthsync/testing/services/smtp-test-server';
import { createTestDatabase, dropTestDatabase } from '@healthsync/testing/services/test-services';

import { ApiClient } from './api-client';
import { startApi, type RunningApi } from './api-process';

export interface AuthTestApi {
  api: RunningApi;
  client: ApiClient;
  smtp: SmtpTestServer;
  jwtSecret: string;
  databaseUrl: string;
  dataEncryptionKey: string;
  /** The environment the API was started with, for a second instance over the same data. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The built API on a database of its own, seeded with the demo accounts, sending its email to a real
 * SMTP server in this process, with a JWT secret the test knows (to forge tokens against it).
 */
export async function startAuthTestApi(env: Record<string, string> = {}): Promise<AuthTestApi> {
  const smtp = await SmtpTestServer.start();
  const databaseUrl = await createTestDatabase('hs_e2e_auth');
  const jwtSecret = randomBytes(32).toString('hex');
  const dataEncryptionKey = randomBytes(32).toString('base64');
  const apiEnv: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'true',
    JWT_SECRET: jwtSecret,
    DATA_ENCRYPTION_KEY: dataEncryptionKey,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    MAIL_FROM: 'Test Clinic <no-reply@clinic.test>',
    CLINIC_NAME: 'Test Clinic',
    PORTAL_URL: 'http://portal.test',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_MINUTE: '100000',
    HOLD_LIMIT_PER_ADDRESS: '100000',
    ...env,
  };
  const api = await startApi(apiEnv);
  return {
    api,
    client: new ApiClient(api.baseUrl),
    smtp,
    jwtSecret,
    databaseUrl,
    dataEncryptionKey,
    env: apiEnv,
    stop: async () => {
      await api.stop();
      await smtp.close();
      await dropTestDatabase(databaseUrl);
    },
  };
}

export interface NewPatient {
  email: string;
  password: string;
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
}

/** Registers a patient as the portal does: the request, the emailed link, then the link with the password. */
export async function registerPatient(
  test: Pick<AuthTestApi, 'client' | 'smtp'>,
  patient: NewPatient,
): Promise<{ id: string; patientId: string }> {
  const { email, password } = patient;
  const requested = await test.client.post('/api/v1/auth/register', {
    firstName: 'Pat',
    lastName: 'Ient',
    dateOfBirth: '1970-05-05',
    ...patient,
  });
  if (requested.status !== 202) throw new Error(`registration gave ${requested.status}`);
  const mail = await test.smtp.waitForMessage(
    (message) => message.to.includes(email.toLowerCase()) && /confirm your/i.test(message.subject),
  );
  const token = /register\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  const confirmed = await test.client.post<{ id: string; patientId: string }>(
    '/api/v1/auth/register/confirm',
    {
      token,
      password,
    },
  );
  if (confirmed.status !== 201) throw new Error(`confirming the registration gave ${confirmed.status}`);
  return confirmed.body;
}
