import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A push subscription belongs to the user who registered it: no update may move it to another user
 * (another user registering the same endpoint is refused by the API; this keeps it so for any writer).
 */
export class PushSubscriptionOwner1795700300000 implements MigrationInterface {
  name = 'PushSubscriptionOwner1795700300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION push_subscription_keeps_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a push subscription keeps the user who registered it' USING ERRCODE = 'check_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER push_subscriptions_keep_owner BEFORE UPDATE OF user_id ON push_subscriptions
      FOR EACH ROW WHEN (NEW.user_id IS DISTINCT FROM OLD.user_id) EXECUTE FUNCTION push_subscription_keeps_owner()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER push_subscriptions_keep_owner ON push_subscriptions`);
    await db.query(`DROP FUNCTION push_subscription_keeps_owner()`);
  }
}
