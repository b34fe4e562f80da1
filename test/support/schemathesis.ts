import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@gov/devstack';

/** The Schemathesis release the contract spec runs (PyPI). */
export const SCHEMATHESIS_VERSION = '4.32.5';

/**
 * Schemathesis in a project-local virtual environment (`.tools/schemathesis-venv`, git-ignored),
 * made with `python3 -m venv` and pip on first use and reused while it holds the pinned version; a
 * half-made environment (an interrupted install) is made again. Needs only Python 3 and PyPI.
 */
export function ensureSchemathesis(log: (line: string) => void = console.log): string {
  const venv = path.join(projectRoot(), '.tools', 'schemathesis-venv');
  const st = path.join(venv, 'bin', 'st');
  const installed = () => {
    try {
      return existsSync(st) && execFileSync(st, ['--version'], { encoding: 'utf8', timeout: 60_000 }).includes(SCHEMATHESIS_VERSION);
    } catch {
      return false;
    }
  };
  if (installed()) return st;
  log(`Installing Schemathesis ${SCHEMATHESIS_VERSION} into ${venv} (once) …`);
  rmSync(venv, { recursive: true, force: true });
  mkdirSync(path.dirname(venv), { recursive: true });
  const python = process.env.PYTHON ?? 'python3';
  execFileSync(python, ['-m', 'venv', venv], { stdio: 'inherit', timeout: 300_000 });
  execFileSync(path.join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`], { stdio: 'inherit', timeout: 900_000 });
  if (!installed()) throw new Error(`Schemathesis ${SCHEMATHESIS_VERSION} is not usable from ${st} after installing it`);
  return st;
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command, passing its output through as it comes (the test prints Schemathesis's own report), and keeps it. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number; onLine?: (line: string) => void }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let pending = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine?.(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }, options.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pending) options.onLine?.(pending);
      resolve({ code, output });
    });
  });
}
