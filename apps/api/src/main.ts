import 'reflect-metadata';

import { startApi } from './bootstrap';
import { createLogger } from './common/logging/logger';
import { AppConfig } from './config/app-config';
import { EnvironmentError } from './config/environment';
import { DEMO_PASSWORD } from './database/seeding/demo-seed';

function loadConfigOrExit(): AppConfig {
  try {
    return AppConfig.fromEnvironment();
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

function printBanner(config: AppConfig, demoLogins: string[]): void {
  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    `HealthSync API   ${base}/api/v1`,
    `API docs         ${base}/api/docs`,
    `Health           ${base}/api/v1/health`,
    `Database         ${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `embedded PostgreSQL (PGlite), data in ${config.embeddedDataDir}`}`,
    ...(demoLogins.length > 0 ? ['', `Demo logins (password ${DEMO_PASSWORD}):`, ...demoLogins.map((email) => `  ${email}`)] : []),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** SIGTERM lets in-flight requests finish and pools close; after the grace period the process exits anyway. */
function forceExitAfterGrace(config: AppConfig): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), config.shutdownGraceMs).unref());
  }
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  forceExitAfterGrace(config);
  try {
    const { demoLogins } = await startApi(config, logger);
    logger.info({ port: config.port }, 'HealthSync API ready');
    if (config.seedDemo) printBanner(config, demoLogins);
  } catch (error) {
    logger.fatal({ err: error }, 'HealthSync API failed to start');
    process.exit(1);
  }
}

void main();
