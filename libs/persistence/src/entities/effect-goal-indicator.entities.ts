import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from './person.entity.js';
import { ProgramEntity } from './program.entity.js';

/**
 * An indicator (*indikator*) that measures one of a program's effect goals (*effektmål*): from a
 * baseline to a target, with an owner who answers for its yearly values. Numbers are PostgreSQL
 * `numeric`, read as their exact text.
 */
@Entity({ name: 'effect_goal_indicators' })
@Unique('UQ_effect_goal_indicators_program_key', ['programId', 'key'])
export class EffectGoalIndicatorEntity {
  @ManyToOne(() => ProgramEntity, { nullable: true })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_effect_goal_indicators_program' })
  program?: ProgramEntity;
  @ManyToOne(() => PersonEntity, { nullable: true })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'FK_effect_goal_indicators_owner' })
  owner?: PersonEntity;
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'goal_number', type: 'integer' }) goalNumber: number;
  @Column({ type: 'varchar', length: 63 }) key: string;
  @Column({ name: 'name_sv', type: 'varchar', length: 200 }) nameSv: string;
  @Column({ name: 'name_en', type: 'varchar', length: 200 }) nameEn: string;
  @Column({ type: 'varchar', length: 40 }) unit: string;
  @Column({ type: 'varchar', length: 300 }) source: string;
  @Column({ name: 'baseline_year', type: 'integer' }) baselineYear: number;
  @Column({ name: 'baseline_value', type: 'numeric' }) baselineValue: string;
  @Column({ name: 'target_value', type: 'numeric' }) targetValue: string;
  @Column({ name: 'target_year', type: 'integer' }) targetYear: number;
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** An indicator's measured value for one year; entering the year again replaces it (the audit trail keeps the old one). */
@Entity({ name: 'indicator_values' })
export class IndicatorValueEntity {
  @ManyToOne(() => EffectGoalIndicatorEntity, { nullable: true })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'FK_indicator_values_indicator' })
  indicator?: EffectGoalIndicatorEntity;
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @PrimaryColumn({ type: 'integer' }) year: number;
  @Column({ type: 'numeric' }) value: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}

export const EFFECT_GOAL_INDICATOR_ENTITIES = [EffectGoalIndicatorEntity, IndicatorValueEntity];
