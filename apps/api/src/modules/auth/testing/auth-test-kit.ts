import { randomBytes } from 'node:crypto';

import { JwtService } from '@nestjs/jwt';
import { generate } from 'otplib';

import type { Role } from '@healthsync/contracts/auth';

import { InMemoryAppCache } from '../../../cache/testing/in-memory-app-cache';
import type { AuthContext, RequestOrigin } from '../../../common/auth/auth-context';
import type { AppConfig } from '../../../config/app-config';
import { InMemoryUnitOfWork } from '../../../database/testing/in-memory-unit-of-work';
import type { UserRecord } from '../../accounts/accounts.repository';
import { InMemoryAccountsRepository } from '../../accounts/testing/in-memory-accounts.repository';
import { SettingsService } from '../../settings/settings.service';
import { InMemorySettingsRepository } from '../../settings/testing/in-memory-settings.repository';
import { PasswordConfirmation } from '../password-confirmation';
import { PasswordReplacement } from '../password-replacement';
import { SessionEndSignal } from '../session-end-signal';
import { SessionService } from '../session.service';
import { SignInProtection } from '../sign-in-protection';
import { SignInSteps } from '../sign-in-steps';
import { JWT_ALGORITHM, TokenService } from '../token.service';
import { TwoFactorService } from '../two-factor.service';
import { InMemoryKnownDevicesRepository } from './in-memory-known-devices.repository';
import { InMemoryOneTimeTokensRepository } from './in-memory-one-time-tokens.repository';
import { InMemoryRecoveryCodesRepository } from './in-memory-recovery-codes.repository';
import { InMemorySessionsRepository } from './in-memory-sessions.repository';
import { PlainPasswordService } from './plain-password.service';
import { RecordingAccountEmails } from './recording-account-emails';
import { RecordingAuditService } from './recording-audit.service';

export const PASSWORD = 'Correct-horse-battery-9';
export const origin: RequestOrigin = { ip: '203.0.113.7', userAgent: 'unit-test', requestId: 'req-1' };

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    dataEncryptionKey: randomBytes(32),
    clinicName: 'Test Clinic',
    isProduction: false,
    ...overrides,
  } as AppConfig;
}

/** A TOTP code for `secret`, `steps` 30-second steps from now (enrol with -1, sign in with 0). */
export function totpCode(secret: string, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor((Date.now() + steps * 30_000) / 1000) });
}

/**
 * The auth module wired as in production, with every port in memory: what each auth service spec
 * builds its service from, and inspects afterwards.
 */
export function authTestKit() {
  const accounts = new InMemoryAccountsRepository();
  const sessionsRepository = new InMemorySessionsRepository();
  const links = new InMemoryOneTimeTokensRepository();
  const recoveryCodes = new InMemoryRecoveryCodesRepository();
  const devices = new InMemoryKnownDevicesRepository();
  const settingsRepository = new InMemorySettingsRepository();
  const audit = new RecordingAuditService();
  const emails = new RecordingAccountEmails();
  const passwords = new PlainPasswordService();
  const cache = new InMemoryAppCache();
  const config = testConfig();
  const unitOfWork = new InMemoryUnitOfWork();
  const endSignal = new SessionEndSignal();
  const tokens = new TokenService(
    new JwtService({ secret: randomBytes(32).toString('hex'), signOptions: { algorithm: JWT_ALGORITHM } }),
  );
  const settings = new SettingsService(settingsRepository, cache, config);
  const sessions = new SessionService(sessionsRepository, accounts, tokens, cache, endSignal);
  const protection = new SignInProtection(accounts, devices, tokens, emails, audit);
  const twoFactor = new TwoFactorService(accounts, recoveryCodes, config, audit, emails);
  const steps = new SignInSteps(protection, sessions, sessionsRepository, tokens, audit);
  const confirmation = new PasswordConfirmation(accounts, sessionsRepository, protection, passwords);
  const replacement = new PasswordReplacement(passwords, unitOfWork, accounts, links, sessions);

  /** An active user whose password is PASSWORD. */
  async function user(overrides: Partial<UserRecord> = {}): Promise<UserRecord> {
    return accounts.add({ passwordHash: await passwords.hash(PASSWORD), ...overrides });
  }

  /** Signs the user in with a session, as the access guard would see it. */
  async function signedIn(record: UserRecord): Promise<AuthContext> {
    await sessions.start(record.id, record.role, origin);
    const session = sessionsRepository.openSessionsOf(record.id).at(-1);
    if (!session) throw new Error('no session');
    return { userId: record.id, role: record.role, sessionId: session.id };
  }

  /** Turns the second factor on (and forgets what that audited and emailed); answers the secret and recovery codes. */
  async function enrol(record: UserRecord): Promise<{ secret: string; recoveryCodes: string[] }> {
    const { secret } = await twoFactor.setUp(record);
    const enrolling = (await accounts.findById(record.id)) as UserRecord;
    const recoveryCodes = await twoFactor.enable(enrolling, await totpCode(secret, -1), origin);
    audit.events.length = 0;
    emails.sent.length = 0;
    return { secret, recoveryCodes };
  }

  async function requireSecondFactorFor(...roles: Role[]): Promise<void> {
    await settings.updateSecurity({ mfaRequiredRoles: roles }, 'admin');
  }

  return {
    accounts,
    sessionsRepository,
    links,
    recoveryCodes,
    devices,
    audit,
    emails,
    passwords,
    cache,
    unitOfWork,
    endSignal,
    tokens,
    settings,
    sessions,
    protection,
    twoFactor,
    steps,
    confirmation,
    replacement,
    user,
    signedIn,
    enrol,
    requireSecondFactorFor,
    fresh: (id: string) => accounts.findById(id) as Promise<UserRecord>,
  };
}

export type AuthTestKit = ReturnType<typeof authTestKit>;
