import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from './person.entity.js';

/** A person's calendar subscription link: only the SHA-256 of its secret is kept; a new link replaces the old. */
@Entity({ name: 'calendar_feeds' })
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'PK_calendar_feeds' }) personId: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_calendar_feeds_person' })
  person?: PersonEntity;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
