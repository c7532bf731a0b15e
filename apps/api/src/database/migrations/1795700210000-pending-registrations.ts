import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations waiting for their emailed link: the account is created only when the holder of the
 * address opens it (with the password given at registration), so registering never tells whether an
 * address already has an account.
 */
export class PendingRegistrations1795700210000 implements MigrationInterface {
  name = 'PendingRegistrations1795700210000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE pending_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL CONSTRAINT pending_registrations_hash_unique UNIQUE,
        email citext NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        password_hash text NOT NULL,
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
        date_of_birth date NOT NULL CHECK (date_of_birth > '1900-01-01'),
        phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX pending_registrations_open_by_email ON pending_registrations (email) WHERE used_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE pending_registrations`);
  }
}
