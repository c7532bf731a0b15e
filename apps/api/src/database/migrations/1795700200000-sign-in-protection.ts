import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in protection: devices a user signed in from before (their failures are counted apart, and
 * the lock of an account under attack does not apply to them), the device each session started on,
 * emailed unlock links, and the sign-in challenges already used (each works once).
 */
export class SignInProtection1795700200000 implements MigrationInterface {
  name = 'SignInProtection1795700200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE known_devices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT now(),
        failed_count integer NOT NULL DEFAULT 0 CHECK (failed_count >= 0)
      )`);
    await db.query(`CREATE INDEX known_devices_user ON known_devices (user_id)`);
    await db.query(`ALTER TABLE sessions ADD COLUMN device_id uuid REFERENCES known_devices (id)`);

    await db.query(`ALTER TABLE one_time_tokens DROP CONSTRAINT one_time_tokens_purpose_check`);
    await db.query(`
      ALTER TABLE one_time_tokens ADD CONSTRAINT one_time_tokens_purpose_check
        CHECK (purpose IN ('password_reset', 'invitation', 'account_unlock'))`);
    await db.query(
      `CREATE INDEX one_time_tokens_open_by_user ON one_time_tokens (user_id, purpose) WHERE used_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE consumed_sign_in_challenges (
        jti uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        consumed_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE consumed_sign_in_challenges`);
    await db.query(`DROP INDEX one_time_tokens_open_by_user`);
    await db.query(`DELETE FROM one_time_tokens WHERE purpose = 'account_unlock'`);
    await db.query(`ALTER TABLE one_time_tokens DROP CONSTRAINT one_time_tokens_purpose_check`);
    await db.query(`
      ALTER TABLE one_time_tokens ADD CONSTRAINT one_time_tokens_purpose_check
        CHECK (purpose IN ('password_reset', 'invitation'))`);
    await db.query(`ALTER TABLE sessions DROP COLUMN device_id`);
    await db.query(`DROP TABLE known_devices`);
  }
}
