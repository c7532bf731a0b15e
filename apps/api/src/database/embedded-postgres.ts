import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Connections the embedded server accepts; it runs one statement at a time across all of them. */
const MAX_CONNECTIONS = 20;

/**
 * PostgreSQL in this process (PGlite, PostgreSQL compiled to WebAssembly) behind its wire-protocol
 * socket on a free loopback port, so the API reaches it with the same `pg` driver, migrations and
 * SQL as a real server. Data persists in `dataDir`.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const directory = resolve(dataDir);
    mkdirSync(directory, { recursive: true });
    const db = new PGlite(directory, { extensions: { btree_gist, citext, pg_trgm } });
    await db.waitReady;
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: MAX_CONNECTIONS,
    });
    await server.start();
    return new EmbeddedPostgres(db, server);
  }

  get url(): string {
    return `postgres://postgres@${this.server.getServerConn()}/postgres`;
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}
