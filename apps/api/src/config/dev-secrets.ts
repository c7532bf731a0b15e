import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface DevSecrets {
  jwtSecret: string;
  dataEncryptionKey: string;
}

export function generateDevSecrets(): DevSecrets {
  return {
    jwtSecret: randomBytes(48).toString('base64url'),
    dataEncryptionKey: randomBytes(32).toString('base64'),
  };
}

/**
 * Outside production, secrets that were not configured are generated once and kept beside the
 * embedded data (`.data/dev-secrets.json`), so tokens and encrypted TOTP seeds survive restarts.
 */
export function loadOrCreateDevSecrets(embeddedDataDir: string): DevSecrets {
  const file = join(dirname(resolve(embeddedDataDir)), 'dev-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  const secrets = generateDevSecrets();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
