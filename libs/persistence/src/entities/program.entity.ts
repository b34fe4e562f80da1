import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Governance } from '@gov/domain';

@Entity({ name: 'programs' })
@Check('CHK_programs_status', `"status" IN ('active', 'closed')`)
@Check('CHK_programs_step_status', `"step_status" IN ('open', 'completed')`)
export class ProgramEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'template_key', type: 'varchar', length: 63 })
  templateKey: string;

  @Column({ name: 'template_version', type: 'integer' })
  templateVersion: number;

  @Column({ name: 'workflow_id', type: 'varchar', length: 255, unique: true })
  workflowId: string;

  /** The governance the program runs with: its template's, with the overrides given at creation. */
  @Column({ type: 'jsonb', nullable: true })
  governance: Governance | null;

  /** The project-office person who runs the program: step tasks go to them. */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  /** The steering group's decision maker: gate tasks go to them. */
  @Column({ name: 'gate_owner_id', type: 'uuid', nullable: true })
  gateOwnerId: string | null;

  // Where the program stands (read model, written by the program's activities and by step completion).
  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: 'active' | 'closed';

  @Column({ name: 'phase_key', type: 'varchar', length: 63, nullable: true })
  phaseKey: string | null;

  @Column({ name: 'step_key', type: 'varchar', length: 63, nullable: true })
  stepKey: string | null;

  @Column({ name: 'step_status', type: 'varchar', length: 20, nullable: true })
  stepStatus: 'open' | 'completed' | null;

  @Column({ name: 'step_task_id', type: 'uuid', nullable: true })
  stepTaskId: string | null;

  /** The open gate's task; null when no gate waits for a decision. */
  @Column({ name: 'gate_task_id', type: 'uuid', nullable: true })
  gateTaskId: string | null;

  @Column({ name: 'network_kickoff_at', type: 'timestamptz', nullable: true })
  networkKickoffAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
