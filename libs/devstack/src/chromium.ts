import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium (a test
 * tool's own browser download does not work on these machines). When it is missing and the tests
 * run as root on Debian, the `chromium` package is installed here, so `npm test` on a fresh machine
 * needs nothing else; otherwise the error says what to install.
 */
export function resolveChromium(log: (message: string) => void = () => undefined): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  if (!existsSync(DEBIAN_CHROMIUM) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log("Installing Debian's chromium package for the browser tests (apt-get) …");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error("No Chromium for the browser tests: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH");
  return DEBIAN_CHROMIUM;
}
