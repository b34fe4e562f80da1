import { rmSync } from 'node:fs';
import { STACK_KEY } from './global-setup.mjs';

export default async function globalTeardown() {
  const stack = globalThis[STACK_KEY];
  if (!stack) return;
  await stack.temporal.stop();
  await stack.postgres.stop();
  rmSync(stack.workDir, { recursive: true, force: true });
}
