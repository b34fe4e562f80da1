import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Later tags carry a `replace` directive in go.mod and cannot be `go install`ed. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export class TemporalCliNotFoundError extends Error {}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (existsSync(candidate) && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export interface ResolveTemporalCliOptions {
  /** Project-local tools folder; the binary lives in `<toolsDir>/bin/temporal`. */
  toolsDir: string;
  /** Build the CLI with `go install` when no binary is found (default true). */
  build?: boolean;
  log?: (message: string) => void;
}

/**
 * Finds the Temporal CLI: TEMPORAL_CLI_PATH, then `temporal` on PATH, then the project's
 * tools folder, and as a last resort builds it there with `go install`.
 */
export async function resolveTemporalCli(options: ResolveTemporalCliOptions): Promise<string> {
  const log = options.log ?? (() => undefined);
  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new TemporalCliNotFoundError(`TEMPORAL_CLI_PATH=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const inPath = onPath('temporal');
  if (inPath) return inPath;

  const binDir = path.join(options.toolsDir, 'bin');
  const local = path.join(binDir, 'temporal');
  if (isExecutable(local)) return local;

  const go = onPath('go');
  if (options.build === false || !go) {
    throw new TemporalCliNotFoundError(
      [
        'The Temporal CLI was not found and cannot be built here.',
        'Do one of:',
        '  - install Go (https://go.dev/dl/) and run this command again: it builds the CLI into .tools/bin;',
        `  - or build it yourself: GOBIN=${binDir} go install ${TEMPORAL_CLI_MODULE}`,
        '  - or download a release binary and set TEMPORAL_CLI_PATH=/path/to/temporal (or put `temporal` on PATH);',
        '  - or point TEMPORAL_ADDRESS at a running Temporal server.',
      ].join('\n'),
    );
  }
  mkdirSync(binDir, { recursive: true });
  log(`Building the Temporal CLI (${TEMPORAL_CLI_MODULE}) into ${binDir}; the first build takes several minutes…`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(go, ['install', TEMPORAL_CLI_MODULE], {
      env: { ...process.env, GOBIN: binDir, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new TemporalCliNotFoundError(`go install exited with ${code}`))));
  });
  if (!isExecutable(local)) throw new TemporalCliNotFoundError(`go install finished but ${local} is missing`);
  log(`Temporal CLI built: ${local}`);
  return local;
}
