import { join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

const isAddressOrRange = (target: string) => ipaddr.isValid(target) || ipaddr.isValidCIDR(target);

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  /** `production` refuses to start without PUBLIC_URL: links in mail and feeds come from configuration only. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATA_DIR: z.string().min(1).default('.data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url().optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Time for a client to send a request's headers; slower connections are closed (slowloris). */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Time for a client to send a whole request, headers and body; slower ones get 408 and are closed. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** An open connection with nothing read or written for this long is closed (event streams ping well within it). */
  HTTP_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  /** An idle keep-alive connection is closed after this long (above the usual proxies' 60 s, so they close first). */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(72_000),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (the launcher sets it for the embedded PostgreSQL)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /** The role the application works as after migrating (no UPDATE/DELETE on audit entries); empty: the connecting user's own. */
  DATABASE_APP_ROLE: z.string().regex(/^([a-z_][a-z0-9_]{0,62})?$/, 'DATABASE_APP_ROLE must be a plain role name').default('governance_app'),
  TEMPORAL_ADDRESS: z.string().min(1).default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('governance'),
  TEMPORAL_UI_URL: z.url().optional(),
  /** Refuse Temporal payloads that carry personal data (an email address, a name field). */
  TEMPORAL_PAYLOAD_GUARD: z.enum(['on', 'off']).default('on'),
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).optional(),
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URI: z.url().optional(),
  OIDC_SUBJECT_CLAIM: z.string().min(1).default('sub'),
  OIDC_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
  /** The web UI's client at the provider (a public client: authorization code with PKCE); without it the UI offers API tokens only. */
  OIDC_UI_CLIENT_ID: z.string().min(1).optional(),
  OIDC_UI_SCOPE: z.string().min(1).default('openid'),
  /** Sent as the resource indicator (RFC 8707) when the provider needs one to issue tokens for OIDC_AUDIENCE. */
  OIDC_UI_RESOURCE: z.url().optional(),
  /** The built web UI; by default dist/web next to the compiled API. */
  WEB_DIR: z.string().min(1).optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean)),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Requests whose credentials fail authentication, per client address and minute; by default a tenth of RATE_LIMIT_PER_MINUTE. */
  RATE_LIMIT_FAILED_AUTH_PER_MINUTE: z.coerce.number().int().positive().optional(),
  /** Open `GET /changes` streams: per person, and in all per API process. */
  CHANGES_STREAMS_PER_PERSON: z.coerce.number().int().min(1).max(1_000).default(5),
  CHANGES_STREAMS_MAX: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** How often an open stream checks that its token and person are still valid (revocations also close it at once). */
  CHANGES_RECHECK_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('Projektkontoret <noreply@governance.localhost>'),
  /** Default: DATA_DIR/mail. */
  MAIL_DIR: z.string().min(1).optional(),
  /**
   * Webhook targets on loopback, link-local, private or other non-public addresses are refused unless
   * named here: comma-separated addresses or CIDR ranges (`10.20.0.0/16,127.0.0.1`).
   */
  WEBHOOK_ALLOWED_TARGETS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean))
    .refine((targets) => targets.every(isAddressOrRange), 'WEBHOOK_ALLOWED_TARGETS must list IP addresses or CIDR ranges, comma-separated'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(25),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  LOG_FORMAT: z.enum(['json', 'text']).default('text'),
});

export type LogLevel = z.infer<typeof envSchema>['LOG_LEVEL'];

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUri?: string;
  /** Claim that identifies the person: `sub`, or `oid` for Microsoft Entra ID. */
  subjectClaim: string;
  clockSkewSeconds: number;
  /** The web UI's sign-in (authorization code with PKCE), when a client is configured for it. */
  ui?: { clientId: string; scope: string; resource?: string };
}

/** The whole runtime configuration, validated once at start-up and injected everywhere else. */
export class AppConfig {
  readonly http: {
    host: string;
    port: number;
    publicUrl?: string;
    bodyLimitBytes: number;
    webDir?: string;
    /** How long a client may take to send the headers, the whole request, and how long a connection may idle. */
    timeouts: { headersMs: number; requestMs: number; connectionMs: number; keepAliveMs: number };
  };

