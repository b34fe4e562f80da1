import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@gov/config';
import { PersistenceModule } from '@gov/persistence';
import { AuditActivitiesService } from './activities/audit.activities.js';
import { TaskActivitiesService } from './activities/task.activities.js';
import { AuditWriter } from './activities/audit-writer.js';
import { ProgramActivitiesService } from './activities/program.activities.js';
import { CohortActivitiesService } from './activities/cohort.activities.js';

export const ACTIVITY_SERVICES = [AuditActivitiesService, TaskActivitiesService, ProgramActivitiesService, CohortActivitiesService];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule.forRoot('governance-worker')],
      // Activities only enqueue notifications; the notifier process delivers them.
      providers: [AuditWriter, ...ACTIVITY_SERVICES],
    };
  }
}
