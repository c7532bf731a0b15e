import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { NestFactory } from '@nestjs/core';

import { Role } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import { AppModule } from '../app.module';
import { createLogger } from '../common/logging/logger';
import { AppConfig } from '../config/app-config';
import { AccountsService } from '../modules/accounts/accounts.service';
import { readSecret } from './read-secret';

const USAGE = `Creates an admin account (the first one of a production install).
Usage: npm run create-admin -- --email <email> --first-name <name> --last-name <name>
The password is read from HEALTHSYNC_ADMIN_PASSWORD, or typed at a prompt; it is never printed.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.email || !values['first-name'] || !values['last-name']) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const password =
    process.env['HEALTHSYNC_ADMIN_PASSWORD'] || (await readSecret('Password for the new admin: '));
  const config = AppConfig.fromEnvironment({ ...process.env, SEED_DEMO: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, createLogger('warn')), {
    logger: false,
  });
  try {
    const created = await app.get(AccountsService).create({
      email: values.email.trim().toLowerCase(),
      firstName: values['first-name'],
      lastName: values['last-name'],
      role: Role.Admin,
      password,
    });
    process.stdout.write(`Admin ${created.user.email} created (id ${created.user.id}).\n`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof DomainError ? error.message : (error as Error).message;
  process.stderr.write(`Could not create the admin: ${message}\n`);
  process.exit(1);
});
