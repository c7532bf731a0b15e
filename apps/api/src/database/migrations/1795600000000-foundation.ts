import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions every later migration may rely on, and the PostgreSQL side of the document store:
 * versioned documents (medical records) and append-only, hash-chained logs (the audit trail).
 * Both refuse UPDATE, DELETE and TRUNCATE in the database itself, whatever the code does.
 */
export class Foundation1795600000000 implements MigrationInterface {
  name = 'Foundation1795600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS citext`);

    await db.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await db.query(`
      CREATE TABLE document_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        collection text NOT NULL CHECK (collection <> ''),
        document_key text NOT NULL CHECK (document_key <> ''),
        version integer NOT NULL CHECK (version > 0),
        body jsonb NOT NULL,
        author_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT document_versions_key_version UNIQUE (collection, document_key, version)
      )`);

    await db.query(`
      CREATE TABLE log_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        stream text NOT NULL CHECK (stream <> ''),
        sequence bigint NOT NULL CHECK (sequence > 0),
        body jsonb NOT NULL,
        recorded_at timestamptz NOT NULL,
        previous_hash char(64),
        hash char(64) NOT NULL,
        CONSTRAINT log_entries_stream_sequence UNIQUE (stream, sequence),
        CONSTRAINT log_entries_chain CHECK ((sequence = 1) = (previous_hash IS NULL))
      )`);
    await db.query(`CREATE INDEX log_entries_body ON log_entries USING gin (body jsonb_path_ops)`);
    await db.query(`CREATE INDEX log_entries_stream_recorded_at ON log_entries (stream, recorded_at)`);

    for (const table of ['document_versions', 'log_entries']) {
      await db.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
      await db.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    }

    await db.query(`
      CREATE TABLE demo_seed_runs (
        name text PRIMARY KEY,
        ran_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE demo_seed_runs`);
    await db.query(`DROP TABLE log_entries`);
    await db.query(`DROP TABLE document_versions`);
    await db.query(`DROP FUNCTION refuse_change()`);
  }
}
