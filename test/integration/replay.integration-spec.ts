import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from '@jest/globals';
import { projectRoot } from '@gov/devstack';
import { HISTORY_FIXTURES } from '../support/histories.js';

const run = promisify(execFile);
const root = projectRoot();

/** The script's JSON result lines; Temporal's native core may log to stdout as well. */
function resultLines(stdout: string) {
  return stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
}

/** Replay runs as `npm run replay` does, in its own Node process, on the built scripts. */
async function replay(folder: string): Promise<{ code: number; results: { workflowId: string; ok: boolean; error?: string }[] }> {
  try {
    const { stdout } = await run(process.execPath, [path.join(root, 'dist/scripts/replay-histories.js'), folder], { cwd: root });
    return { code: 0, results: resultLines(stdout) };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, results: resultLines(e.stdout) };
  }
}

describe('workflow replay of recorded histories', () => {
  const scratch: string[] = [];
  afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('replays every committed history on the current workflow code', async () => {
    const names = readdirSync(HISTORY_FIXTURES).filter((f) => f.endsWith('.json'));
    expect(names.length).toBeGreaterThan(0);
    const { code, results } = await replay(HISTORY_FIXTURES);
    expect(results).toEqual(names.sort().map((n) => ({ workflowId: n.replace(/\.json$/, ''), ok: true })));
    expect(code).toBe(0);
  }, 120_000);

  it('fails when a history no longer matches the code (the guard has teeth)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'governance-replay-'));
    scratch.push(dir);
    cpSync(HISTORY_FIXTURES, dir, { recursive: true });
    // A history whose first command is a timer where the code schedules the audit activity.
    const file = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.json'))!);
    const history = JSON.parse(readFileSync(file, 'utf8'));
    const scheduled = history.events.find((e: { eventType: string }) => e.eventType === 'EVENT_TYPE_ACTIVITY_TASK_SCHEDULED');
    scheduled.activityTaskScheduledEventAttributes.activityType.name = 'somethingElse';
    writeFileSync(file, JSON.stringify(history));
    const { code, results } = await replay(dir);
    expect(code).toBe(1);
    expect(results[0].ok).toBe(false);
    expect(results[0].error).toMatch(/[Nn]ondetermin/);
  }, 120_000);
});
