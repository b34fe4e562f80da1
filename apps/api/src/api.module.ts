import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyInterceptor, IdempotencyKeySweeper } from './common/idempotency.interceptor.js';
import { RateLimitSweeper } from './common/rate-limit.js';
import { AppConfig, ConfigModule } from '@gov/config';
import { PersistenceModule } from '@gov/persistence';
import { TemporalClientModule } from '@gov/temporal';
import { AuthModule } from './auth/auth.module.js';
import { HealthModule } from './health/health.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ProgramsModule } from './programs/programs.module.js';
import { PhasedModule } from './phased/phased.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { AuditModule } from './audit/audit.module.js';
import { CohortsModule } from './cohorts/cohorts.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { CalendarsModule } from './calendars/calendars.module.js';
import { TemplatesModule } from './templates/templates.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { UiModule } from './ui/ui.controller.js';
import { LiveModule } from './live/changes.controller.js';
import { WeekModule } from './week/week.module.js';
import { PortfolioModule } from './portfolio/portfolio.module.js';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule.forRoot('governance-api'), TemporalClientModule.forRoot(), AuthModule, HealthModule, OrganizationsModule, ProgramsModule, PhasedModule, IndicatorsModule, AuditModule, CohortsModule, TasksModule, WebhooksModule, CalendarsModule, TemplatesModule, UiModule, LiveModule, WeekModule, PortfolioModule],
      // Repeats of a command with the same Idempotency-Key get the first answer (and no second audit entry).
      providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }, IdempotencyKeySweeper, RateLimitSweeper],
    };
  }
}
