import 'reflect-metadata';

import { DataSource } from 'typeorm';

/**
 * For the TypeORM CLI only (`npm run migration:generate|run|revert`), against DATABASE_URL. The
 * running API builds its own options in `database.module.ts`.
 */
export default new DataSource({
  type: 'postgres',
  url: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/healthsync',
  entities: [`${__dirname}/../**/*.entity.ts`],
  migrations: [`${__dirname}/migrations/1*.ts`],
  synchronize: false,
});
