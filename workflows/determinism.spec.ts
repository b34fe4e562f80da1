import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');

// What workflow code may load at run time: the workflow SDK, the domain's workflow entry (pure rules,
// no schema library) and the contracts, plus two pure libraries: a duration parser and the Easter computus (no I/O, clock or randomness).
// Temporal evaluates these modules once per workflow instance, so the list stays short.
const allowedPackages = ['@temporalio/workflow', '@gov/domain/workflow', '@gov/temporal/contracts', 'iso8601-duration', 'date-easter'];
const aliasRoots: Record<string, string> = {
  '@gov/domain/workflow': 'libs/domain/src/workflow.ts',
  '@gov/temporal/contracts': 'libs/temporal/src/contracts/index.ts',
};

const importPattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): ImportRef[] {
  const source = readFileSync(file, 'utf8');
  const refs: ImportRef[] = [];
  for (const m of source.matchAll(importPattern)) refs.push({ specifier: m[2], typeOnly: Boolean(m[1]) });
  return refs;
}

function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`Cannot resolve ${specifier} from ${from}`);
}

/** Every file the workflow bundle can load, walked from each file under workflows/, with the runtime packages it names. */
function runtimeImportGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = readdirSync(path.join(root, 'workflows'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => path.join(root, 'workflows', f));
  while (queue.length) {
    const file = queue.pop()!;
    if (graph.has(file)) continue;
    const packages: string[] = [];
    graph.set(file, packages);
    for (const ref of importsOf(file)) {
      if (ref.typeOnly) continue;
      if (ref.specifier.startsWith('.')) queue.push(resolveRelative(file, ref.specifier));
      else {
        packages.push(ref.specifier);
        if (aliasRoots[ref.specifier]) queue.push(path.join(root, aliasRoots[ref.specifier]));
      }
    }
  }
  return graph;
}

describe('workflow determinism guard', () => {
  it('lets workflow code load only the workflow SDK, pure domain code and the contracts', () => {
    const graph = runtimeImportGraph();
    const offending = [...graph].flatMap(([file, packages]) =>
      packages.filter((p) => !allowedPackages.includes(p)).map((p) => `${path.relative(root, file)} imports ${p}`),
    );
    expect(graph.size).toBeGreaterThan(3);
    expect(offending).toEqual([]);
  });

  it('catches a forbidden import (Node built-in, NestJS, TypeORM, pg, Temporal client/worker/activity, the schema library, the whole domain)', () => {
    const forbidden = ['node:fs', 'fs', '@nestjs/common', 'typeorm', 'pg', '@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'zod', '@gov/domain'];
    for (const specifier of forbidden) expect(allowedPackages.includes(specifier)).toBe(false);
    const sample = `import { readFileSync } from 'node:fs';\nimport type { Client } from '@temporalio/client';\nexport { x } from './y.js';`;
    const refs = [...sample.matchAll(importPattern)].map((m) => [m[2], Boolean(m[1])]);
    expect(refs).toEqual([
      ['node:fs', false],
      ['@temporalio/client', true],
      ['./y.js', false],
    ]);
  });
});