  /** Where people reach the system: links in mail point here. */
  get publicUrl(): string {
    return this.http.publicUrl ?? `http://${this.http.host === '0.0.0.0' ? 'localhost' : this.http.host}:${this.http.port}`;
  }
  readonly database: { url: string; poolSize: number; appRole: string | null };
  readonly temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    uiUrl?: string;
    workflowBundlePath?: string;
    /** Workflows a worker keeps in memory between steps; unset lets the SDK size it from the heap. */
    maxCachedWorkflows?: number;
    /** Whether payloads are checked for personal data (see PersonalDataGuardCodec). */
    payloadGuard: boolean;
  };
  readonly log: { level: LogLevel; format: 'json' | 'text' };
  readonly auth: {
    oidc?: OidcConfig;
    corsOrigins: string[];
    /** Requests per person (authenticated) or per client address (no credentials) and minute. */
    rateLimitPerMinute: number;
    /** Requests with credentials that fail authentication, per client address and minute. */
    failedAuthPerMinute: number;
  };
  /** The live change stream (`GET /changes`). */
  readonly changes: { streamsPerPerson: number; streamsMax: number; recheckMs: number };
  /** Without an SMTP server, mail is written as .eml files to `dir` so nothing is lost in development. */
  readonly mail: { smtpUrl?: string; from: string; dir: string; pollMs: number; leaseMs: number; maxAttempts: number };
  /** Non-public addresses (or ranges) that webhooks may still target. */
  readonly webhooks: { allowedTargets: string[] };

  constructor(values: Pick<AppConfig, 'http' | 'database' | 'temporal' | 'log' | 'auth' | 'changes' | 'mail' | 'webhooks'>) {
    this.webhooks = values.webhooks;
    this.auth = values.auth;
    this.changes = values.changes;
    this.mail = values.mail;
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
  if (e.OIDC_ISSUER && !e.OIDC_AUDIENCE) throw new ConfigError('Invalid configuration:\n  OIDC_AUDIENCE: required when OIDC_ISSUER is set');
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL) {
    throw new ConfigError('Invalid configuration:\n  PUBLIC_URL: required in production (links in mail and calendar feeds are built from it, never from a request)');
  }
  // Node.js refuses a headers timeout longer than the request's (the headers are part of the request).
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError('Invalid configuration:\n  HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS');
  }
  return new AppConfig({
    http: {
      host: e.HOST,
      port: e.PORT,
      publicUrl: e.PUBLIC_URL,
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      webDir: e.WEB_DIR,
      timeouts: { headersMs: e.HTTP_HEADERS_TIMEOUT_MS, requestMs: e.HTTP_REQUEST_TIMEOUT_MS, connectionMs: e.HTTP_CONNECTION_TIMEOUT_MS, keepAliveMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS },
    },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE, appRole: e.DATABASE_APP_ROLE || null },
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      uiUrl: e.TEMPORAL_UI_URL,
      workflowBundlePath: e.WORKFLOW_BUNDLE_PATH,
      maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS,
      payloadGuard: e.TEMPORAL_PAYLOAD_GUARD === 'on',
    },
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT },
    auth: {
      oidc: e.OIDC_ISSUER
        ? { issuer: e.OIDC_ISSUER, audience: e.OIDC_AUDIENCE!, jwksUri: e.OIDC_JWKS_URI, subjectClaim: e.OIDC_SUBJECT_CLAIM, clockSkewSeconds: e.OIDC_CLOCK_SKEW_SECONDS,
            ui: e.OIDC_UI_CLIENT_ID ? { clientId: e.OIDC_UI_CLIENT_ID, scope: e.OIDC_UI_SCOPE, resource: e.OIDC_UI_RESOURCE } : undefined,
          }
        : undefined,
      corsOrigins: e.CORS_ORIGINS,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      failedAuthPerMinute: e.RATE_LIMIT_FAILED_AUTH_PER_MINUTE ?? Math.max(1, Math.floor(e.RATE_LIMIT_PER_MINUTE / 10)),
    },
    changes: { streamsPerPerson: e.CHANGES_STREAMS_PER_PERSON, streamsMax: e.CHANGES_STREAMS_MAX, recheckMs: e.CHANGES_RECHECK_MS },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, dir: e.MAIL_DIR ?? join(e.DATA_DIR, 'mail'), pollMs: e.OUTBOX_POLL_MS, leaseMs: e.OUTBOX_LEASE_MS, maxAttempts: e.OUTBOX_MAX_ATTEMPTS },
    webhooks: { allowedTargets: e.WEBHOOK_ALLOWED_TARGETS },
  });
}
