import { randomBytes } from 'node:crypto';

import { freePort } from '@healthsync/testing/services/free-port';
import { SmtpTestServer } from '@healthsync/testing/services/smtp-test-server';

import { createLogger } from '../../../src/common/logging/logger';
import { AppConfig } from '../../../src/config/app-config';
import { passwordResetMail } from '../../../src/modules/mail/mail-templates';
import { MailService } from '../../../src/modules/mail/mail.service';

const link = 'http://localhost:3000/reset-password?token=int-test-token';
const resetMail = passwordResetMail({
  clinicName: 'Test Clinic',
  recipientName: 'Ada Lovelace',
  link,
  validForMinutes: 30,
});

/** A pino destination that keeps each line, parsed. */
function captureLog(): { lines: Array<Record<string, unknown>>; write(line: string): void } {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
}

describe('MailService', () => {
  let server: SmtpTestServer;
  const services: MailService[] = [];

  function mailService(env: Record<string, string>, logger = createLogger('silent')): MailService {
    const config = AppConfig.fromEnvironment({
      NODE_ENV: 'test',
      MAIL_FROM: 'Clinic <no-reply@clinic.test>',
      CLINIC_NAME: 'Test Clinic',
      ...env,
    });
    const service = new MailService(config, logger);
    services.push(service);
    return service;
  }

  beforeAll(async () => {
    server = await SmtpTestServer.start();
  });
  afterEach(() => {
    for (const service of services.splice(0)) service.close();
    server.clear();
  });
  afterAll(() => server.close());

  it('delivers a password-reset email over SMTP', async () => {
    const mail = mailService({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(server.port),
      SMTP_SECURE: 'false',
    });

    await mail.send({ to: 'ada@patients.test', ...resetMail });

    const received = await server.waitForMessage((message) => message.to.includes('ada@patients.test'));
    expect(received.from).toBe('"Clinic" <no-reply@clinic.test>');
    expect(received.to).toEqual(['ada@patients.test']);
    expect(received.subject).toBe('Reset your Test Clinic password');
    expect(received.text).toContain(link);
    expect(received.html).toContain(`href="${link}"`);
  });

  it('rejects when the SMTP server cannot be reached', async () => {
    const closedPort = await freePort();
    const mail = mailService({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(closedPort), SMTP_SECURE: 'false' });

    await expect(mail.send({ to: 'ada@patients.test', ...resetMail })).rejects.toThrow('ECONNREFUSED');
  });

  it('logs instead of sending when SMTP is not configured outside production', async () => {
    const log = captureLog();
    const mail = mailService({}, createLogger('info', log));

    await expect(mail.send({ to: 'ada@patients.test', ...resetMail })).resolves.toBeUndefined();

    const line = log.lines.find((entry) =>
      String(entry['msg']).startsWith('email not sent (SMTP_HOST unset)'),
    );
    expect(line).toMatchObject({ level: 30, to: 'ada@patients.test', subject: resetMail.subject });
    expect(line?.['msg']).toContain(link);
    expect(server.messages()).toEqual([]);
  });

  it('fails to send in production when SMTP is not configured', async () => {
    const mail = mailService({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });

    await expect(mail.send({ to: 'ada@patients.test', ...resetMail })).rejects.toThrow(
      'SMTP_HOST is not configured',
    );
  });
});
