import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: what each user was told (in-app inbox), every delivery attempt per channel (the
 * ledger; one row per notification and channel, so a channel never delivers one twice), users'
 * channel preferences and consent, and Web Push subscriptions. Outbox events get a claim lease so any
 * number of API instances can dispatch them.
 */
export class Notifications1795600400000 implements MigrationInterface {
  name = 'Notifications1795600400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_events ADD COLUMN attempts integer NOT NULL DEFAULT 0, ADD COLUMN last_error text`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        event_id bigint REFERENCES outbox_events (id),
        category text NOT NULL CHECK (category IN ('appointments', 'reminders', 'billing', 'security')),
        type text NOT NULL,
        title text NOT NULL CHECK (length(title) <= 200),
        body text NOT NULL CHECK (length(body) <= 2000),
        link text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notifications_once_per_event UNIQUE (event_id, user_id, type)
      )`);
    await db.query(`CREATE INDEX notifications_inbox ON notifications (user_id, created_at DESC)`);
    await db.query(`CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL`);

    await db.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL REFERENCES notifications (id),
        channel text NOT NULL CHECK (channel IN ('in_app', 'email', 'sms', 'push')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_deliveries_once_per_channel UNIQUE (notification_id, channel)
      )`);
    await db.query(`CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_at) WHERE status IN ('pending', 'sending')`);

    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users (id),
        channels jsonb NOT NULL,
        email_consent_at timestamptz,
        sms_consent_at timestamptz,
        phone text,
        quiet_start time,
        quiet_end time,
        time_zone text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // One reminder per appointment, start time and lead: a moved appointment is reminded of its new time.
    await db.query(`
      CREATE TABLE appointment_reminders (
        appointment_id uuid NOT NULL REFERENCES appointments (id),
        starts_at timestamptz NOT NULL,
        lead_minutes integer NOT NULL CHECK (lead_minutes > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (appointment_id, starts_at, lead_minutes)
      )`);

    await db.query(`
      CREATE TABLE push_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        endpoint text NOT NULL CONSTRAINT push_subscriptions_endpoint_unique UNIQUE CHECK (endpoint ~ '^https://'),
        p256dh text NOT NULL,
        auth text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['push_subscriptions', 'appointment_reminders', 'notification_preferences', 'notification_deliveries', 'notifications']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE outbox_events DROP COLUMN attempts, DROP COLUMN last_error`);
  }
}
