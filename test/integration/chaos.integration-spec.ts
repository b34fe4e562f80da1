import { describe, expect, it } from '@jest/globals';
import { chaosTable, runChaos } from '../../chaos/run.js';
import type { ScenarioResult } from '../../chaos/scenarios.js';

/**
 * The fault-injection suite (`npm run chaos`) at its reduced scale, so CI guards it: the worker and
 * the sender killed, the Temporal server restarted, PostgreSQL stopped, SMTP refusing, parallel
 * idempotent commands, payload hygiene, slow commits, the API killed between commit and delivery,
 * and CPU starvation. (Determinism over time has its own spec.)
 */
describe('chaos, reduced: nothing lost and nothing duplicated when parts fail', () => {
  it('keeps every invariant in every scenario', async () => {
    const results: ScenarioResult[] = await runChaos('reduced', (r) => process.stderr.write(`chaos scenario ${r.scenario} ${r.ok ? 'holds' : 'BROKEN'}: ${r.figure}\n`), { determinism: false });
    process.stderr.write(`${chaosTable(results)}\n`);
    expect(results.map((r) => [r.scenario, r.ok ? 'hold' : `BROKEN — lost ${r.lost}; duplicated ${r.duplicated}; ${r.figure}`])).toEqual(results.map((r) => [r.scenario, 'hold']));
    expect(results).toHaveLength(10);
  }, 1_800_000);
});
