import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditActivities, AuditEventInput } from '@gov/temporal/contracts';
import { AuditWriter } from './audit-writer.js';

@Injectable()
export class AuditActivitiesService implements AuditActivities {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditWriter) private readonly writer: AuditWriter,
  ) {}

  /** Appends the event to the audit trail, with its webhook deliveries. */
  async recordAuditEvent(event: AuditEventInput): Promise<void> {
    await this.dataSource.transaction((manager) => this.writer.write(event, manager));
  }

  async recordAuditEvents(events: AuditEventInput[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const [i, event] of events.entries()) await this.writer.write(event, manager, i);
    });
  }
}
