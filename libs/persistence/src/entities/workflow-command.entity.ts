import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One thing a command sends to Temporal after its commit: start a workflow, or update one. */
export interface WorkflowCommandStep {
  kind: 'start' | 'update';
  workflowId: string;
  /** start: the workflow type. */
  workflowType?: string;
  /** update: the update's name. */
  name?: string;
  /** Ids, enums and numbers only: the payload guard refuses personal data. */
  args: unknown[];
}

export type WorkflowCommandStatus = 'pending' | 'done' | 'refused' | 'failed';

/** A command's pending Temporal work, written in the command's transaction (see the README's consistency protocol). */
@Entity({ name: 'workflow_commands' })
@Index('idx_workflow_commands_pending', ['taskQueue', 'createdAt'], { where: `"status" = 'pending'` })
@Check('CHK_workflow_commands_status', `"status" IN ('pending', 'done', 'refused', 'failed')`)
export class WorkflowCommandEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_workflow_commands' }) id: string;
  @Column({ name: 'task_queue', type: 'varchar', length: 200 }) taskQueue: string;
  @Column({ type: 'jsonb' }) steps: WorkflowCommandStep[];
  @Column({ name: 'next_step', type: 'integer', default: 0 }) nextStep: number;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status: WorkflowCommandStatus;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  /** 'command' when the API delivered it, 'reconciler' when a crash or an outage left it to the reconciler. */
  @Column({ name: 'delivered_by', type: 'varchar', length: 20, nullable: true }) deliveredBy: string | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true }) leaseUntil: Date | null;
}
