import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_FILES, currentContract } from '../apps/api/src/contract.js';

/**
 * `npm run contract`: writes the OpenAPI document and the client types generated from it.
 * `npm run contract -- --check`: exits 1 when the committed files differ from what the server declares.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const check = process.argv.includes('--check');
const contract = await currentContract();
let stale = 0;
for (const [name, file] of Object.entries(CONTRACT_FILES) as [keyof typeof CONTRACT_FILES, string][]) {
  const target = path.join(root, file);
  const now = (() => {
    try {
      return readFileSync(target, 'utf8');
    } catch {
      return '';
    }
  })();
  if (now === contract[name]) continue;
  stale++;
  if (check) console.error(`${file} is out of date: run npm run contract`);
  else {
    writeFileSync(target, contract[name]);
    console.log(`wrote ${file}`);
  }
}
process.exitCode = check && stale ? 1 : 0;
