import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@gov/devstack';

export const HISTORY_FIXTURES = path.join(projectRoot(), 'test', 'fixtures', 'histories');

/**
 * Writes a workflow's event history as a replay fixture when RECORD_HISTORIES=1 (the file is then
 * committed), in the JSON form `temporal workflow show --output json` produces.
 */
export function recordHistory(address: string, workflowId: string, name: string): boolean {
  if (process.env.RECORD_HISTORIES !== '1') return false;
  const json = execFileSync(process.env.TEST_TEMPORAL_CLI!, ['workflow', 'show', '-w', workflowId, '--address', address, '--output', 'json'], { encoding: 'utf8' });
  mkdirSync(HISTORY_FIXTURES, { recursive: true });
  writeFileSync(path.join(HISTORY_FIXTURES, `${name}.json`), json);
  return true;
}
