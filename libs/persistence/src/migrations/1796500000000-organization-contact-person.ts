import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An organization's contact person (its "entrance") named explicitly, as a handover moves it; null: its first contact person. */
export class OrganizationContactPerson1796500000000 implements MigrationInterface {
  name = 'OrganizationContactPerson1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations" ADD COLUMN "contact_person_id" uuid NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "contact_person_id"`);
  }
}
