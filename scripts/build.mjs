// Compiles every app and lib into dist/, rewrites the @gov/* aliases to relative paths,
// copies the built-in template files, prebuilds the workflow bundle that production workers load, and builds the web UI (Vite) into dist/web.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/tsc-alias/dist/bin/index.js', '-p', 'tsconfig.build.json']);
// The built-in template files, beside the compiled domain library as beside its sources.
cpSync('libs/domain/templates', 'dist/libs/domain/templates', { recursive: true });
run(process.execPath, ['dist/scripts/bundle-workflows.js']);
run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
