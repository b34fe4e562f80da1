import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The development tools the project builds from Go source on first use (the Temporal CLI, the
 * Temporal server, Mailpit): each is found through its environment variable, then on PATH, then in
 * the project's git-ignored tools folder, and as a last resort built there with `go install`.
 */
export interface GoTool {
  /** What the messages call it, e.g. "the Temporal CLI". */
  title: string;
  /** The binary's file name (the last element of the package path, as `go install` names it). */
  binary: string;
  /** `module/path@version` for `go install`. */
  module: string;
  /** The environment variable that names a binary to use instead. */
  envVar: string;
  /** Also accept the binary found on PATH (default true). */
  fromPath?: boolean;
  /** The tools folder's subfolder the binary is built into (default `bin`). */
  binSubdir?: string;
  /**
   * A Go toolchain the build needs (e.g. `go1.27.3` when the module asks for a Go newer than the
   * machine's); the go command fetches it from the module proxy.
   */
  goToolchain?: string;
}

export class GoToolNotFoundError extends Error {}

export interface ResolveGoToolOptions {
  /** Project-local tools folder. */
  toolsDir: string;
  /** Build with `go install` when no binary is found (default true). */
  build?: boolean;
  log?: (message: string) => void;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (existsSync(candidate) && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** Where the tool is built in the tools folder. */
export function goToolPath(tool: GoTool, toolsDir: string): string {
  return path.join(toolsDir, tool.binSubdir ?? 'bin', tool.binary);
}

/** Finds the tool, or builds it (see {@link GoTool}). */
export async function resolveGoTool(tool: GoTool, options: ResolveGoToolOptions): Promise<string> {
  const log = options.log ?? (() => undefined);
  const fromEnv = process.env[tool.envVar];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new GoToolNotFoundError(`${tool.envVar}=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  if (tool.fromPath !== false) {
    const inPath = onPath(tool.binary);
    if (inPath) return inPath;
  }
  const local = goToolPath(tool, options.toolsDir);
  if (isExecutable(local)) return local;

  const binDir = path.dirname(local);
  const toolchain = tool.goToolchain ? `GOTOOLCHAIN=${tool.goToolchain} ` : '';
  const go = onPath('go');
  if (options.build === false || !go) {
    throw new GoToolNotFoundError(
      [
        `${tool.title} was not found and cannot be built here.`,
        'Do one of:',
        `  - install Go (https://go.dev/dl/) and run this command again: it builds ${tool.binary} into ${binDir};`,
        `  - or build it yourself: ${toolchain}GOBIN=${binDir} go install ${tool.module}`,
        `  - or set ${tool.envVar}=/path/to/${tool.binary}.`,
      ].join('\n'),
    );
  }
  mkdirSync(binDir, { recursive: true });
  log(`Building ${tool.title} (${tool.module}) into ${binDir}; the first build takes several minutes…`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(go, ['install', tool.module], {
      env: {
        ...process.env,
        GOBIN: binDir,
        CGO_ENABLED: process.env.CGO_ENABLED ?? '0',
        ...(tool.goToolchain ? { GOTOOLCHAIN: tool.goToolchain } : {}),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new GoToolNotFoundError(`go install ${tool.module} exited with ${code}`))));
  });
  if (!isExecutable(local)) throw new GoToolNotFoundError(`go install finished but ${local} is missing`);
  log(`${tool.title} built: ${local}`);
  return local;
}
