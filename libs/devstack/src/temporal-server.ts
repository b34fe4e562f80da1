import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time.js';
import { stopProcess } from './child-process.js';
import { freePort } from './free-port.js';
import { resolveGoTool, type GoTool, type ResolveToolOptions } from './go-tool.js';

export class TemporalServerNotFoundError extends Error {}

/**
 * The Temporal server itself (`temporal-server`, built from go.temporal.io/server), as opposed to
 * the CLI's dev server: the release the CLI embeds is older, and only the server's own build has the
 * newer features (workflow time skipping among them). Its module asks for a Go newer than the
 * machine's, so the build names the toolchain, which the go command fetches from the module proxy.
 */
export const TEMPORAL_SERVER: GoTool = {
  title: 'the Temporal server',
  binary: 'server',
  module: 'go.temporal.io/server/cmd/server@v1.32.2',
  envVar: 'TEMPORAL_SERVER_PATH',
  fromPath: false,
  binSubdir: 'temporal-server/bin',
  goToolchain: 'go1.27.3',
  error: TemporalServerNotFoundError,
};

export function resolveTemporalServer(options: ResolveToolOptions): Promise<string> {
  return resolveGoTool(TEMPORAL_SERVER, options);
}

export interface TemporalServerOptions {
  serverPath: string;
  /** Config, dynamic config and the server's log go here. */
  workDir: string;
  /** Frontend gRPC port (a free one by default). */
  port?: number;
  numHistoryShards?: number;
  namespace?: string;
  /** Dynamic config values (key → value for all namespaces), e.g. `{ 'frontend.WorkflowTimeSkippingEnabled': true }`. */
  dynamicConfig?: Record<string, string | number | boolean>;
  startTimeoutMs?: number;
}

export interface TemporalServer {
  address: string;
  namespace: string;
  process: ChildProcess;
  logFile: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function yamlValue(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The server's configuration: all four services in one process, on loopback, SQLite in memory. */
export function temporalServerConfig(ports: Record<'frontend' | 'http' | 'history' | 'matching' | 'worker' | 'm1' | 'm2' | 'm3' | 'm4', number>, shards: number, dynamicConfigFile: string): string {
  const store = (name: string) => [
    `    ${name}:`,
    '      sql:',
    '        pluginName: "sqlite"',
    '        databaseName: "temporal"',
    '        connectAddr: "localhost"',
    '        connectProtocol: "tcp"',
    '        connectAttributes:',
    '          mode: "memory"',
    '          cache: "private"',
    '        maxConns: 1',
    '        maxIdleConns: 1',
    '        maxConnLifetime: "1h"',
  ];
  const service = (name: string, grpc: number, membership: number, http?: number) => [
    `  ${name}:`,
    '    rpc:',
    `      grpcPort: ${grpc}`,
    `      membershipPort: ${membership}`,
    '      bindOnLocalHost: true',
    ...(http ? [`      httpPort: ${http}`] : []),
  ];
  return [
    'log:',
    '  stdout: true',
    '  level: warn',
    'persistence:',
    '  defaultStore: sqlite-default',
    '  visibilityStore: sqlite-visibility',
    `  numHistoryShards: ${shards}`,
    '  datastores:',
    ...store('sqlite-default'),
    ...store('sqlite-visibility'),
    'global:',
    '  membership:',
    '    maxJoinDuration: 30s',
    '    broadcastAddress: "127.0.0.1"',
    'services:',
    ...service('frontend', ports.frontend, ports.m1, ports.http),
    ...service('history', ports.history, ports.m2),
    ...service('matching', ports.matching, ports.m3),
    ...service('worker', ports.worker, ports.m4),
    'clusterMetadata:',
    '  enableGlobalNamespace: false',
    '  failoverVersionIncrement: 10',
    '  masterClusterName: "active"',
    '  currentClusterName: "active"',
    '  clusterInformation:',
    '    active:',
    '      enabled: true',
    '      initialFailoverVersion: 1',
    '      rpcName: "frontend"',
    `      rpcAddress: "127.0.0.1:${ports.frontend}"`,
    `      httpAddress: "127.0.0.1:${ports.http}"`,
    'dcRedirectionPolicy:',
    '  policy: "noop"',
    'dynamicConfigClient:',
    `  filepath: ${JSON.stringify(dynamicConfigFile)}`,
    '  pollInterval: "10s"',
    '',
  ].join('\n');
}

/**
 * Starts `temporal-server start` with a generated configuration, registers the namespace and
 * resolves once a workflow can be started in it.
 */
export async function startTemporalServer(options: TemporalServerOptions): Promise<TemporalServer> {
  const namespace = options.namespace ?? 'default';
  mkdirSync(options.workDir, { recursive: true });
  // Nine distinct free ports (freePort reserves none, so two calls may give the same one).
  const taken = new Set<number>(options.port ? [options.port] : []);
  const next = async () => {
    for (;;) {
      const port = await freePort();
      if (taken.has(port)) continue;
      taken.add(port);
      return port;
    }
  };
  const ports = {
    frontend: options.port ?? (await next()),
    http: await next(),
    history: await next(),
    matching: await next(),
    worker: await next(),
    m1: await next(),
    m2: await next(),
    m3: await next(),
    m4: await next(),
  };
  const dynamicConfigFile = path.join(options.workDir, 'dynamicconfig.yaml');
  writeFileSync(
    dynamicConfigFile,
    Object.entries(options.dynamicConfig ?? {})
      .map(([key, value]) => `${key}:\n  - value: ${yamlValue(value)}\n`)
      .join('') || '{}\n',
  );
  const configFile = path.join(options.workDir, 'temporal-server.yaml');
  writeFileSync(configFile, temporalServerConfig(ports, options.numHistoryShards ?? 8, dynamicConfigFile));

  const logFile = path.join(options.workDir, 'temporal-server.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(options.serverPath, ['--config-file', configFile, '--allow-no-auth', 'start'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exited with ${code ?? signal}`));
  const address = `127.0.0.1:${ports.frontend}`;

  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  let registered = false;
  for (;;) {
    if (exited) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      throw new Error(`The Temporal server ${exited} while starting; last log lines:\n${tail}`);
    }
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        if (!registered) {
          await connection.workflowService
            .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') })
            .catch((err: { code?: number }) => {
              // ALREADY_EXISTS: registered by an earlier attempt.
              if (err.code !== 6) throw err;
            });
          registered = true;
        }
        // The namespace is usable once every service's namespace cache has it: listing answers then.
        await connection.workflowService.describeNamespace({ namespace });
        await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
        break;
      } finally {
        await connection.close();
      }
    } catch (err) {
      if (Date.now() > deadline) {
        await stopProcess(child, 'SIGKILL');
        throw new Error(`The Temporal server did not become ready at ${address}: ${(err as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    address,
    namespace,
    process: child,
    logFile,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      await stopProcess(child, signal);
      log.end();
    },
  };
}
