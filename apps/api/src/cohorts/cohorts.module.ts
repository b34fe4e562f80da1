import { Module } from '@nestjs/common';
import { CohortsController } from './cohorts.controller.js';
import { CohortAdmissionService } from './cohort-admission.service.js';
import { CohortAnalyticsService } from './cohort-analytics.service.js';
import { CohortEventsService } from './cohort-events.service.js';
import { CohortInterviewsService } from './cohort-interviews.service.js';
import { CohortJourneysService } from './cohort-journeys.service.js';
import { CohortOverviewService } from './cohort-overview.service.js';
import { TasksModule } from '../tasks/tasks.module.js';

/** Fast Track cohorts: info meeting, interest registration, admission, the three lists and offers. */
@Module({
  imports: [TasksModule],
  controllers: [CohortsController],
  providers: [CohortAdmissionService, CohortOverviewService, CohortInterviewsService, CohortEventsService, CohortJourneysService, CohortAnalyticsService],
})
export class CohortsModule {}
