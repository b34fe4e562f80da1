import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AuditEventEntity } from '../entities/audit-event.entity.js';

export type NewAuditEvent = Pick<AuditEventEntity, 'type' | 'actorKind' | 'actorId' | 'programId' | 'workflowId' | 'runId' | 'dedupeKey' | 'data'>;

@Injectable()
export class AuditEventRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Appends an event; a second append with the same dedupe key is a no-op. Returns whether a row was written. */
  async append(event: NewAuditEvent, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(event as QueryDeepPartialEntity<AuditEventEntity>)
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  forProgram(programId: string): Promise<AuditEventEntity[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({ where: { programId }, order: { id: 'ASC' } });
  }
}
