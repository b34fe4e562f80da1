import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import type { MailDelivery, Permission, Role } from '@gov/domain';

/** A person with a role. Personal data (name, email) lives only here, never in workflows. */
@Entity({ name: 'persons' })
@Index('idx_persons_organization', ['organizationId'])
@Check('CHK_persons_role', `"role" IN ('project_office', 'contact_person', 'manager', 'participant')`)
@Check('CHK_persons_mail_delivery', `"mail_delivery" IN ('immediate', 'daily_digest')`)
@Check('CHK_persons_contact_has_organization', `"role" <> 'contact_person' OR "organization_id" IS NOT NULL`)
export class PersonEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  /** Stored lower-case, unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_persons_organization' })
  organization?: OrganizationEntity | null;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  permissions: Permission[];

  /** The identity provider's subject (`sub`, or `oid` in Entra ID) bound to this person. */
  @Column({ name: 'external_subject', type: 'varchar', length: 255, nullable: true, unique: true })
  externalSubject: string | null;

  @Column({ type: 'varchar', length: 2, default: 'sv' })
  locale: 'sv' | 'en';

  /** Reminders one mail each, or gathered into one mail a day (escalations and invitations always come at once). */
  @Column({ name: 'mail_delivery', type: 'varchar', length: 20, default: 'immediate' })
  mailDelivery: MailDelivery;

  /** When the daily digest goes out, HH:MM in Swedish time. */
  @Column({ name: 'digest_time', type: 'varchar', length: 5, default: '07:00' })
  digestTime: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
