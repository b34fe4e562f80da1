import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationType } from '@gov/domain';

/** A department (förvaltning), company (bolag), board, network or other body of the municipal group. */
@Entity({ name: 'organizations' })
@Check('CHK_organizations_type', `"type" IN ('department', 'company', 'board', 'network', 'other')`)
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  type: OrganizationType;

  /** Its contact person, the "entrance" to it, once named (by a handover); before that its first contact person. */
  @Column({ name: 'contact_person_id', type: 'uuid', nullable: true })
  contactPersonId?: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
