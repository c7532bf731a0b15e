import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIVE = `('held', 'scheduled', 'confirmed', 'checked_in', 'in_progress')`;

/**
 * Doctors' working profile, weekly availability and its exceptions, appointments (with slot holds),
 * their transition history, idempotent requests and the outbox of domain events.
 * No double booking is held by PostgreSQL itself: exclusion constraints over the busy range of every
 * active appointment (or live hold), per doctor and per patient.
 */
export class Scheduling1795600200000 implements MigrationInterface {
  name = 'Scheduling1795600200000';

  async up(db: QueryRunner): Promise<void> {
    // Migrations are frozen history, so the bounds stay literal here: 5 and 240 are MIN_SLOT_MINUTES and
    // MAX_SLOT_MINUTES, 120 BUFFER_MINUTES_MAX and 43200 MIN_NOTICE_MINUTES_MAX of
    // libs/contracts/src/scheduling/scheduling-limits.ts; change both together (in a new migration).
    await db.query(`
      ALTER TABLE doctors
        ADD COLUMN bio text NOT NULL DEFAULT '' CHECK (length(bio) <= 2000),
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
        ADD COLUMN consultation_fee_minor integer NOT NULL DEFAULT 0 CHECK (consultation_fee_minor >= 0),
        ADD COLUMN currency char(3) NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
        ADD COLUMN default_slot_minutes integer NOT NULL DEFAULT 30 CHECK (default_slot_minutes BETWEEN 5 AND 240),
        ADD COLUMN buffer_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 120),
        ADD COLUMN min_notice_minutes integer NOT NULL DEFAULT 0 CHECK (min_notice_minutes BETWEEN 0 AND 43200),
        ADD COLUMN daily_cap integer CHECK (daily_cap IS NULL OR daily_cap > 0),
        ADD COLUMN schedule_version bigint NOT NULL DEFAULT 1`);
    await db.query(`CREATE INDEX doctors_specialty ON doctors (lower(specialty))`);

    await db.query(`
      CREATE TABLE availability_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        doctor_id uuid NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_time time NOT NULL,
        end_time time NOT NULL,
        slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
        appointment_types text[],
        CONSTRAINT availability_rules_end_after_start CHECK (end_time > start_time),
        CONSTRAINT availability_rules_no_overlap EXCLUDE USING gist (
          doctor_id WITH =, weekday WITH =,
          tsrange(date '2000-01-01' + start_time, date '2000-01-01' + end_time) WITH &&)
      )`);

    await db.query(`
      CREATE TABLE availability_exceptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        doctor_id uuid NOT NULL REFERENCES doctors (id) ON DELETE CASCADE,
        date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('day_off', 'extra_hours')),
        start_time time,
        end_time time,
        slot_minutes integer CHECK (slot_minutes BETWEEN 5 AND 240),
        reason text CHECK (length(reason) <= 500),
        CONSTRAINT availability_exceptions_hours CHECK (
          (kind = 'day_off' AND start_time IS NULL AND end_time IS NULL)
          OR (kind = 'extra_hours' AND start_time IS NOT NULL AND end_time > start_time AND slot_minutes IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX availability_exceptions_one_day_off ON availability_exceptions (doctor_id, date) WHERE kind = 'day_off'`);

    await db.query(`
      CREATE TABLE appointments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        doctor_id uuid NOT NULL REFERENCES doctors (id),
        patient_id uuid NOT NULL REFERENCES patients (id),
        type text NOT NULL CHECK (type IN ('consultation', 'follow_up', 'telehealth', 'procedure')),
        status text NOT NULL CHECK (status IN ${ACTIVE.replace(')', ", 'completed', 'cancelled', 'no_show')")}),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        busy_until timestamptz NOT NULL,
        hold_expires_at timestamptz,
        reason text CHECK (length(reason) <= 1000),
        video_link text,
        fee_minor integer NOT NULL CHECK (fee_minor >= 0),
        currency char(3) NOT NULL,
        cancellation_reason text CHECK (length(cancellation_reason) <= 1000),
        checked_in_at timestamptz,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT appointments_ends_after_start CHECK (ends_at > starts_at AND busy_until >= ends_at),
        CONSTRAINT appointments_hold_expires CHECK ((status = 'held') = (hold_expires_at IS NOT NULL)),
        CONSTRAINT appointments_no_double_booking_doctor EXCLUDE USING gist (
          doctor_id WITH =, tstzrange(starts_at, busy_until) WITH &&) WHERE (status IN ${ACTIVE}),
        CONSTRAINT appointments_no_double_booking_patient EXCLUDE USING gist (
          patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status IN ${ACTIVE})
      )`);
    await db.query(`CREATE INDEX appointments_doctor_time ON appointments (doctor_id, starts_at)`);
    await db.query(`CREATE INDEX appointments_patient_time ON appointments (patient_id, starts_at)`);
    await db.query(`CREATE INDEX appointments_status_time ON appointments (status, starts_at)`);

    await db.query(`
      CREATE TABLE appointment_transitions (
        id bigserial PRIMARY KEY,
        appointment_id uuid NOT NULL REFERENCES appointments (id),
        from_status text,
        to_status text NOT NULL,
        action text NOT NULL,
        actor_id uuid REFERENCES users (id),
        actor_role text,
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX appointment_transitions_appointment ON appointment_transitions (appointment_id, id)`);

    await db.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users (id),
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        request_hash char(64) NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);

    await db.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        event_type text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id uuid NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_events_undispatched ON outbox_events (id) WHERE dispatched_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['outbox_events', 'idempotency_keys', 'appointment_transitions', 'appointments', 'availability_exceptions', 'availability_rules']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP INDEX doctors_specialty`);
    await db.query(`
      ALTER TABLE doctors DROP COLUMN bio, DROP COLUMN languages, DROP COLUMN consultation_fee_minor, DROP COLUMN currency,
        DROP COLUMN default_slot_minutes, DROP COLUMN buffer_minutes, DROP COLUMN min_notice_minutes, DROP COLUMN daily_cap, DROP COLUMN schedule_version`);
  }
}
