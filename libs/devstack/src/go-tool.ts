import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

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

export interface ResolveToolOptions {
  /** Project-local tools folder; a binary lives in `<toolsDir>/bin/<name>`. */
  toolsDir: string;
  /** Build the tool with `go install` when no binary is found (default true). */
  build?: boolean;
  log?: (message: string) => void;
}

/** A development tool written in Go that the devstack builds on demand. */
export interface GoTool {
  /** The binary's name (on PATH and in the tools folder). */
  binary: string;
  /** What to call it in messages ("the Temporal CLI"). */
  title: string;
  /** `module/path@version` for `go install`. */
  module: string;
  /** The environment variable that names a binary to use instead. */
  envVar: string;
  /** Extra `go install` flags (e.g. `-ldflags` that stamp the version). */
  installFlags?: string[];
  /** Further ways out, listed when the tool can neither be found nor built. */
  alternatives?: string[];
  /** Thrown when the tool cannot be found or built. */
  error: new (message: string) => Error;
  /** Also take the binary found on PATH (default true; false where another program has the same name). */
  fromPath?: boolean;
  /** The tools folder's subfolder the binary is built into (default `bin`). */
  binSubdir?: string;
  /** A Go toolchain the module needs (`go1.27.3`): the go command fetches it from the module proxy. */
  goToolchain?: string;
  /** Builds the binary into `binDir` instead of a plain `go install` (e.g. with assets it needs first). */
  build?: (context: { go: string; binDir: string; log: (message: string) => void }) => Promise<void>;
}

/** Runs a command to its end with inherited output; rejects with `error` unless it exits 0. */
export function runTool(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; error?: new (message: string) => Error } = {}): Promise<void> {
  const Failure = options.error ?? Error;
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Failure(`${path.basename(command)} ${args[0] ?? ''} exited with ${code}`))));
  });
}


/**
 * Finds a Go tool: its environment variable, then PATH, then the project's tools folder, and as a
 * last resort builds it there with `go install`.
 */
export async function resolveGoTool(tool: GoTool, options: ResolveToolOptions): Promise<string> {
  const log = options.log ?? (() => undefined);
  const fromEnv = process.env[tool.envVar];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new tool.error(`${tool.envVar}=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const inPath = tool.fromPath === false ? undefined : onPath(tool.binary);
  if (inPath) return inPath;

  const binDir = path.join(options.toolsDir, tool.binSubdir ?? 'bin');
  const local = path.join(binDir, tool.binary);
  if (isExecutable(local)) return local;

  const go = onPath('go');
  const flags = tool.installFlags?.map((f) => (/\s/.test(f) ? `'${f}'` : f)).join(' ');
  if (options.build === false || !go) {
    throw new tool.error(
      [
        `${tool.title[0].toUpperCase()}${tool.title.slice(1)} was not found and cannot be built here.`,
        'Do one of:',
        `  - install Go (https://go.dev/dl/) and run this command again: it builds ${tool.title} into .tools/${tool.binSubdir ?? 'bin'};`,
        `  - or build it yourself: ${tool.goToolchain ? `GOTOOLCHAIN=${tool.goToolchain} ` : ''}GOBIN=${binDir} go install ${flags ? `${flags} ` : ''}${tool.module}`,
        `  - or download a release binary and set ${tool.envVar}=/path/to/${tool.binary} (or put \`${tool.binary}\` on PATH);`,
        ...(tool.alternatives ?? []).map((a) => `  - or ${a}.`),
      ].join('\n'),
    );
  }
  mkdirSync(binDir, { recursive: true });
  log(`Building ${tool.title} (${tool.module}) into ${binDir}; the first build takes several minutes…`);
  if (tool.build) await tool.build({ go, binDir, log });
  else await runTool(go, ['install', ...(tool.installFlags ?? []), tool.module], {
      env: { ...process.env, GOBIN: binDir, CGO_ENABLED: process.env.CGO_ENABLED ?? '0', ...(tool.goToolchain ? { GOTOOLCHAIN: tool.goToolchain } : {}) },
      error: tool.error,
    });
  if (!isExecutable(local)) throw new tool.error(`The build finished but ${local} is missing`);
  log(`${tool.title[0].toUpperCase()}${tool.title.slice(1)} built: ${local}`);
  return local;
}
