import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { resolveChromium } from '@gov/devstack';

const require = createRequire(import.meta.url);
const ARTIFACTS = path.resolve('test-artifacts', 'web');

/** Headless Debian Chromium with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    // Installed (if missing) by the global setup; see resolveChromium.
    executablePath: resolveChromium(),
    headless: true,
    // The machine's network is closed: no background connections, no component updates.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** A new page (its own context: its own sessionStorage) with the API token entered on the sign-in page. */
export async function signedInPage(browser: Browser, baseUrl: string, token: string, options: { lang?: 'sv' | 'en'; path?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: options.lang === 'en' ? 'en-GB' : 'sv-SE', timezoneId: 'Europe/Stockholm' });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`Browser page error: ${err.message}`));
  await page.goto(`${baseUrl}${options.path ?? '/app/'}`);
  await page.locator('#token').fill(token);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('signed-in-as').waitFor();
  return page;
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page against WCAG 2.1 A and AA (and axe's best practices), writes the full
 * result to test-artifacts/web/axe-<name>.json and returns the serious and critical violations.
 */
export async function seriousAxeViolations(page: Page, name: string): Promise<AxeViolation[]> {
  const axe = require('axe-core') as { source: string };
  await page.addScriptTag({ content: axe.source });
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };
  // Evaluated in the page (where axe and document live).
  const result = (await page.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as { violations: AxeViolation[] };
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(result.violations, null, 2));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A full-page screenshot under test-artifacts/web/ for a reviewer (not committed). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Every page a test visits: no serious or critical axe violation, and a screenshot. */
export async function checkPage(page: Page, name: string): Promise<AxeViolation[]> {
  await screenshot(page, name);
  return seriousAxeViolations(page, name);
}

/** For failure messages: one line per violation and node. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`).join('\n');
}
