import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'programs' })
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
