import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity.js';
import { ProgramEntity } from './entities/program.entity.js';
import { ApiTokenEntity } from './entities/api-token.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { PersonEntity } from './entities/person.entity.js';
import { InitialSchema1795386104870 } from './migrations/1795386104870-initial-schema.js';
import { Identity1795390000000 } from './migrations/1795390000000-identity.js';
import { TasksAndOutbox1795395000000 } from './migrations/1795395000000-tasks-and-outbox.js';
import { NotificationChannels1795396000000 } from './migrations/1795396000000-notification-channels.js';
import { WebhookSubscriptionEntity } from './entities/webhook-subscription.entity.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { TaskEntity } from './entities/task.entity.js';
import { PHASED_PROGRAM_ENTITIES } from './entities/phased-program.entities.js';
import { PhasedPrograms1795397000000 } from './migrations/1795397000000-phased-programs.js';
import { AuditChain1795398000000 } from './migrations/1795398000000-audit-chain.js';
import { Cohorts1795399000000 } from './migrations/1795399000000-cohorts.js';
import { CohortEvaluations1795400000000 } from './migrations/1795400000000-cohort-evaluations.js';
import { CohortEntity, CohortEvaluationEntity, CohortEventAttendanceEntity, CohortEventEntity, CohortMemberEntity } from './entities/cohort.entities.js';
import { CohortEvents1795500000000 } from './migrations/1795500000000-cohort-events.js';
import { IdempotencyKeys1795600000000 } from './migrations/1795600000000-idempotency-keys.js';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity.js';
import { CalendarFeedEntity } from './entities/calendar-feed.entity.js';
import { CalendarFeeds1795700000000 } from './migrations/1795700000000-calendar-feeds.js';
import { ChangeNotifications1795800000000 } from './migrations/1795800000000-change-notifications.js';
import { WorkflowCommands1795900000000 } from './migrations/1795900000000-workflow-commands.js';
import { WorkflowCommandEntity } from './entities/workflow-command.entity.js';
import { RateLimitCounterEntity } from './entities/rate-limit-counter.entity.js';
import { RateLimitCounters1796000000000 } from './migrations/1796000000000-rate-limit-counters.js';
import { PrincipalChanges1796100000000 } from './migrations/1796100000000-principal-changes.js';
import { IdempotencySecrets1796200000000 } from './migrations/1796200000000-idempotency-secrets.js';
import { TaskCalendar1796300000000 } from './migrations/1796300000000-task-calendar.js';
import { Absences1796400000000 } from './migrations/1796400000000-absences.js';
import { OrganizationContactPerson1796500000000 } from './migrations/1796500000000-organization-contact-person.js';
import { CalendarClosures1796600000000 } from './migrations/1796600000000-calendar-closures.js';
import { CohortTemplateLists1796700000000 } from './migrations/1796700000000-cohort-template-lists.js';
import { CalendarClosureEntity } from './entities/calendar-closure.entity.js';
import { ProgramTemplates1796800000000 } from './migrations/1796800000000-program-templates.js';
import { ProgramStepRecordEntity, ProgramTemplateEntity } from './entities/program-template.entity.js';
import { AbsenceEntity } from './entities/absence.entity.js';
import { STEERING_ENTITIES } from './entities/steering.entities.js';
import { SteeringGroups1796900000000 } from './migrations/1796900000000-steering-groups.js';
import { SteeringMeetings1796950000000 } from './migrations/1796950000000-steering-meetings.js';
import { EFFECT_GOAL_INDICATOR_ENTITIES } from './entities/effect-goal-indicator.entities.js';
import { EffectGoalIndicators1797000000000 } from './migrations/1797000000000-effect-goal-indicators.js';

export const ENTITIES = [ProgramEntity, AuditEventEntity, OrganizationEntity, PersonEntity, ApiTokenEntity, TaskEntity, OutboxMessageEntity, WebhookSubscriptionEntity, ...PHASED_PROGRAM_ENTITIES, CohortEntity, CohortMemberEntity, CohortEvaluationEntity, CohortEventEntity, CohortEventAttendanceEntity, IdempotencyKeyEntity, CalendarFeedEntity, WorkflowCommandEntity, RateLimitCounterEntity, AbsenceEntity, CalendarClosureEntity, ProgramTemplateEntity, ProgramStepRecordEntity, ...STEERING_ENTITIES, ...EFFECT_GOAL_INDICATOR_ENTITIES];
// Listed explicitly (not globbed) so the same list works from source, from dist and in tests.
export const MIGRATIONS = [InitialSchema1795386104870, Identity1795390000000, TasksAndOutbox1795395000000, NotificationChannels1795396000000, PhasedPrograms1795397000000, AuditChain1795398000000, Cohorts1795399000000, CohortEvaluations1795400000000, CohortEvents1795500000000, IdempotencyKeys1795600000000, CalendarFeeds1795700000000, ChangeNotifications1795800000000, WorkflowCommands1795900000000, RateLimitCounters1796000000000, PrincipalChanges1796100000000, IdempotencySecrets1796200000000, TaskCalendar1796300000000, Absences1796400000000, OrganizationContactPerson1796500000000, CalendarClosures1796600000000, CohortTemplateLists1796700000000, ProgramTemplates1796800000000, SteeringGroups1796900000000, SteeringMeetings1796950000000, EffectGoalIndicators1797000000000];

export function dataSourceOptions(url: string, poolSize = 10, applicationName = 'governance'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName,
    // Fail fast when PostgreSQL is away, so callers answer 503 instead of hanging.
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  };
}

// Any constant works; it only has to be the same in every process of the system.
const MIGRATION_LOCK_KEY = 4_711_2019;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so the API and the worker can both
 * migrate on start without racing each other.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}

/**
 * Brings the schema up to date as the connecting (owner) user, then opens the application's data
 * source working as `appRole` (set at connection start), which may append audit entries but never
 * change or remove them. Null: work as the connecting user (e.g. a DBA-provided login role).
 */
export async function openDataSource(options: DataSourceOptions, appRole: string | null = null): Promise<DataSource> {
  // Two connections: one holds the migration lock while the other migrates.
  const migrator = await new DataSource({ ...options, extra: { ...(options.extra as object), max: 2 } } as DataSourceOptions).initialize();
  try {
    await runMigrations(migrator);
  } finally {
    await migrator.destroy();
  }
  const runtime = appRole ? ({ ...options, extra: { ...(options.extra as object), options: `-c role=${appRole}` } } as DataSourceOptions) : options;
  return new DataSource(runtime).initialize();
}
