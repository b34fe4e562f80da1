import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795390000000 implements MigrationInterface {
  name = 'Identity1795390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "type" character varying(20) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_organizations_name" UNIQUE ("name"),
        CONSTRAINT "CHK_organizations_type" CHECK ("type" IN ('department', 'company', 'board', 'network', 'other')),
        CONSTRAINT "PK_organizations" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "persons" (
        "id" uuid NOT NULL,
        "display_name" character varying(200) NOT NULL,
        "email" character varying(254) NOT NULL,
        "organization_id" uuid,
        "role" character varying(20) NOT NULL,
        "permissions" text array NOT NULL DEFAULT '{}',
        "external_subject" character varying(255),
        "locale" character varying(2) NOT NULL DEFAULT 'sv',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_persons_email" UNIQUE ("email"),
        CONSTRAINT "UQ_persons_external_subject" UNIQUE ("external_subject"),
        CONSTRAINT "CHK_persons_role" CHECK ("role" IN ('project_office', 'contact_person', 'manager')),
        CONSTRAINT "CHK_persons_contact_has_organization" CHECK ("role" <> 'contact_person' OR "organization_id" IS NOT NULL),
        CONSTRAINT "PK_persons" PRIMARY KEY ("id"),
        CONSTRAINT "FK_persons_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "idx_persons_organization" ON "persons" ("organization_id")`);
    await q.query(`
      CREATE TABLE "api_tokens" (
        "id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "name" character varying(100) NOT NULL,
        "token_hash" character(64) NOT NULL,
        "prefix" character varying(12) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "last_used_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "UQ_api_tokens_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "PK_api_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "FK_api_tokens_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "idx_api_tokens_person" ON "api_tokens" ("person_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "api_tokens"`);
    await q.query(`DROP TABLE "persons"`);
    await q.query(`DROP TABLE "organizations"`);
  }
}
