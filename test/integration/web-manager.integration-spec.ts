import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import type { operations } from '@gov/api-client';
import { GovernanceApi, loadSkolaForstDemo } from '@gov/devstack';
import { checkPage, describeViolations, launchBrowser, signedInPage } from '../support/browser.js';
import { createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

interface Entry {
  seq: string;
  id: string;
  type: string;
  actorId: string | null;
  workflowId: string | null;
}
interface AuditPage {
  items: Entry[];
  nextCursor: string | null;
}
type AuditQuery = Omit<NonNullable<operations['AuditController_page']['parameters']['query']>, 'limit'>;

/**
 * The manager's pages in Debian's Chromium against the real stack, on the Skola först demo loaded
 * through the API: the audit log filtered, paged and exported, a workflow's history, the phase
 * report, and the program overview — read-only (no command buttons), axe-clean, with screenshots.
 */
describe('web UI: the manager reads the audit log, workflow histories and the phase report', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let manager: TestPerson;
  let reader: GovernanceApi;
  let programId: string;
  let programWorkflowId: string;
  let page: Page;

  // The only buttons a manager may see: language and sign-out in the header, the filter form's
  // submit, the export and report downloads. None of them changes anything.
  // Also paging (previous/next) and the activity matrix's cells, which only open a cell's list.
  const READ_ONLY_BUTTONS = new Set(['In English', 'På svenska', 'Logga ut', 'Sign out', 'Visa händelser', 'Exportera CSV', 'Exportera JSON Lines', 'Ladda ner som Markdown', 'Ladda ner som HTML', 'Download as Markdown', 'Download as HTML', 'Föregående', 'Nästa']);
  const noCommandButtons = async (p: Page) => {
    const names = await p.locator('button:not(.cell)').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(names.filter((n) => !READ_ONLY_BUTTONS.has(n))).toEqual([]);
    return names;
  };
  const a11y = async (p: Page, name: string) => {
    const violations = await checkPage(p, name);
    if (violations.length) console.error(describeViolations(violations));
    expect(violations).toEqual([]);
  };
  const audit = (q: AuditQuery) => reader.ok(reader.GET('/audit', { params: { query: { ...q, limit: 50 } } }));
  const shownSeqs = (p: Page) => p.locator('[data-testid="audit-entries"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-seq')));
  /** Waits until the page shows exactly the API's entries (the list loads after the URL changes). */
  const showsEntries = async (p: Page, expected: Entry[]) => {
    const want = expected.map((e) => e.seq);
    await eventually(async () => (JSON.stringify(await shownSeqs(p)) === JSON.stringify(want) ? true : undefined), 15_000, 'the API entries on the page').catch(() => undefined);
    expect(await shownSeqs(p)).toEqual(want);
  };
  /** Every entry matching a filter, through the API's cursor paging (newest first). */
  const allEntries = async (q: AuditQuery) => {
    const out: Entry[] = [];
    let before: string | null = null;
    do {
      const pageOf: AuditPage = await reader.ok(reader.GET('/audit', { params: { query: { ...q, limit: 500, ...(before ? { before } : {}) } } }));
      out.push(...pageOf.items);
      before = pageOf.nextCursor;
    } while (before);
    return out;
  };
  const download = async (p: Page, button: string) => {
    const [file] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: button }).click()]);
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  };

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office');
    manager = await createPerson(system, 'manager');
    ({ programId } = await loadSkolaForstDemo(new GovernanceApi(system.baseUrl, office.token)));
    reader = new GovernanceApi(system.baseUrl, manager.token);
    programWorkflowId = (await reader.ok(reader.GET('/programs/{id}', { params: { path: { id: programId } } }))).workflowId;
    // Workflows write the last entries (tasks opening) a moment after the demo returns: wait for a quiet trail.
    let head = '';
    let quiet = 0;
    await eventually(
      async () => {
        const seq = (await audit({})).items[0]?.seq ?? '';
        quiet = seq === head ? quiet + 1 : 0;
        head = seq;
        return quiet >= 20 ? true : undefined;
      },
      90_000,
      'a quiet audit trail',
    );
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows the audit log newest first with an intact chain, filtered by program through the URL, and pages to older entries', async () => {
    page = await signedInPage(browser, system.baseUrl, manager.token, { path: '/app/audit' });
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg' }).waitFor();
    await showsEntries(page, (await audit({})).items);
    const verify = await reader.ok(reader.GET('/audit/verify'));
    expect(verify.valid).toBe(true);
    await expect(page.getByTestId('chain-status').getAttribute('data-valid')).resolves.toBe('true');
    expect(verify.head).not.toBeNull();
    await expect(page.getByTestId('chain-status').textContent()).resolves.toContain(`#${verify.head?.seq}`);
    await noCommandButtons(page);
    await a11y(page, 'manager-audit');

    await page.getByLabel('Program', { exact: true }).selectOption(programId);
    await page.getByRole('button', { name: 'Visa händelser' }).click();
    await page.waitForURL(new RegExp(`program=${programId}`));
    const first = await audit({ programId });
    expect(first.nextCursor).not.toBeNull();
    await showsEntries(page, first.items);
    expect(first.items.length).toBe(50);

    await page.getByRole('link', { name: /Äldre händelser/ }).click();
    await page.waitForURL(new RegExp(`before=${first.nextCursor}`));
    const second = await audit({ programId, before: first.nextCursor! });
    await showsEntries(page, second.items);
    expect(Number(second.items[0].seq)).toBeLessThan(Number(first.items[first.items.length - 1].seq));
    // The program filter stays in the URL while paging, and the form still shows it.
    await expect(page.getByLabel('Program', { exact: true }).inputValue()).resolves.toBe(programId);
    await noCommandButtons(page);
    await a11y(page, 'manager-audit-older');
  }, 90_000);

  it('filters by event type: the gate decision, with its actor named', async () => {
    await page.goto(`${system.baseUrl}/app/audit?program=${programId}`);
    await page.getByLabel('Händelsetyp').fill('gate.decided');
    await page.getByRole('button', { name: 'Visa händelser' }).click();
    await page.waitForURL(/type=gate.decided/);
    const decided = await audit({ programId, type: 'gate.decided' });
    expect(decided.items.length).toBeGreaterThan(0);
    await showsEntries(page, decided.items);
    expect(await page.locator('[data-testid="audit-entries"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')))).toEqual(decided.items.map(() => 'gate.decided'));
    const chair = await reader.ok(reader.GET('/persons/{id}', { params: { path: { id: decided.items[0].actorId! } } }));
    await expect(page.locator(`tr[data-seq="${decided.items[0].seq}"]`).textContent()).resolves.toContain(chair.displayName);
    await a11y(page, 'manager-audit-gate');
  }, 60_000);

  it('exports the filtered entries as CSV and JSON Lines with the token', async () => {
    await page.goto(`${system.baseUrl}/app/audit?program=${programId}&type=${encodeURIComponent('task.*')}`);
    const tasks = await audit({ programId, type: 'task.*' });
    await showsEntries(page, tasks.items);
    const expected = (await allEntries({ programId, type: 'task.*' })).reverse(); // exports run in chain order
    expect(expected.length).toBeGreaterThan(0);

    const csv = await download(page, 'Exportera CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const [head, ...rows] = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(head.type).toBe('#chain-head');
    expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    expect(rows.every((r) => r.programId === programId && r.type.startsWith('task.'))).toBe(true);

    const jsonl = await download(page, 'Exportera JSON Lines');
    expect(jsonl.name).toMatch(/\.jsonl$/);
    const [chain, ...lines] = jsonl.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(chain.chain.headHash).toMatch(/^[0-9a-f]+$/);
    expect(lines.map((e: Entry) => e.id)).toEqual(expected.map((e) => e.id));
    await expect(page.getByRole('status').filter({ hasText: 'Exporten är hämtad' }).count()).resolves.toBe(1);
    await noCommandButtons(page);
  }, 60_000);

  it("opens the program workflow's history from an entry: its timeline with the children it started, linked", async () => {
    await page.goto(`${system.baseUrl}/app/audit?program=${programId}&type=gate.decided`);
    const link = page.locator(`[data-testid="workflow-link"][data-workflow="${programWorkflowId}"]`).first();
    await link.click();
    await page.waitForURL(new RegExp(`/app/audit/workflows/${programWorkflowId}$`));
    await page.getByRole('heading', { level: 1, name: /Arbetsflödets historik/ }).waitFor();
    await page.getByTestId('history').waitFor();
    const timeline = await reader.ok(reader.GET('/audit/workflows/{workflowId}/timeline', { params: { path: { workflowId: programWorkflowId } } }));
    const rows = await page.locator('[data-testid="history"] tbody tr').evaluateAll((trs) => trs.map((r) => ({ workflowId: r.getAttribute('data-workflow'), kind: r.getAttribute('data-kind'), what: r.querySelector('.what')?.getAttribute('data-what') })));
    // Histories only grow: the page shows the API's timeline (up to the moment it loaded).
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(timeline.items.slice(0, rows.length).map((i) => ({ workflowId: i.workflowId, kind: i.kind, what: i.what })));
    expect(rows[0]).toEqual({ workflowId: programWorkflowId, kind: 'workflow', what: expect.stringMatching(/^started /) });
    // The children it started (phases, steps' tasks, activities …), each linked to its own history.
    const children = [...new Set(rows.map((r) => r.workflowId))].filter((id) => id !== programWorkflowId);
    expect(children.length).toBeGreaterThan(0);
    const listed = await page.getByTestId('workflow-list').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('data-workflow')));
    expect([...listed].sort()).toEqual([...children].sort());
    // Nested as started: the phase workflows sit under the program, their steps' tasks under the phase.
    const phase = children.find((id) => id.startsWith(`${programWorkflowId}-phase-`))!;
    expect(phase).toBeDefined();
    await expect(page.getByTestId('workflow-list').locator(`li:has(> a[data-workflow="${phase}"]) a`).count()).resolves.toBeGreaterThan(1);
    await noCommandButtons(page);
    await a11y(page, 'manager-workflow-history');

    // A child's own history is one link away.
    await page.getByTestId('workflow-list').locator(`a[data-workflow="${phase}"]`).click();
    await page.waitForURL(new RegExp(`/app/audit/workflows/${phase}$`));
    await page.getByRole('heading', { level: 1, name: new RegExp(phase) }).waitFor();
    await page.getByTestId('history').waitFor();
    expect(await page.locator('[data-testid="history"] tbody tr').first().getAttribute('data-workflow')).toBe(phase);
    await noCommandButtons(page);
    await a11y(page, 'manager-workflow-child');
  }, 60_000);

  it("shows the phase report with the API's figures and downloads it as Markdown and HTML", async () => {
    await page.goto(`${system.baseUrl}/app/programs/${programId}/report`);
    await page.getByRole('heading', { level: 1, name: /Delrapport/ }).waitFor();
    await page.getByTestId('needs-by-category').waitFor();
    const report = await reader.ok(reader.GET('/programs/{id}/report', { params: { path: { id: programId }, query: { format: 'json' } } }));
    const shown = await page.locator('[data-testid="needs-by-category"] tbody tr').evaluateAll((rows) => rows.map((r) => ({ key: r.getAttribute('data-category'), count: Number(r.querySelector('td')?.getAttribute('data-count')), name: r.querySelector('th')?.textContent })));
    expect(shown).toEqual(report.needs.byCategory.map((c: { key: string; count: number; name: { sv: string } }) => ({ key: c.key, count: c.count, name: c.name.sv })));
    const figure = async (id: string) => Number(((await page.getByTestId(id).textContent()) ?? '').replace(/\D/g, ''));
    expect(await figure('needs-total')).toBe(report.needs.total);
    expect(await figure('needs-uncategorized')).toBe(report.needs.uncategorized);
    expect(await figure('sessions-total')).toBe(report.sessions.total);
    expect(await figure('needs-categorized')).toBe(report.needs.byCategory.reduce((s: number, c: { count: number }) => s + c.count, 0));
    await page.getByTestId('needs-chart').locator('svg').waitFor();
    await expect(page.getByTestId('focus-areas').locator('li').count()).resolves.toBe(report.focusAreas.length);
    await noCommandButtons(page);
    await a11y(page, 'manager-report');

    const markdown = await download(page, 'Ladda ner som Markdown');
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.text).toContain('## Behov per kategori');
    expect(markdown.text).toContain(`Antal behov: ${report.needs.total}`);
    const html = await download(page, 'Ladda ner som HTML');
    expect(html.text).toMatch(/^<!doctype html>\s*<html lang="sv">/);

    // In English the same figures under English headings, and the downloads follow the language.
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Needs per category' }).waitFor();
    await expect(page.locator('[data-testid="needs-by-category"] tbody th').allTextContents()).resolves.toEqual(report.needs.byCategory.map((c: { name: { en: string } }) => c.name.en));
    expect((await download(page, 'Download as Markdown')).text).toContain('## Needs per category');
    await noCommandButtons(page);
    await a11y(page, 'manager-report-en');
    await page.getByRole('button', { name: 'På svenska' }).click();
  }, 60_000);

  it('shows the program overview without any command', async () => {
    await page.goto(`${system.baseUrl}/app/programs/${programId}`);
    await page.getByTestId('phase-timeline').waitFor();
    await page.getByRole('link', { name: 'Arbetsflödets historik' }).waitFor();
    await expect(page.getByRole('button', { name: 'Slutför steget' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Registrera beslutet' }).count()).resolves.toBe(0);
    await noCommandButtons(page);
    await a11y(page, 'manager-program-overview');
  }, 60_000);

  it('reads the needs, the matrix with the activities of a cell, the network and an activity without any command', async () => {
    for (const [path, ready, name] of [
      [`/app/programs/${programId}/needs`, 'needs-table', 'manager-needs'],
      [`/app/programs/${programId}/network`, 'network-members', 'manager-network'],
      [`/app/programs/${programId}/matrix`, 'activity-matrix', 'manager-matrix'],
    ] as const) {
      await page.goto(`${system.baseUrl}${path}`);
      await page.getByTestId(ready).waitFor();
      await expect(page.getByTestId('import-preview').count()).resolves.toBe(0);
      await noCommandButtons(page);
      await a11y(page, name);
    }
    // No import form, no meeting form, no proposal form for a manager.
    await expect(page.getByTestId('propose-activity').count()).resolves.toBe(0);
    const cell = page.locator('[data-total]:not([data-total="0"]) button.cell').first();
    await cell.click();
    const drill = page.getByTestId('matrix-drilldown');
    await drill.locator('tbody a').first().click();
    await page.getByTestId('activity-facts').waitFor();
    await noCommandButtons(page);
    await expect(page.getByTestId('evaluate-activity').count()).resolves.toBe(0);
    await a11y(page, 'manager-activity');
  }, 60_000);
});
