import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { GovernanceApi } from '@gov/devstack';
import { checkPage, launchBrowser, signedInPage } from '../support/browser.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * The municipal project model in the browser, with no TypeScript written for it: the project office
 * registers it from its file on the templates page, creates a project, names the decision maker,
 * fills its forms, ticks its checklist with evidence, records and approves its closing report; the
 * steering group's decision maker revises the plan, sends the project back, continues to its
 * closure — and closes another project at BP1.
 */
const FILE = readFileSync(new URL('../../libs/domain/templates/projektmodell.v1.json', import.meta.url), 'utf8');

describe('web UI: a project model registered from its file, run in a real browser (issue 19)', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let steering: TestPerson;
  let api: GovernanceApi;
  let page: Page;
  let board: Page;
  let projectId: string;
  const key = `projektmodell-ui-${Date.now().toString(36)}`;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office', { displayName: 'Projektkontoret' });
    const org = await createOrganization(system, 'Styrgruppen för projekt');
    steering = await createPerson(system, 'contact_person', { organizationId: org.id, permissions: ['gate.decide'], displayName: 'Styrgruppens ordförande' });
    api = new GovernanceApi(system.baseUrl, office.token);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const a11y = async (p: Page, name: string) => expect(await checkPage(p, name)).toEqual([]);
  const position = async (id = projectId) => (await api.ok(api.GET('/programs/{id}', { params: { path: { id } } }))).position!;
  const atStep = (stepKey: string, id = projectId) => eventually(async () => ((await position(id)).stepKey === stepKey && (await position(id)).stepStatus === 'open' ? true : undefined), 60_000, `step ${stepKey}`);
  const atGate = (phaseKey: string, id = projectId) => eventually(async () => ((await position(id)).gateTaskId && (await position(id)).phaseKey === phaseKey ? true : undefined), 60_000, `decision point ${phaseKey}`);
  /** The office's page on the open step: its heading names the step. */
  const onStep = async (name: string) => {
    await page.getByRole('heading', { name: new RegExp(`Nuvarande steg: ${name.replace(/[()]/g, '.')}`) }).waitFor({ timeout: 60_000 });
  };
  const completeStep = async (name: string) => {
    await page.getByRole('button', { name: 'Slutför steget' }).click();
    await page.getByText(`Steget är slutfört: ${name}.`).waitFor({ timeout: 30_000 });
  };
  const saveForm = async (fields: Record<string, string>) => {
    for (const [label, value] of Object.entries(fields)) {
      const field = page.getByTestId('form-step').getByLabel(label, { exact: false }).first();
      if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    await page.getByTestId('form-step').getByRole('button', { name: 'Spara' }).click();
    await page.getByTestId('form-step').getByText('Sparat.').waitFor();
  };
  const decide = async (phaseKey: string, outcome: string, comment?: string) => {
    await atGate(phaseKey);
    await board.reload();
    await board.getByRole('heading', { name: 'Besluta vid grinden' }).waitFor({ timeout: 30_000 });
    await board.getByLabel(outcome).check();
    if (comment) await board.getByLabel(/^Kommentar/).fill(comment);
    await board.getByRole('button', { name: 'Registrera beslutet' }).click();
    await board.getByText('Beslutet är registrerat.').waitFor();
    await eventually(async () => ((await position()).gateTaskId ? undefined : true), 30_000, 'the decision to take effect');
    await page.reload();
  };

  it('registers the template from its file on the templates page; a broken one is refused with its paths', async () => {
    page = await signedInPage(browser, system.baseUrl, office.token, { path: '/app/templates' });
    await page.getByRole('heading', { level: 1, name: 'Programmallar' }).waitFor();
    const broken = JSON.parse(FILE);
    broken.key = key;
    broken.phases[1].steps[0].kind = 'spreadsheet';
    await page.getByLabel('Mallens JSON').fill(JSON.stringify(broken));
    await page.getByRole('button', { name: 'Registrera mallen' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/phases\[1\]\.steps\[0\]\.kind/);
    expect((await api.ok(api.GET('/templates'))).items.some((t) => t.key === key)).toBe(false);

    await page.getByLabel('Mallens JSON').fill(FILE.replace('"key": "projektmodell"', `"key": "${key}"`));
    await page.getByRole('button', { name: 'Registrera mallen' }).click();
    await page.getByText(`${key} version 1 är registrerad.`).waitFor();
    await page.locator(`[data-template="${key}"]`).waitFor();
    await a11y(page, 'project-model-templates');
  }, 60_000);

  it('creates a project from it and names the decision maker', async () => {
    await page.goto(`${system.baseUrl}/app/programs`);
    await page.getByLabel('Mall').selectOption(key);
    await page.getByLabel('Namn').fill('Digital skolskjuts (UI)');
    await page.getByRole('button', { name: 'Skapa och starta programmet' }).click();
    await page.waitForURL(/\/app\/programs\/[0-9a-f-]{36}$/);
    projectId = page.url().split('/').pop()!;
    await page.locator('[data-phase="avslut"]').waitFor();
    expect(await page.locator('[data-phase]').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')))).toEqual(['ide', 'forstudie', 'planering', 'genomforande', 'avslut']);
    await page.getByTestId('gate-owner-form').getByLabel("Styrgruppens beslutsfattare").selectOption(steering.person.id);
    await page.getByRole('button', { name: 'Utse beslutsfattaren' }).click();
    await page.getByText('Beslutsfattaren är utsedd.').waitFor();
    expect((await position()).gateOwnerId).toBe(steering.person.id);
    board = await signedInPage(browser, system.baseUrl, steering.token, { path: `/app/programs/${projectId}` });
  }, 60_000);

  it('runs Idé with a form, and BP1 revises the plan, then continues', async () => {
    await atStep('project-idea');
    await page.reload();
    await onStep('Projektidé');
    // Completing with the form empty is refused, and the page says why.
    await page.getByRole('button', { name: 'Slutför steget' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/not been filled in/);
    await saveForm({ 'Idéns namn': 'Digital skolskjuts', 'Behov och bakgrund': 'Elever väntar på skolskjuts som inte kommer.', 'Ansvarig förvaltning': 'Utbildningsförvaltningen' });
    await a11y(page, 'project-model-form-step');
    await completeStep('Projektidé');
    await decide('ide', 'Revidera planen – fasen görs om', 'Beskriv målgruppen.');
    await atStep('project-idea');
    await page.reload();
    await onStep('Projektidé');
    await saveForm({ Målgrupp: 'Elever i åk 1–6' });
    await completeStep('Projektidé');
    await decide('ide', 'Fortsätt till nästa fas');
  }, 240_000);

  it('runs Förstudie; BP2 sends the project back to Idé, and it comes through again', async () => {
    await atStep('business-case');
    await page.reload();
    await onStep('Nyttokalkyl');
    await saveForm({ 'Nyttor som projektet ska ge': 'Kortare väntetid', Nyttoägare: 'Skolskjutsenheten', 'Kostnadsuppskattning (kr)': '850000' });
    await completeStep('Nyttokalkyl (business case)');
    await atStep('risks');
    await page.reload();
    await onStep('Riskanalys');
    await saveForm({ 'Största risken': 'Leverantören hinner inte', Sannolikhet: 'medium', Konsekvens: 'high', Åtgärder: 'Plan B med egen personal' });
    await completeStep('Riskanalys');
    await decide('forstudie', 'Skicka tillbaka till föregående fas', 'Förankra idén hos skolorna först.');
    await eventually(async () => ((await board.locator('[data-phase="forstudie"] .badge').first().textContent()) === 'Tillbakaskickad' ? true : (await board.reload(), undefined)), 30_000, 'Förstudie shown sent back');
    await atStep('project-idea');
    await page.reload();
    await completeStep('Projektidé');
    await decide('ide', 'Fortsätt till nästa fas');
    for (const [key, name] of [['business-case', 'Nyttokalkyl (business case)'], ['risks', 'Riskanalys']]) {
      await atStep(key);
      await page.reload();
      await completeStep(name);
    }
    await decide('forstudie', 'Fortsätt till nästa fas');
  }, 300_000);

  it('runs Planering (a directive and a checklist with evidence), Genomförande and Avslut (a document approved) to the project closed', async () => {
    await atStep('project-directive');
    await page.reload();
    await saveForm({ Projektmål: 'Alla elever i tid', Avgränsningar: 'Grundskolan', 'Budget (kr)': '850000', 'Planerat slutdatum': '2027-06-30', Projektledare: 'Projektledaren' });
    await completeStep('Projektdirektiv');
    await atStep('required-documents');
    await page.reload();
    const list = page.getByTestId('checklist-step');
    for (const item of ['Projektplan (underlag krävs)', 'Kommunikationsplan', 'Resursplan', 'Bedömning av personuppgiftsbehandling']) await list.getByLabel(item, { exact: true }).check();
    await list.getByRole('button', { name: 'Spara' }).click();
    await list.getByText('Sparat.').waitFor();
    await page.getByRole('button', { name: 'Slutför steget' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/need a link to their evidence/);
    await list.getByLabel('Länk till underlag för Projektplan').fill('https://intranat.example.se/projektplan.pdf');
    await list.getByRole('button', { name: 'Spara' }).click();
    await list.getByText('Sparat.').waitFor();
    await a11y(page, 'project-model-checklist-step');
    await completeStep('Nödvändiga dokument');
    await decide('planering', 'Fortsätt till nästa fas');

    await atStep('status-report');
    await page.reload();
    await saveForm({ Läge: 'on-track', Genomfört: 'Ny planering av turerna' });
    await completeStep('Lägesrapport');
    await decide('genomforande', 'Fortsätt till nästa fas');

    await atStep('closing-report');
    await page.reload();
    await page.getByLabel('Titel').fill('Slutrapport');
    await page.getByLabel('Länk till dokumentet').fill('https://intranat.example.se/slutrapport.pdf');
    await page.getByRole('button', { name: 'Registrera en ny version' }).click();
    await page.getByText('Versionen är registrerad.').waitFor();
    await board.reload();
    await board.getByRole('button', { name: 'Godkänn version 1' }).click();
    await board.getByText('Version 1 är godkänd.').first().waitFor();
    await a11y(board, 'project-model-document-step');
    await page.reload();
    await completeStep('Slutrapport');
    await atStep('handover');
    await page.reload();
    const handover = page.getByTestId('checklist-step');
    await handover.getByLabel('Mottagande förvaltning utsedd').check();
    await handover.getByLabel('Plan för nyttohemtagning (underlag krävs)', { exact: true }).check();
    await handover.getByLabel('Länk till underlag för Plan för nyttohemtagning').fill('https://intranat.example.se/nyttoplan.pdf');
    await handover.getByRole('button', { name: 'Spara' }).click();
    await handover.getByText('Sparat.').waitFor();
    await completeStep('Överlämning');
    await decide('avslut', 'Godkänn avslutet');
    await eventually(async () => ((await position()).status === 'closed' ? true : undefined), 60_000, 'the project closed');
    await page.reload();
    await page.getByText('Programmet är avslutat').first().waitFor();
    const live = (await api.ok(api.GET('/programs/{id}', { params: { path: { id: projectId } } }))).live!;
    expect(live.phases.map((p) => [p.key, p.status, p.rounds])).toEqual([
      ['ide', 'completed', 3],
      ['forstudie', 'completed', 2],
      ['planering', 'completed', 1],
      ['genomforande', 'completed', 1],
      ['avslut', 'completed', 1],
    ]);
    await a11y(page, 'project-model-closed');
  }, 400_000);

  it('closes another project at BP1', async () => {
    const created = await api.ok(api.POST('/programs', { body: { templateKey: key, name: 'Ny simhall (UI)' } }));
    await api.ok(api.PUT('/programs/{id}/gate-owner', { params: { path: { id: created.id } }, body: { personId: steering.person.id } }));
    projectId = created.id;
    await atStep('project-idea');
    await page.goto(`${system.baseUrl}/app/programs/${projectId}`);
    await onStep('Projektidé');
    await saveForm({ 'Idéns namn': 'Ny simhall', 'Behov och bakgrund': 'Simundervisning', 'Ansvarig förvaltning': 'Kultur- och fritidsförvaltningen' });
    await completeStep('Projektidé');
    await board.goto(`${system.baseUrl}/app/programs/${projectId}`);
    await decide('ide', 'Avsluta projektet', 'Ryms inte i budgeten.');
    await eventually(async () => ((await position()).status === 'closed' ? true : undefined), 60_000, 'the project closed');
    expect((await api.ok(api.GET('/programs/{id}', { params: { path: { id: projectId } } }))).live!.phases.map((p) => p.status)).toEqual(['stopped', 'pending', 'pending', 'pending', 'pending']);
  }, 180_000);
});
