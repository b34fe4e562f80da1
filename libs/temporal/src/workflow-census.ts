import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@gov/persistence';
import { COHORT_WORKFLOW, GOVERNANCE_PROGRAM_WORKFLOW, HUMAN_TASK_WORKFLOW, PROGRAM_ACTIVITY_WORKFLOW } from './contracts/index.js';
import { TemporalConnection } from './temporal-connection.js';
import { startStep, WorkflowCommands, workflowStatus } from './workflow-commands.js';

/** What one census found and did. */
export interface CensusReport {
  rowsChecked: number;
  /** Rows whose workflow Temporal does not know (and no pending command will start). */
  rowsWithoutWorkflow: string[];
  /** Of those, started again from their row (tasks made by the API, whose workflow nothing else owns). */
  started: string[];
  workflowsChecked: number;
  /** Running workflows of this task queue whose row is gone. */
  workflowsWithoutRow: string[];
}

/** Rows older than this are counted; younger ones may still be on their way (the reconciler's grace). */
const SETTLED_AFTER_S = 60;

/** Which running workflow types have a row of their own, and where. */
const ROW_OF: Record<string, { table: string; prefix: string }> = {
  [HUMAN_TASK_WORKFLOW]: { table: 'tasks', prefix: 'task-' },
  [GOVERNANCE_PROGRAM_WORKFLOW]: { table: 'programs', prefix: 'program-' },
  [COHORT_WORKFLOW]: { table: 'cohorts', prefix: 'cohort-' },
  [PROGRAM_ACTIVITY_WORKFLOW]: { table: 'program_activities', prefix: 'activity-' },
};

/**
 * The reconciler's census, both ways: live rows (open tasks, active programs, cohorts, activities
 * under way) whose workflow Temporal does not know — from before the command log, or lost with
 * Temporal's own data — and running workflows whose row is gone. A task the API made is started
 * again from its row (the command log's start, recorded and delivered); everything else is reported:
 * each finding once in the audit trail (`consistency.workflow_missing`, `consistency.row_missing`).
 */
@Injectable()
export class WorkflowCensus {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(TemporalConnection) private readonly temporal: TemporalConnection,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
  ) {}

  /** One pass over at most `limit` rows and workflows; `stopping` ends it early between batches (on shutdown). */
  async run(limit = 200, stopping: () => boolean = () => false): Promise<CensusReport> {
    const report: CensusReport = { rowsChecked: 0, rowsWithoutWorkflow: [], started: [], workflowsChecked: 0, workflowsWithoutRow: [] };
    const rows: { workflowId: string; kind: string; id: string; programId: string | null; apiTask: boolean }[] = await this.db.query(
      `SELECT * FROM (
          SELECT workflow_id AS "workflowId", 'task' AS kind, id, program_id AS "programId", (purpose IS NULL) AS "apiTask", created_at FROM tasks WHERE status = 'open'
          UNION ALL SELECT workflow_id, 'program', id, id, false, created_at FROM programs WHERE status = 'active'
          UNION ALL SELECT workflow_id, 'cohort', id, program_id, false, created_at FROM cohorts
          UNION ALL SELECT workflow_id, 'activity', id, program_id, false, created_at FROM program_activities WHERE status NOT IN ('ended', 'scaled-up')
        ) r
        WHERE created_at < now() - $1 * interval '1 second'
          AND NOT EXISTS (SELECT 1 FROM workflow_commands c WHERE c.status = 'pending' AND c.steps @> jsonb_build_array(jsonb_build_object('workflowId', r."workflowId")))
        ORDER BY created_at DESC LIMIT $2`,
      [SETTLED_AFTER_S, limit],
    );
    report.rowsChecked = rows.length;
    for (let i = 0; i < rows.length && !stopping(); i += 16) {
      await Promise.all(
        rows.slice(i, i + 16).map(async (row) => {
          if ((await workflowStatus(this.temporal, row.workflowId)) !== null) return;
          report.rowsWithoutWorkflow.push(row.workflowId);
          if (row.kind === 'task' && row.apiTask) {
            const [task] = await this.db.query(`SELECT id, assignee_id, escalate_to_id, due_at, reminder_policy, program_id, meeting FROM tasks WHERE id = $1`, [row.id]);
            const input = { taskId: task.id, assigneeId: task.assignee_id, escalateToId: task.escalate_to_id, dueAt: new Date(task.due_at).toISOString(), reminderPolicy: task.reminder_policy, programId: task.program_id ?? undefined, invite: Boolean(task.meeting) };
            const command = await this.db.transaction((m) => this.commands.record(m, [startStep(HUMAN_TASK_WORKFLOW, row.workflowId, input)]));
            await this.commands.deliverOrLeave(command);
            report.started.push(row.workflowId);
          }
          await this.note('consistency.workflow_missing', row.workflowId, row.programId, { kind: row.kind, id: row.id, started: report.started.includes(row.workflowId) });
        }),
      );
    }
    const types = Object.keys(ROW_OF).map((t) => `"${t}"`).join(', ');
    const running: { workflowId: string; type: string }[] = [];
    if (stopping()) return report;
    for await (const wf of this.temporal.client.workflow.list({ query: `TaskQueue = "${this.temporal.taskQueue}" AND ExecutionStatus = "Running" AND WorkflowType IN (${types})` })) {
      running.push({ workflowId: wf.workflowId, type: wf.type });
      if (running.length >= limit) break;
    }
    report.workflowsChecked = running.length;
    for (const { workflowId, type } of running) {
      if (stopping()) break;
      const { table, prefix } = ROW_OF[type];
      if (!workflowId.startsWith(prefix)) continue;
      const [found] = await this.db.query(`SELECT 1 FROM ${table} WHERE workflow_id = $1`, [workflowId]);
      if (found) continue;
      report.workflowsWithoutRow.push(workflowId);
      await this.note('consistency.row_missing', workflowId, null, { type });
    }
    return report;
  }

  /** One audit entry per finding (the dedupe key), ids only. */
  private note(type: string, workflowId: string, programId: string | null, data: Record<string, string | boolean>): Promise<void> {
    return this.db.transaction((m) =>
      this.trail.record({ type, actorKind: 'system', actorId: null, programId, workflowId, runId: null, dedupeKey: `${type}/${workflowId}`, data: { workflowId, ...data } }, m),
    );
  }
}
