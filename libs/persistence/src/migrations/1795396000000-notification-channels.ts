import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhooks, calendar invitations and per-person mail preferences (immediate or a daily digest). */
export class NotificationChannels1795396000000 implements MigrationInterface {
  name = 'NotificationChannels1795396000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "webhook_subscriptions" (
        "id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "url" character varying(2000) NOT NULL,
        "secret" character varying(100) NOT NULL,
        "events" text array NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_webhook_subscriptions" PRIMARY KEY ("id")
      )`);
    await q.query(`ALTER TABLE "notification_outbox" ALTER COLUMN "recipient_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "notification_outbox" ALTER COLUMN "to_address" TYPE character varying(2000)`);
    await q.query(`ALTER TABLE "notification_outbox" ADD "subscription_id" uuid`);
    await q.query(`ALTER TABLE "notification_outbox" ADD "link" character varying(2000)`);
    await q.query(`ALTER TABLE "notification_outbox" ADD "ics" text`);
    await q.query(`ALTER TABLE "notification_outbox" ADD CONSTRAINT "CHK_outbox_channel" CHECK ("channel" IN ('email', 'webhook', 'digest'))`);
    await q.query(`ALTER TABLE "persons" ADD "mail_delivery" character varying(20) NOT NULL DEFAULT 'immediate'`);
    await q.query(`ALTER TABLE "persons" ADD "digest_time" character varying(5) NOT NULL DEFAULT '07:00'`);
    await q.query(`ALTER TABLE "persons" ADD CONSTRAINT "CHK_persons_mail_delivery" CHECK ("mail_delivery" IN ('immediate', 'daily_digest'))`);
    await q.query(`ALTER TABLE "tasks" ADD "meeting" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "meeting"`);
    await q.query(`ALTER TABLE "persons" DROP CONSTRAINT "CHK_persons_mail_delivery"`);
    await q.query(`ALTER TABLE "persons" DROP COLUMN "digest_time"`);
    await q.query(`ALTER TABLE "persons" DROP COLUMN "mail_delivery"`);
    await q.query(`DELETE FROM "notification_outbox" WHERE "channel" <> 'email'`);
    await q.query(`ALTER TABLE "notification_outbox" DROP CONSTRAINT "CHK_outbox_channel"`);
    await q.query(`ALTER TABLE "notification_outbox" DROP COLUMN "ics"`);
    await q.query(`ALTER TABLE "notification_outbox" DROP COLUMN "link"`);
    await q.query(`ALTER TABLE "notification_outbox" DROP COLUMN "subscription_id"`);
    await q.query(`ALTER TABLE "notification_outbox" ALTER COLUMN "to_address" TYPE character varying(254)`);
    await q.query(`ALTER TABLE "notification_outbox" ALTER COLUMN "recipient_id" SET NOT NULL`);
    await q.query(`DROP TABLE "webhook_subscriptions"`);
  }
}
