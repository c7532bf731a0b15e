import 'reflect-metadata';

import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

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
    ...(demoLogins.length > 0
      ? ['', `Demo logins (password ${DEMO_PASSWORD}):`, ...demoLogins.map((email) => `  ${email}`)]
      : []),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish, close the pools,
 * exit 0. A shutdown that outlasts the grace period exits 1.
 */
function shutDownGracefully(app: INestApplication, config: AppConfig, logger: Logger): void {
  const shutDown = async (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), config.shutdownGraceMs).unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutDown);
  process.once('SIGINT', shutDown);
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  try {
    const { app, demoLogins } = await startApi(config, logger);
    shutDownGracefully(app, config, logger);
    logger.info({ port: config.port }, 'HealthSync API ready');
    if (config.seedDemo) printBanner(config, demoLogins);
  } catch (error) {
    logger.fatal({ err: error }, 'HealthSync API failed to start');
    process.exit(1);
  }
}

void main();
