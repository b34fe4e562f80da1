import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { CohortEventAttendanceEntity, CohortEventEntity } from '@gov/persistence';
import { CohortWorkflows } from '@gov/temporal';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { asCommand } from '../common/database-errors.js';
import type { AttendeesDto, CohortEventDto } from './cohort.dto.js';
import { findCohort } from './cohort-lookups.js';

/** The cohort's events beside the modules (conference and study visits, guest lectures) and who attended them. */
@Injectable()
export class CohortEventsService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CohortWorkflows) private readonly workflows: CohortWorkflows,
  ) {}

  /** A conference or study visit or a guest lecture beside the modules. */
  async addEvent(principal: Principal, cohortId: string, dto: CohortEventDto) {
    await findCohort(this.db.manager, cohortId);
    const row = { id: randomUUID(), cohortId, kind: dto.kind, title: dto.title, heldOn: dto.heldOn, recordedBy: principal.personId };
    await this.db.manager.insert(CohortEventEntity, row);
    return { ...row, attendees: [] as string[] };
  }

  /** Who attended an event: admitted participants only; recording someone twice changes nothing. */
  async eventAttendance(cohortId: string, eventId: string, dto: AttendeesDto) {
    const event = await this.db.manager.findOneBy(CohortEventEntity, { id: eventId, cohortId });
    if (!event) throw new NotFoundException(`Event ${eventId} not found in cohort ${cohortId}`);
    const state = await asCommand(() => this.workflows.state(cohortId));
    const outsiders = dto.personIds.filter((id) => !state.admitted.includes(id));
    if (outsiders.length) throw new ValidationProblem([{ field: 'personIds', message: `not admitted participants of the cohort: ${outsiders.slice(0, 20).join(', ')}` }]);
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(CohortEventAttendanceEntity)
      .values(dto.personIds.map((personId) => ({ eventId, personId })))
      .orIgnore()
      .execute();
    return { eventId, attendees: await this.db.manager.countBy(CohortEventAttendanceEntity, { eventId }) };
  }

  /** The cohort's events, with who attended. */
  async events(cohortId: string) {
    await findCohort(this.db.manager, cohortId);
    const events = await this.db.manager.find(CohortEventEntity, { where: { cohortId }, order: { heldOn: 'ASC', createdAt: 'ASC' } });
    const attendance = await this.db.manager.find(CohortEventAttendanceEntity, { where: { eventId: In(events.map((e) => e.id)) } });
    return events.map((e) => ({ id: e.id, kind: e.kind, title: e.title, heldOn: e.heldOn, attendees: attendance.filter((a) => a.eventId === e.id).map((a) => a.personId) }));
  }
}
