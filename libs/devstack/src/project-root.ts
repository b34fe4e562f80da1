import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PROJECT_NAME = 'governance-engine';

/** The repository root, found from any file below it (source or dist). */
export function projectRoot(from: string = process.cwd()): string {
  let dir = path.resolve(from);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === PROJECT_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PROJECT_NAME} project root above ${from}`);
    dir = parent;
  }
}
