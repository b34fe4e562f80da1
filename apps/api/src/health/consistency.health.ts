import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AppConfig } from '@gov/config';

/** A command left undelivered for longer than this means the reconciler is not keeping up (or not running). */
const STUCK_AFTER_S = 60;

/**
 * The consistency protocol's state: workflow commands still pending (and the oldest one's age), and
 * what the reconciler repaired or found refused in the last 24 hours. Down when a command has been
 * pending for over a minute: some row is then without its workflow, or some decision unapplied.
 */
@Injectable()
export class ConsistencyHealthIndicator {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(HealthIndicatorService) private readonly health: HealthIndicatorService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async check(key: string) {
    const indicator = this.health.check(key);
    try {
      const [row] = await this.db.query(
        `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
                COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE status = 'pending')), 0)::int AS "oldestPendingSeconds",
                count(*) FILTER (WHERE delivered_by = 'reconciler' AND status = 'done' AND updated_at > now() - interval '24 hours')::int AS "repairedLast24h",
                count(*) FILTER (WHERE status = 'refused' AND delivered_by = 'reconciler' AND updated_at > now() - interval '24 hours')::int AS "refusedAfterRepairLast24h"
           FROM workflow_commands
          WHERE task_queue = $1 AND (status = 'pending' OR updated_at > now() - interval '24 hours')`,
        [this.config.temporal.taskQueue],
      );
      const [census] = await this.db.query(
        `SELECT count(*) FILTER (WHERE type = 'consistency.workflow_missing')::int AS "rowsWithoutWorkflowLast24h",
                count(*) FILTER (WHERE type = 'consistency.row_missing')::int AS "workflowsWithoutRowLast24h"
           FROM audit_events WHERE type IN ('consistency.workflow_missing', 'consistency.row_missing') AND occurred_at > now() - interval '24 hours'`,
      );
      const details = { ...census, pending: row.pending, oldestPendingSeconds: row.oldestPendingSeconds, repairedLast24h: row.repairedLast24h, refusedAfterRepairLast24h: row.refusedAfterRepairLast24h };
      return row.oldestPendingSeconds > STUCK_AFTER_S ? indicator.down({ ...details, message: `a workflow command has waited ${row.oldestPendingSeconds} s for delivery` }) : indicator.up(details);
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}
