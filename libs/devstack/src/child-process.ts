import type { ChildProcess } from 'node:child_process';

/** Sends a signal and waits for the process to exit; escalates to SIGKILL after graceMs. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** How the API prints the first project-office token when it starts on an empty database. */
export const FIRST_TOKEN_PATTERN = /API token \(shown once, store it safely[^)]*\): (gov_\S+)/;

/**
 * The first project-office token an API process prints on its standard output (piped); rejects if
 * the process exits or prints none in time.
 */
export function firstApiToken(api: ChildProcess, timeoutMs = 60_000): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The API printed no first token within ${timeoutMs / 1000} s`)), timeoutMs);
    api.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = FIRST_TOKEN_PATTERN.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    api.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited (${code})`));
    });
  });
}
