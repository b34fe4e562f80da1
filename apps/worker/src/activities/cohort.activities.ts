import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { programTaskText } from '@gov/domain';
import { CohortEntity, ProgramEntity, TaskEntity } from '@gov/persistence';
import type { CohortActivities, HumanTaskInput, OfferTaskRequest } from '@gov/temporal/contracts';
import { randomUUID } from 'node:crypto';
import { AuditWriter } from './audit-writer.js';
import { rowNotThereYet } from './row-not-there-yet.js';
import { insertTask, taskInput } from './task-rows.js';

@Injectable()
export class CohortActivitiesService implements CohortActivities {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(AuditWriter) private readonly audit: AuditWriter,
  ) {}

  async openOfferTask({ cohortId, personId, deadline, number }: OfferTaskRequest): Promise<HumanTaskInput> {
    const extra = { announce: true, closesAt: deadline };
    return this.db.transaction(async (m) => {
      const subjectKey = `${cohortId}/${personId}/${number}`;
      const existing = await m.findOneBy(TaskEntity, { purpose: 'offer', subjectKey });
      if (existing) return taskInput(existing, extra);
      const cohort = await m.findOneBy(CohortEntity, { id: cohortId });
      const program = cohort && (await m.findOneBy(ProgramEntity, { id: cohort.programId }));
      if (!cohort || !program) rowNotThereYet(`Cohort ${cohortId} or its program`);
      if (!program.ownerId) throw ApplicationFailure.nonRetryable(`The program of cohort ${cohortId} has no owner`, 'NoProgramOwner');
      const text = programTaskText('offer', { name: { sv: cohort.name, en: cohort.name } });
      const task = await insertTask(m, this.audit, {
        id: randomUUID(),
        ...text,
        assigneeId: personId,
        escalateToId: program.ownerId,
        programId: program.id,
        phaseKey: null,
        activityId: null,
        purpose: 'offer',
        subjectKey,
        dueAt: new Date(deadline),
        reminderPolicy: cohort.settings.reminderPolicies.offer,
        meeting: null,
      });
      return taskInput(task, extra);
    });
  }
}
