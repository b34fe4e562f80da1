import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url().optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (the launcher sets it for the embedded PostgreSQL)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  TEMPORAL_ADDRESS: z.string().min(1).default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('governance'),
  TEMPORAL_UI_URL: z.url().optional(),
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  LOG_FORMAT: z.enum(['json', 'text']).default('text'),
});

export type LogLevel = z.infer<typeof envSchema>['LOG_LEVEL'];

/** The whole runtime configuration, validated once at start-up and injected everywhere else. */
export class AppConfig {
  readonly http: { host: string; port: number; publicUrl?: string; bodyLimitBytes: number };
  readonly database: { url: string; poolSize: number };
  readonly temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    uiUrl?: string;
    workflowBundlePath?: string;
  };
  readonly log: { level: LogLevel; format: 'json' | 'text' };

  constructor(values: Pick<AppConfig, 'http' | 'database' | 'temporal' | 'log'>) {
    this.http = values.http;
    this.database = values.database;
    this.temporal = values.temporal;
    this.log = values.log;
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return new AppConfig({
    http: { host: e.HOST, port: e.PORT, publicUrl: e.PUBLIC_URL, bodyLimitBytes: e.BODY_LIMIT_BYTES },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      uiUrl: e.TEMPORAL_UI_URL,
      workflowBundlePath: e.WORKFLOW_BUNDLE_PATH,
    },
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT },
  });
}
