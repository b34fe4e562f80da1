import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';
import { projectRoot } from '@gov/devstack';
import { workflowBundlerOptions } from '../apps/worker/src/workflow-source.js';

/** The two activity calls the mutation reorders: the cohort writes its audit entries, then opens offer tasks. */
const AUDIT_THEN_OFFERS = /( {4}if \(batched\) \{\n {6}while \(pending\.length\) await audit\.recordAuditEvents\(pending\.splice\(0, 200\)\);\n {4}\} else \{\n {6}for \(const event of pending\.splice\(0\)\) await audit\.recordAuditEvent\(event\);\n {4}\}\n)( {4}for \(const offer of offerTaskQueue\.splice\(0\)\) \{\n[\s\S]*?\n {4}\}\n)/;

export type Mutation = 'reordered' | 'reordered-with-patch';

/**
 * A copy of the workflow code in which the cohort opens offer tasks before writing the batch's
 * audit entries — plainly (`reordered`), or behind `patched()` (`reordered-with-patch`, the way to
 * change running workflows) — bundled as workers would load it. The copy lives under the project
 * (git-ignored `.mutations/`) so its imports resolve; it is removed after bundling.
 */
export async function mutatedBundle(mutation: Mutation): Promise<string> {
  const root = projectRoot();
  const dir = path.join(root, '.mutations', randomUUID());
  mkdirSync(dir, { recursive: true });
  try {
    cpSync(path.join(root, 'workflows'), path.join(dir, 'workflows'), { recursive: true });
    const file = path.join(dir, 'workflows', 'cohort.workflow.ts');
    const source = readFileSync(file, 'utf8');
    const match = AUDIT_THEN_OFFERS.exec(source);
    if (!match) throw new Error('The cohort workflow no longer has the audit-then-offers sequence this mutation reorders; update chaos/determinism-mutation.ts');
    const [whole, auditBlock, offersBlock] = match;
    const replacement =
      mutation === 'reordered'
        ? offersBlock + auditBlock
        : `    if (patched('offer-tasks-before-audit')) {\n${indent(offersBlock + auditBlock)}    } else {\n${indent(auditBlock + offersBlock)}    }\n`;
    writeFileSync(file, source.replace(whole, replacement));
    const { webpackConfigHook } = workflowBundlerOptions(root);
    const { code } = await bundleWorkflowCode({ workflowsPath: path.join(dir, 'workflows', 'index.ts'), webpackConfigHook, logger: new DefaultLogger('WARN') });
    return code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const indent = (block: string) =>
  block
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');

export interface ReplayOutcome {
  workflowId: string;
  ok: boolean;
  error?: string;
}

/** Replays histories (the committed fixtures by default) against a workflow bundle. */
export async function replayOn(code: string, histories = fixtureHistories()): Promise<ReplayOutcome[]> {
  const out: ReplayOutcome[] = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle: { code } }, histories)) {
    out.push({ workflowId: result.workflowId, ok: !result.error, error: result.error?.message });
  }
  return out;
}

export function fixtureHistories(folder = path.join(projectRoot(), 'test', 'fixtures', 'histories')): { workflowId: string; history: unknown }[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ workflowId: f.replace(/\.json$/, ''), history: JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as unknown }));
}
