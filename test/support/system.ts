import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, DefaultLogger, Runtime } from '@temporalio/worker';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from '@temporalio/client';
import { ClosableConnection } from '@gov/temporal';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApiClient, type ApiClient, type paths } from '@gov/api-client';
import { loadConfig, type AppConfig } from '@gov/config';
import { freePort, pollUntil, workflowProblems } from '@gov/devstack';
import { createApi } from '../../apps/api/src/create-api.js';
import { createWorker } from '../../apps/worker/src/create-worker.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { NotifierModule } from '../../apps/notifier/src/notifier.module.js';
import { workflowBundlerOptions } from '../../apps/worker/src/workflow-source.js';

function quietTemporalRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed for this test file
  }
}

/** Bundles the workflows once per test run (spec files run one after another) and reuses the file. */
export async function workflowBundlePath(): Promise<string> {
  const file = path.join(process.env.TEST_WORK_DIR!, 'workflow-bundle.js');
  if (!existsSync(file)) {
    const { code } = await bundleWorkflowCode({ ...workflowBundlerOptions(), logger: new DefaultLogger('WARN') });
    writeFileSync(file, code);
  }
  return file;
}

/** The API, listening on a free port, and a worker, both on the test stack; one task queue per system. */
export interface TestSystem {
  config: AppConfig;
  baseUrl: string;
  api: NestFastifyApplication;
  temporal: Client;
  db: DataSource;
  /** The notifier's application context (outbox dispatcher, reconciler). */
  notifier: INestApplicationContext;
  /** Stops everything; fails when the guard finds a workflow that failed or was terminated unexpectedly. */
  stop(): Promise<void>;
  /** Tells the guard that this workflow is meant to end failed or terminated. */
  expectEnded(workflowId: string): void;
  /**
   * The API client generated from the contract, on this system, with a bearer token: calls typed by
   * path (`ok(system.client(token).GET('/programs/{id}', { params: { path: { id } } }))`).
   */
  client(token?: string): ApiClient;
}

/** The tests' webhook receivers listen on loopback, which production refuses unless configured. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  return loadConfig({ ...process.env, TEMPORAL_TASK_QUEUE: `it-${randomUUID()}`, WEBHOOK_ALLOWED_TARGETS: '127.0.0.1', ...overrides });
}

export interface SystemOptions {
  /** false: the test runs the worker itself (e.g. as a child process it can kill). */
  worker?: boolean;
  /** The API's port when it must be known in advance (e.g. an OpenID Connect redirect URI); a free one by default. */
  port?: number;
  /**
   * A database of its own (created, migrated by the system, dropped at stop) instead of the run's
   * shared one: for specs that load the demo data (found by name) or count everything there is.
   */
  ownDatabase?: boolean;
}

/** A new empty database on the test cluster, and how to drop it. */
async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `it_${randomUUID().replace(/-/g, '')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function startSystem(overrides: NodeJS.ProcessEnv = {}, options: SystemOptions = {}): Promise<TestSystem> {
  quietTemporalRuntime();
  const database = options.ownDatabase ? await createDatabase() : undefined;
  // The port is known before the API starts: links (mail, calendar feeds) come from PUBLIC_URL only.
  const port = options.port ?? (await freePort());
  const config = testConfig({
    WORKFLOW_BUNDLE_PATH: await workflowBundlePath(),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...overrides,
  });
  const workerApp = options.worker === false ? undefined : await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  const inProcess = workerApp ? await createWorker(workerApp, config) : undefined;
  const running = inProcess?.worker.run();
  const notifierApp = await NestFactory.createApplicationContext(NotifierModule.forRoot(config), { logger: false });
  await notifierApp.init();

  const api = await createApi(config, false);
  await api.listen({ port, host: '127.0.0.1' });

  const clientConnection = await ClosableConnection.connect({ address: config.temporal.address });
  const temporal = new Client({ connection: clientConnection.connection, namespace: config.temporal.namespace });
  const db = api.get(DataSource);
  const expectedEnds = new Set<string>();

  return {
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    api,
    temporal,
    db,
    notifier: notifierApp,
    async stop() {
      // The guard: no workflow of this system ended failed or terminated, none is stuck on a failing workflow task.
      const problems = await workflowProblems(temporal, config.temporal.taskQueue, expectedEnds).catch((err) => [`the guard could not list workflows: ${(err as Error).message}`]);
      await api.close();
      inProcess?.worker.shutdown();
      await running;
      await inProcess?.connection.close();
      await workerApp?.close();
      await notifierApp.close();
      await clientConnection.close();
      await database?.drop();
      if (problems.length) throw new Error(`Workflows that failed, were terminated or are stuck (${problems.length}):\n${problems.join('\n')}`);
    },
    expectEnded(workflowId: string) {
      expectedEnds.add(workflowId);
    },
    client(token?: string) {
      return createApiClient({ baseUrl: `http://127.0.0.1:${port}`, token });
    },
  };
}

/** Polls until check() returns a value other than undefined, or fails after timeoutMs. */
export function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  return pollUntil(check, timeoutMs, what, 100);
}

/**
 * A value the contract does not allow, sent on purpose to see the server refuse it (a typed call
 * would not compile with it): `body: { level: invalid('expert') }`.
 */
export const invalid = (value: unknown): never => value as never;

/** The journey commands (POST /cohorts/{id}/participants/{personId}/<command>) with the bodies the contract declares. */
export type JourneyBodies = {
  [P in keyof paths as P extends `/cohorts/{id}/participants/{personId}/${infer C}` ? C : never]: paths[P] extends { post: { requestBody: { content: { 'application/json': infer B } } } } ? B : never;
};

export interface HttpResult<T = unknown> {
  status: number;
  contentType: string;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

/**
 * A raw HTTP request, outside the contract: only for what a typed client cannot or must not send —
 * hostile input, malformed or mistyped bodies, wrong content types, bogus headers, paths the contract
 * does not have. Every ordinary call goes through `system.client()` (or GovernanceApi).
 */
export async function rawHttp<T = any>(baseUrl: string, method: string, path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    init.body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${baseUrl}${path}`, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: parsed as T, headers: res.headers };
}
