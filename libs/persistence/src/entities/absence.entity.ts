import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A person away (vikarie, out of office) from `startsAt` until `endsAt`: while it runs, their
 * tasks — open ones and new ones — are the substitute's to act on and their reminders go to the
 * substitute; the tasks stay theirs, and return to them as the absence ends.
 */
@Entity({ name: 'absences' })
@Check('CHK_absences_period', `"ends_at" > "starts_at"`)
@Check('CHK_absences_not_self', `"substitute_id" <> "person_id"`)
@Index('IDX_absences_person_period', ['personId', 'endsAt'])
@Index('IDX_absences_substitute_period', ['substituteId', 'endsAt'])
export class AbsenceEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @Column({ name: 'substitute_id', type: 'uuid' }) substituteId: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
