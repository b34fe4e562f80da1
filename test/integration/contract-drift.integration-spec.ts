import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';

/**
 * The committed contract (libs/api-client/openapi.json and the client types generated from it) is
 * what the built server declares — checked against the build itself (dist), as production runs it.
 */
describe('the contract', () => {
  it('is committed as the server declares it', async () => {
    const run = await promisify(execFile)(process.execPath, ['dist/scripts/contract.js', '--check'], { encoding: 'utf8' }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
    );
    // On a difference: run `npm run contract`; then `npm run typecheck` shows every caller that no longer fits.
    expect(run).toEqual({ code: 0, stderr: '' });
  }, 120_000);
});
