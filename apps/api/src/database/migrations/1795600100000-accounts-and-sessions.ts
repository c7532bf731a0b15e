import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (users with their doctor or patient profile), sign-in sessions with rotating refresh
 * tokens, single-use tokens (password reset, invitations), TOTP recovery codes, and settings.
 */
export class AccountsAndSessions1795600100000 implements MigrationInterface {
  name = 'AccountsAndSessions1795600100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL CONSTRAINT users_email_unique UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
        password_hash text,
        role text NOT NULL CHECK (role IN ('admin', 'doctor', 'receptionist', 'patient')),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
        failed_login_count integer NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
        locked_until timestamptz,
        totp_secret_encrypted text,
        totp_enabled_at timestamptz,
        totp_last_time_step bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT users_totp_enabled_has_secret CHECK (totp_enabled_at IS NULL OR totp_secret_encrypted IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX users_role_status ON users (role, status)`);
    await db.query(`CREATE INDEX users_name_search ON users USING gin ((first_name || ' ' || last_name || ' ' || email::text) gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE patients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid CONSTRAINT patients_user_unique UNIQUE REFERENCES users (id),
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
        date_of_birth date NOT NULL CHECK (date_of_birth > '1900-01-01'),
        phone text,
        email citext,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE doctors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT doctors_user_unique UNIQUE REFERENCES users (id),
        specialty text NOT NULL CHECK (length(specialty) BETWEEN 1 AND 100),
        licence_number text NOT NULL CONSTRAINT doctors_licence_unique UNIQUE CHECK (length(licence_number) BETWEEN 1 AND 50),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_used_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoke_reason text,
        ip text NOT NULL,
        user_agent text NOT NULL
      )`);
    await db.query(`CREATE INDEX sessions_active_by_user ON sessions (user_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id),
        token_hash char(64) NOT NULL CONSTRAINT refresh_tokens_hash_unique UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz
      )`);
    await db.query(`CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)`);

    await db.query(`
      CREATE TABLE one_time_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        purpose text NOT NULL CHECK (purpose IN ('password_reset', 'invitation')),
        token_hash char(64) NOT NULL CONSTRAINT one_time_tokens_hash_unique UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);

    await db.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        code_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        CONSTRAINT recovery_codes_unique UNIQUE (user_id, code_hash)
      )`);

    await db.query(`
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['settings', 'recovery_codes', 'one_time_tokens', 'refresh_tokens', 'sessions', 'doctors', 'patients', 'users']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
