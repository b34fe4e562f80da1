import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { WorkflowCensus, WorkflowCommands } from '@gov/temporal';

/** How often the reconciler looks for commands their sender left undelivered. */
export const RECONCILE_EVERY_MS = 2_000;

/** The census (rows without workflows and workflows without rows): a minute after start-up, then every 15 minutes. */
export const CENSUS_FIRST_AFTER_MS = 60_000;
export const CENSUS_EVERY_MS = 15 * 60_000;

/**
 * The consistency protocol's repair: at start-up and every RECONCILE_EVERY_MS it delivers the
 * workflow starts and updates that a crash or an outage left recorded but unsent (after the grace
 * period that leaves them to their own sender). Every repair is in the audit trail
 * (`consistency.command_redelivered`, `consistency.command_refused`) and counted in `/health`. Its
 * census looks for rows without a workflow and workflows without a row (WorkflowCensus).
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  private nextCensusAt = Date.now() + CENSUS_FIRST_AFTER_MS;

  constructor(
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(WorkflowCensus) private readonly census: WorkflowCensus,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  // A whole pass before any connection closes (those close in onApplicationShutdown).
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const report = await this.commands.redeliver();
        if (report.delivered || report.refused) this.logger.log(`Reconciled: ${report.delivered} delivered, ${report.refused} refused, ${report.stillPending} still pending`);
        if (Date.now() >= this.nextCensusAt) {
          this.nextCensusAt = Date.now() + CENSUS_EVERY_MS;
          const found = await this.census.run(200, () => !this.running);
          if (found.rowsWithoutWorkflow.length || found.workflowsWithoutRow.length) {
            this.logger.warn(`Census: ${found.rowsWithoutWorkflow.length} rows without a workflow (${found.started.length} started), ${found.workflowsWithoutRow.length} workflows without a row`);
          }
        }
      } catch (err) {
        this.logger.warn(`Reconciler pass failed: ${(err as Error).message}`);
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, RECONCILE_EVERY_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
