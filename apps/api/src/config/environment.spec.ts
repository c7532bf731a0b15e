import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AppConfig } from './app-config';
import { environmentKeys, EnvironmentError, loadEnvironment } from './environment';

describe('loadEnvironment', () => {
  it('applies the defaults to an empty environment', () => {
    const env = loadEnvironment({});
    expect(env.PORT).toBe(5000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.CORS_ORIGINS).toEqual(['http://localhost:3000']);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '80.5'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['REDIS_URL', 'not a url'],
    ['REDIS_URL', 'localhost'],
    ['DATABASE_URL', 'db.internal'],
    ['NODE_ENV', 'staging'],
    ['CORS_ORIGINS', 'http://ok.test,nonsense'],
    ['LOG_LEVEL', 'loud'],
  ])('names %s when it is %p', (variable, value) => {
    expect(() => loadEnvironment({ [variable]: value })).toThrow(EnvironmentError);
    expect(() => loadEnvironment({ [variable]: value })).toThrow(
      new RegExp(`^Invalid environment variable ${variable}:`),
    );
  });

  it('parses lists, numbers and booleans', () => {
    const env = loadEnvironment({
      PORT: '8080',
      CORS_ORIGINS: 'http://a.test, http://b.test',
      SEED_DEMO: 'true',
    });
    expect(env.PORT).toBe(8080);
    expect(env.CORS_ORIGINS).toEqual(['http://a.test', 'http://b.test']);
    expect(env.SEED_DEMO).toBe(true);
  });

  it('ignores variables it does not know', () => {
    expect(() => loadEnvironment({ SOMETHING_ELSE: '!!' })).not.toThrow();
  });
});

const PRODUCTION_SECRETS = {
  JWT_SECRET: 'x'.repeat(40),
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('secrets', () => {
  it.each(['JWT_SECRET', 'DATA_ENCRYPTION_KEY'])('requires %s in production', (variable) => {
    const env = { ...PRODUCTION_SECRETS, NODE_ENV: 'production', [variable]: undefined };
    expect(() => loadEnvironment(env)).toThrow(new RegExp(`^Invalid environment variable ${variable}:`));
  });

  it('refuses a short JWT secret and a key that is not 32 bytes', () => {
    expect(() => loadEnvironment({ JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET must be at least 32 characters/,
    );
    expect(() => loadEnvironment({ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /DATA_ENCRYPTION_KEY must be 32 bytes/,
    );
  });

  it('generates secrets in memory under test and uses configured ones as given', () => {
    const generated = AppConfig.fromEnvironment({ NODE_ENV: 'test' });
    expect(generated.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(generated.dataEncryptionKey).toHaveLength(32);
    const configured = AppConfig.fromEnvironment({ ...PRODUCTION_SECRETS, NODE_ENV: 'production' });
    expect(configured.jwtSecret).toBe(PRODUCTION_SECRETS.JWT_SECRET);
    expect(configured.dataEncryptionKey).toEqual(Buffer.alloc(32, 7));
  });
});

describe('AppConfig.seedDemo', () => {
  it('seeds on the embedded default', () => {
    expect(AppConfig.fromEnvironment({ NODE_ENV: 'test' }).seedDemo).toBe(true);
  });
  it('does not seed an external database unless asked', () => {
    expect(AppConfig.fromEnvironment({ DATABASE_URL: 'postgres://localhost/x' }).seedDemo).toBe(false);
    expect(
      AppConfig.fromEnvironment({ DATABASE_URL: 'postgres://localhost/x', SEED_DEMO: 'true' }).seedDemo,
    ).toBe(true);
  });
  it('never seeds in production', () => {
    expect(
      AppConfig.fromEnvironment({ ...PRODUCTION_SECRETS, NODE_ENV: 'production', SEED_DEMO: 'true' })
        .seedDemo,
    ).toBe(false);
  });
});

describe('the message for a bad value', () => {
  it('says what kind of value is expected first', () => {
    expect(() => loadEnvironment({ PORT: 'abc' })).toThrow(
      'Invalid environment variable PORT: PORT must be an integer number',
    );
  });
});

/** Read by the portal and `npm start`, not by the API. */
const PORTAL_VARIABLES = ['WEB_PORT', 'API_URL', 'PUBLIC_API_URL', 'PORTAL_TRUSTED_PROXIES'];

describe('.env.example', () => {
  it('documents exactly the variables the API reads, and the portal’s own', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    const documented = [...example.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]);
    expect(new Set(documented)).toEqual(new Set([...environmentKeys(), ...PORTAL_VARIABLES]));
  });

  it('holds only valid values', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    const values = Object.fromEntries(
      [...example.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((match) => [match[1], match[2]]),
    );
    expect(() => loadEnvironment(values)).not.toThrow();
  });
});

describe('README configuration table', () => {
  it('names every variable the API reads', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Architecture'));
    expect(environmentKeys().filter((key) => !table.includes(`\`${key}\``))).toEqual([]);
  });

  it('names every variable the portal reads', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Architecture'));
    expect(PORTAL_VARIABLES.filter((key) => !table.includes(`\`${key}\``))).toEqual([]);
  });
});
