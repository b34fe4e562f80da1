import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { AppConfig } from '@gov/config';
import { dataSourceOptions, openDataSource } from './data-source.js';
import { ApiTokenRepository } from './repositories/api-token.repository.js';
import { AuditEventRepository, AuditLog } from './repositories/audit-event.repository.js';
import { OrganizationRepository } from './repositories/organization.repository.js';
import { PersonRepository } from './repositories/person.repository.js';
import { OutboxRepository } from './repositories/outbox.repository.js';
import { ProgramRepository } from './repositories/program.repository.js';
import { TaskRepository } from './repositories/task.repository.js';
import { AbsenceRepository } from './repositories/absence.repository.js';
import { CalendarRules } from './repositories/calendar-rules.js';
import { TemplateStore } from './repositories/template-store.js';
import { WebhookSubscriptionRepository } from './repositories/webhook-subscription.repository.js';
import { AuditTrail } from './repositories/audit-trail.js';
import { PersonalDataEraser } from './repositories/personal-data-eraser.js';
import { RateLimitRepository } from './repositories/rate-limit.repository.js';
import { PortfolioRepository } from './repositories/portfolio.repository.js';

const repositories = [
  ProgramRepository,
  AuditEventRepository,
  AuditLog,
  OrganizationRepository,
  PersonRepository,
  ApiTokenRepository,
  TaskRepository,
  AbsenceRepository,
  CalendarRules,
  TemplateStore,
  OutboxRepository,
  WebhookSubscriptionRepository,
  AuditTrail,
  PersonalDataEraser,
  RateLimitRepository,
  PortfolioRepository,
];

@Global()
@Module({})
export class PersistenceModule {
  /** Connects to PostgreSQL and runs pending migrations before anything else starts. */
  static forRoot(applicationName: string): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.database.url, config.database.poolSize, applicationName), appRole: config.database.appRole }),
          dataSourceFactory: async (options) => {
            const { appRole, ...rest } = options as typeof options & { appRole: string | null };
            return openDataSource(rest as DataSourceOptions, appRole);
          },
        }),
      ],
      providers: repositories,
      exports: repositories,
    };
  }
}
