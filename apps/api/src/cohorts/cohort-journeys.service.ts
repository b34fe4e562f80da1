import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { cohortKnowledgeLevels, unknownCohortKey } from '@gov/domain';
import { CohortWorkflows } from '@gov/temporal';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { asCommand } from '../common/database-errors.js';
import { findCohort } from './cohort-lookups.js';

/** The admitted participants' journeys: read one, and run the commands that move it on. */
@Injectable()
export class CohortJourneysService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CohortWorkflows) private readonly workflows: CohortWorkflows,
  ) {}

  /** A participant's journey: assessment, plan, progress, weeks ahead, advanced track. */
  async journey(principal: Principal, cohortId: string, personId: string) {
    // A participant reads their own journey (plan, progress, open material) and nobody else's.
    if (principal.role === 'participant' && principal.personId !== personId) throw new NotFoundException('This person has no journey in the cohort (not admitted).');
    await findCohort(this.db.manager, cohortId);
    const journey = await this.workflows.journey(cohortId, personId);
    if (!journey) throw new NotFoundException('This person has no journey in the cohort (not admitted).');
    return journey;
  }

  /**
   * A journey command, refused (409 with the reason) when it does not apply; nothing is half-applied.
   * `level`: an assessment's, which must be one of the cohort template's knowledge levels (else a 400 naming them).
   */
  journeyCommand<T>(cohortId: string, run: () => Promise<T>, level?: string): Promise<T> {
    return asCommand(async () => {
      const cohort = await findCohort(this.db.manager, cohortId);
      const unknown = level === undefined ? null : unknownCohortKey('level', level, cohortKnowledgeLevels(cohort.settings).map((l) => l.key), 'a knowledge level');
      if (unknown) throw new ValidationProblem([unknown]);
      return run();
    });
  }
}
