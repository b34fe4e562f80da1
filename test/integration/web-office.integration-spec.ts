import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { GovernanceApi, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, seedNeedsCsv, taskBody } from '@gov/devstack';
import { checkPage, launchBrowser, signedInPage } from '../support/browser.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * The web UI in Debian's Chromium against the real stack (API serving the built UI, worker,
 * PostgreSQL, Temporal): the project office's journey and the contact person's, with axe-core on
 * every page visited and a screenshot of each in test-artifacts/web/.
 */
describe('web UI: the project office and contact persons in a real browser', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let api: GovernanceApi;
  const contacts: { org: string; person: TestPerson }[] = [];

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office', { permissions: ['gate.decide'] });
    api = new GovernanceApi(system.baseUrl, office.token);
    for (let i = 0; i < 2; i++) {
      const org = await createOrganization(system);
      contacts.push({ org: org.id, person: await createPerson(system, 'contact_person', { organizationId: org.id }) });
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const a11y = async (page: Page, name: string) => expect(await checkPage(page, name)).toEqual([]);
  const stepState = (page: Page, step: string) => page.locator(`[data-step="${step}"]`).getAttribute('data-state');
  const waitForStep = async (page: Page, step: string, state: string) => eventually(async () => ((await stepState(page, step)) === state ? true : undefined), 30_000, `step ${step} ${state} on the page`);

  describe('the project office', () => {
    let page: Page;
    let programId: string;

    it('creates a program from the template and sees phase I open at its first step', async () => {
      // The office's home is the portfolio overview (web-portfolio); the programs list is one link away.
      page = await signedInPage(browser, system.baseUrl, office.token);
      await page.getByRole('heading', { level: 1, name: 'Portföljöversikt' }).waitFor();
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Program', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Program' }).waitFor();
      await a11y(page, 'office-programs-empty');

      // A name that is only spaces is refused by the API, and the UI shows why; nothing is created.
      await page.getByLabel('Mall').selectOption('skola-forst');
      await page.getByLabel('Namn').fill('   ');
      await page.getByRole('button', { name: 'Skapa och starta programmet' }).click();
      await page.getByRole('alert').waitFor();
      expect((await api.ok(api.GET('/programs'))).total).toBe(0);

      await page.getByLabel('Namn').fill('Kraftsamling Skola först (UI)');
      await page.getByRole('button', { name: 'Skapa och starta programmet' }).click();
      await page.waitForURL(/\/app\/programs\/[0-9a-f-]{36}$/);
      programId = page.url().split('/').pop()!;
      expect((await api.ok(api.GET('/programs/{id}', { params: { path: { id: programId } } }))).name).toBe('Kraftsamling Skola först (UI)');
      await waitForStep(page, 'plan-gathering', 'current');
      // The timeline lists both phases with their steps; phase II and its steps are ahead.
      expect(await page.locator('[data-phase]').evaluateAll((els) => els.map((e) => e.getAttribute('data-phase')))).toEqual(['needs-analysis', 'implementation']);
      expect(await stepState(page, 'gathering')).toBe('pending');
      await a11y(page, 'office-program-overview');
    }, 60_000);

    it('plans a gathering session and completes the step; a refused completion says why', async () => {
      // Completing without a session is refused with the API's reason.
      await page.getByRole('button', { name: 'Slutför steget' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/No gathering session is planned/);

      await page.getByLabel('Rubrik').fill('Workshop med lärare');
      await page.getByLabel('Datum').fill('2018-11-14');
      await page.getByLabel('Lärare').check();
      await page.getByRole('button', { name: 'Planera ett insamlingstillfälle' }).last().click();
      await page.getByTestId('sessions').getByText('Workshop med lärare').waitFor();
      expect(await api.ok(api.GET('/programs/{id}/sessions', { params: { path: { id: programId } } }))).toHaveLength(1);

      await page.getByRole('button', { name: 'Slutför steget' }).click();
      await waitForStep(page, 'gathering', 'current');
      expect(await stepState(page, 'plan-gathering')).toBe('done');
    }, 60_000);

    it('imports needs from CSV with a preview: row errors first, nothing stored, then the good file', async () => {
      await page.getByRole('link', { name: 'Behov', exact: true }).click();
      await page.getByRole('heading', { name: 'Importera behov från CSV' }).waitFor();
      const categories = (await api.ok(api.GET('/programs/{id}/governance', { params: { path: { id: programId } } }))).needCategories.map((c: { key: string }) => c.key);
      const csv = seedNeedsCsv(categories, { total: 90 });
      const [header, ...rows] = csv.trimEnd().split('\n');

      await page.getByLabel('eller klistra in CSV').fill(`${header}\n${rows[0]}\nEtt behov,okänd-kategori,\n,health,\n`);
      await page.getByRole('button', { name: 'Förhandsgranska' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(/row 3\.category.*'okänd-kategori' is not one of/);
      await expect(alert.textContent()).resolves.toMatch(/row 4\.text.*required/);
      expect(await page.getByRole('button', { name: /^Importera \d+ behov$/ }).count()).toBe(0);
      expect((await api.ok(api.GET('/programs/{id}/needs/statistics', { params: { path: { id: programId } } }))).total).toBe(0);

      await page.getByLabel('eller klistra in CSV').fill(csv);
      await page.getByRole('button', { name: 'Förhandsgranska' }).click();
      await page.getByTestId('import-preview').waitFor();
      expect(await page.getByTestId('import-preview').locator('tbody tr').count()).toBe(50);
      // A preview stores nothing and records no command.
      expect((await api.ok(api.GET('/programs/{id}/needs/statistics', { params: { path: { id: programId } } }))).total).toBe(0);
      expect((await api.ok(api.GET('/audit', { params: { query: { programId, type: 'needs.imported' } } }))).items).toHaveLength(0);
      await a11y(page, 'office-needs-preview');

      await page.getByRole('button', { name: 'Importera 90 behov' }).click();
      await page.getByText('90 behov importerades.').waitFor();
      const stats = await api.ok(api.GET('/programs/{id}/needs/statistics', { params: { path: { id: programId } } }));
      expect(stats.total).toBe(90);
      // The page reloads its statistics after the import's answer: the total follows the message.
      await eventually(async () => ((await page.getByTestId('needs-total').textContent()) === '90' ? true : undefined), 15_000, 'the page to count the 90 needs');
      // The chart draws one bar per category; its table has the API's counts.
      await page.getByTestId('needs-chart').locator('svg').first().waitFor();
      const tableCounts = await page.getByTestId('needs-chart').locator('tbody td').allTextContents();
      expect(tableCounts.map(Number)).toEqual(stats.byCategory.map((c: { count: number }) => c.count));
      await a11y(page, 'office-needs');
    }, 60_000);

    it("imports a whole gathering from one file: its lists read on the templates page, an unknown label mapped in the preview, then sessions made per kind and group", async () => {
      // The template's lists, readable before (and without) a program: what the file may name.
      await page.goto(`${system.baseUrl}/app/templates`);
      const lists = page.getByTestId('template-lists');
      await lists.getByLabel('Mall').selectOption('skola-forst');
      await lists.getByTestId('template-list-needCategories').getByRole('cell', { name: 'Hälsa', exact: true }).waitFor();
      expect(await lists.getByTestId('template-list-sessionKinds').locator('tbody tr').count()).toBe(3);
      expect(await lists.getByTestId('template-list-participantGroups').locator('tbody tr').count()).toBe(7);
      await a11y(page, 'office-template-lists');

      await page.goto(`${system.baseUrl}/app/programs/${programId}/needs`);
      const section = page.getByTestId('needs-file-import');
      await section.waitFor();
      const before = (await api.ok(api.GET('/programs/{id}/needs/statistics', { params: { path: { id: programId } } }))).total;
      const sessionsBefore = (await api.ok(api.GET('/programs/{id}/sessions', { params: { path: { id: programId } } }))).length;
      const file = ['text,source,group,category', 'Fler vuxna på rasterna,Intervju,Politiker,Tillit/trygghet', 'Bättre lokaler,samtal,Barn och ungdomar,lokaler/miljö', 'Mer trivsel,Samtal,barn och ungdomar,Trivsel'].join('\n');
      await section.getByLabel('eller klistra in filens innehåll').fill(file);
      await section.getByRole('button', { name: 'Granska filen' }).click();
      const unknown = section.getByTestId('unknown-labels');
      await unknown.waitFor();
      expect(await unknown.locator('tbody tr').count()).toBe(1);
      expect(await unknown.locator('tbody th').textContent()).toContain('Trivsel');
      expect(await section.getByTestId('file-import-sessions').locator('tbody tr').count()).toBe(2);
      // The preview stored nothing.
      expect((await api.ok(api.GET('/programs/{id}/needs/statistics', { params: { path: { id: programId } } }))).total).toBe(before);
      await a11y(page, 'office-needs-file-preview');

      await unknown.getByLabel('Kategori för ”Trivsel”').selectOption('trust-safety');
      await section.getByRole('button', { name: 'Importera 3 behov till 2 insamlingstillfällen' }).click();
      await section.getByText('3 behov importerades till 2 insamlingstillfällen.').waitFor();
      expect((await api.ok(api.GET('/programs/{id}/needs/statistics', { params: { path: { id: programId } } }))).total).toBe(before + 3);
      const sessions = await api.ok(api.GET('/programs/{id}/sessions', { params: { path: { id: programId } } }));
      expect(sessions).toHaveLength(sessionsBefore + 2);
      expect(sessions.map((x: { title: string }) => x.title)).toEqual(expect.arrayContaining(['Intervju – Politiker', 'Samtal – Barn och ungdomar']));
    }, 60_000);

    it('runs the rest of phase I in the UI: categorization, focus areas, collaboration model, network, communication plan, phase report', async () => {
      const complete = async (step: string, next: string) => {
        await waitForStep(page, step, 'current');
        await page.getByRole('button', { name: 'Slutför steget' }).click();
        await waitForStep(page, next, 'current');
      };
      await page.getByRole('link', { name: 'Översikt' }).click();
      await complete('gathering', 'categorization');
      await complete('categorization', 'focus-areas');

      // A step with its data missing is refused with the reason, and stays open.
      const form = page.getByTestId('focus-areas-form');
      await form.waitFor();
      await page.getByRole('button', { name: 'Slutför steget' }).click();
      await page.getByRole('alert').waitFor();
      expect((await api.position(programId)).stepKey).toBe('focus-areas');
      for (const area of SEED_FOCUS_AREAS) {
        await page.locator(`#fa-${area.key}`).check();
        for (const category of area.categoryKeys) await page.locator(`#fa-${area.key}-${category}`).check();
      }
      await a11y(page, 'office-step-focus-areas');
      await page.getByRole('button', { name: 'Spara fokusområdena' }).click();
      await form.getByText('Sparat.').waitFor();
      const focus = await api.ok(api.GET('/programs/{id}/focus-areas', { params: { path: { id: programId } } }));
      expect(focus.focusAreas.map((f: { key: string; categories: { key: string }[] }) => [f.key, f.categories.map((c) => c.key)])).toEqual(SEED_FOCUS_AREAS.map((f) => [f.key, f.categoryKeys]));
      await complete('focus-areas', 'collaboration-model');

      await page.getByTestId('collaboration-model-form').waitFor();
      await page.getByLabel('Beslutsfattare vid grinden').selectOption({ label: office.person.displayName });
      await a11y(page, 'office-step-collaboration-model');
      await page.getByRole('button', { name: 'Spara samverkansmodellen' }).click();
      await page.getByTestId('collaboration-model-form').getByText('Sparat.').waitFor();
      const model = await api.ok(api.GET('/programs/{id}/collaboration-model', { params: { path: { id: programId } } }));
      expect(model.gateOwnerId).toBe(office.person.id);
      expect(model.roles.map((r: { bodies: string[] }) => r.bodies)).toEqual(SEED_COLLABORATION_MODEL.map((r) => r.bodies));
      await complete('collaboration-model', 'network');

      await page.getByTestId('network-form').waitFor();
      for (const c of contacts) {
        await page.getByLabel('Förvaltning/bolag', { exact: true }).selectOption(c.org);
        await page.getByLabel('Kontaktperson', { exact: true }).selectOption(c.person.person.id);
        await page.getByRole('button', { name: 'Lägg till i nätverket' }).click();
        await page.getByTestId('network-setup-members').getByText(c.person.person.displayName).waitFor();
      }
      const kickoff = new Date(Date.now() + 14 * 86_400_000);
      const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(kickoff).replace(' ', 'T');
      await page.getByLabel('Första träffen', { exact: true }).fill(local);
      await a11y(page, 'office-step-network');
      await page.getByRole('button', { name: 'Starta nätverket' }).click();
      await page.getByText(/Nätverket är startat/).waitFor();
      const network = await api.ok(api.GET('/programs/{id}/network', { params: { path: { id: programId } } }));
      expect(network.members).toHaveLength(2);
      expect(Math.abs(new Date(network.kickoffAt ?? 0).getTime() - kickoff.getTime())).toBeLessThan(60_000);
      await complete('network', 'communication-plan');

      await page.getByTestId('communication-plan-form').waitFor();
      for (const item of SEED_COMMUNICATION_PLAN.slice(0, 2)) {
        await page.getByLabel('Vad', { exact: true }).fill(item.title);
        await page.getByLabel('Kanal', { exact: true }).selectOption(item.channel);
        await page.getByLabel('Målgrupp', { exact: true }).selectOption(item.audience);
        await page.getByLabel('Senast', { exact: true }).fill(item.dueOn);
        await page.getByLabel(item.recurrence === 'continuous' ? 'Löpande' : 'En gång').check();
        await page.getByRole('button', { name: 'Lägg till i planen' }).click();
        await page.getByTestId('communication-plan').getByText(item.title).waitFor();
      }
      await a11y(page, 'office-step-communication-plan');
      const plan = await api.ok(api.GET('/programs/{id}/communication-plan', { params: { path: { id: programId } } }));
      expect(plan.map((i: { title: string; channelKey: string; audienceKey: string; recurrence: string }) => [i.title, i.channelKey, i.audienceKey, i.recurrence])).toEqual(
        expect.arrayContaining(SEED_COMMUNICATION_PLAN.slice(0, 2).map((i) => [i.title, i.channel, i.audience, i.recurrence])),
      );
      await complete('communication-plan', 'phase-report');
      await waitForStep(page, 'phase-report', 'current');
      await page.getByRole('button', { name: 'Slutför steget' }).click();
    }, 120_000);

    it('decides the gate from the UI once phase I is done, and phase II starts', async () => {
      // The page follows the workflow by itself: the gate form appears when the gate opens.
      await page.getByRole('heading', { name: 'Besluta vid grinden' }).waitFor({ timeout: 30_000 });
      await expect(page.getByTestId('gate-needs-analysis').textContent()).resolves.toMatch(/Väntar på styrgruppens beslut/);
      await a11y(page, 'office-gate-open');
      // Skola först v3: the decision needs its material (beslutsunderlag); the project office provides both pieces.
      const material = [
        { key: 'delrapport', title: 'Delrapport fas I (UI)', link: 'https://diarium.example.se/ui/delrapport.pdf' },
        { key: 'tjansteskrivelse', title: 'Tjänsteskrivelse (UI)', link: 'https://diarium.example.se/ui/tjansteskrivelse.pdf' },
      ];
      for (const m of material) {
        const form = page.getByTestId(`material-form-${m.key}`);
        await form.getByLabel('Titel').fill(m.title);
        await form.getByLabel('Länk').fill(m.link);
        await form.getByRole('button', { name: 'Lämna underlag' }).click();
        await page.locator(`[data-material="${m.key}"][data-provided="true"]`).getByRole('link', { name: m.title }).waitFor();
      }
      const gate = await api.ok(api.GET('/programs/{id}/gate', { params: { path: { id: programId } } }));
      expect(gate.materialComplete).toBe(true);
      expect(gate.material.map((x) => [x.key, x.provided?.title, x.provided?.recordedBy])).toEqual(material.map((m) => [m.key, m.title, office.person.id]));
      await a11y(page, 'office-gate-material');
      // Returning without a comment is refused (the reason shown); nothing decided.
      await page.getByLabel('Återremittera – fasen görs om').check();
      await page.getByRole('button', { name: 'Registrera beslutet' }).click();
      await page.getByRole('alert').waitFor();
      expect((await api.ok(api.GET('/programs/{id}', { params: { path: { id: programId } } }))).position!.gateTaskId).not.toBeNull();

      await page.getByLabel('Godkänn – nästa fas startar').check();
      await page.getByRole('button', { name: 'Registrera beslutet' }).click();
      await page.getByText('Beslutet är registrerat.').waitFor();
      await eventually(async () => ((await page.getByTestId('gate-needs-analysis').textContent())?.includes('Godkänd') ? true : undefined), 30_000, 'the gate shown approved');
      await eventually(async () => ((await page.locator('[data-phase="implementation"] .badge').textContent()) === 'Pågår' ? true : undefined), 30_000, 'phase II active on the page');
      expect((await api.ok(api.GET('/programs/{id}', { params: { path: { id: programId } } }))).live!.gate).toMatchObject({ status: 'decided', decision: 'approve' });
      await a11y(page, 'office-gate-decided');
    }, 120_000);

    it('proposes an activity (a refused one first), reads the activity matrix and drills down into a cell', async () => {
      const [first, second] = contacts;
      const activity = (title: string, focusAreaKeys: string[], levelKeys: string[], owner: typeof first) =>
        api.ok(api.POST('/programs/{id}/activities', { params: { path: { id: programId } }, body: {
          title,
          focusAreaKeys,
          levelKeys,
          ownerOrganizationIds: [owner.org],
          responsibleId: owner.person.person.id,
          methodKey: 'service-design',
          effectGoalNumbers: [4],
          plannedStart: '2019-09-01',
          plannedEnd: '2020-06-15',
        } }));
      await activity('Familjestöd skola–socialtjänst', ['adult-relations'], ['unit', 'individual'], second);
      await activity('Feriejobb i bostadsbolaget', ['working-life'], ['external-collaboration'], second);

      await page.getByRole('link', { name: 'Aktivitetsmatris' }).click();
      await page.getByTestId('activity-matrix').waitFor();
      // One activity proposed in the UI: without focus areas and levels it is refused field by field, nothing made.
      const form = page.getByTestId('propose-activity');
      await form.getByLabel('Aktivitet', { exact: true }).fill('Rastvärdar på skolgården');
      await form.locator(`#activity-owner-${first.org}`).check();
      await form.getByLabel('Ansvarig kontaktperson').selectOption(first.person.person.id);
      await form.getByLabel('Planerad start').fill('2019-09-01');
      await form.getByLabel('Planerat slut').fill('2020-06-15');
      await form.locator('#activity-goal-4').check();
      await form.getByRole('button', { name: 'Föreslå aktiviteten' }).click();
      const refusal = page.getByRole('alert');
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toMatch(/focusAreaKeys/);
      expect((await api.ok(api.GET('/programs/{id}/activities', { params: { path: { id: programId } } }))).total).toBe(2);
      await form.locator('#activity-area-adult-relations').check();
      await form.locator('#activity-level-unit').check();
      await a11y(page, 'office-propose-activity');
      await form.getByRole('button', { name: 'Föreslå aktiviteten' }).click();
      await page.getByText('Aktiviteten "Rastvärdar på skolgården" är föreslagen', { exact: false }).waitFor();
      const proposed = (await api.ok(api.GET('/programs/{id}/activities', { params: { path: { id: programId }, query: { limit: 100 } } }))).items.find((a: { title: string }) => a.title === 'Rastvärdar på skolgården');
      expect(proposed).toMatchObject({ focusAreaKeys: ['adult-relations'], levelKeys: ['unit'], ownerOrganizationIds: [first.org], responsibleId: first.person.person.id, effectGoalNumbers: [4] });
      await eventually(async () => ((await page.locator('[data-cell="adult-relations/unit"]').getAttribute('data-total')) === '2' ? true : undefined), 15_000, 'the matrix to count the new activity');
      const matrix = await api.ok(api.GET('/programs/{id}/matrix', { params: { path: { id: programId } } }));
      for (const cell of matrix.cells as { focusAreaKey: string; levelKey: string; total: number }[]) {
        await expect(page.locator(`[data-cell="${cell.focusAreaKey}/${cell.levelKey}"]`).getAttribute('data-total')).resolves.toBe(String(cell.total));
      }
      expect(matrix.cells.find((c) => c.focusAreaKey === 'adult-relations' && c.levelKey === 'unit')?.total).toBe(2);

      await page.locator('[data-cell="adult-relations/unit"] button').click();
      const drill = page.getByTestId('matrix-drilldown');
      await drill.getByText('Familjestöd skola–socialtjänst').waitFor();
      expect(await drill.locator('tbody tr').count()).toBe(2);
      await expect(page.locator('[data-cell="adult-relations/unit"] button').getAttribute('aria-pressed')).resolves.toBe('true');
      await a11y(page, 'office-matrix');

      await page.getByRole('link', { name: 'Nätverk' }).click();
      await page.getByTestId('network-members').waitFor();
      expect(await page.getByTestId('network-members').locator('tbody tr').count()).toBe(2);
      await a11y(page, 'office-network');
    }, 60_000);

    it('registers an organization and a contact person, issues a token, and that person signs in with it', async () => {
      await page.getByRole('link', { name: 'Personer' }).click();
      await page.getByRole('heading', { level: 1, name: 'Personer och organisationer' }).waitFor();
      await page.getByLabel('Namn', { exact: true }).first().fill('Kultur- och fritidsförvaltningen');
      await page.getByRole('button', { name: 'Lägg till organisation' }).click();
      await page.getByText('Organisationen Kultur- och fritidsförvaltningen är tillagd.').waitFor();
      const org = (await api.ok(api.GET('/organizations', { params: { query: { limit: 100 } } }))).items.find((o: { name: string }) => o.name === 'Kultur- och fritidsförvaltningen')!;
      expect(org).toMatchObject({ type: 'department' });

      // A contact person without an organization is refused with the reason; nothing is stored.
      const personForm = page.locator('form', { has: page.getByRole('heading', { name: 'Lägg till person' }) });
      await personForm.getByLabel('Namn', { exact: true }).fill('Sara Holm');
      await personForm.getByLabel('E-post').fill('sara.holm@example.se');
      await personForm.getByRole('button', { name: 'Lägg till person' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/organizationId/);
      expect((await api.ok(api.GET('/persons', { params: { query: { limit: 100 } } }))).items.some((p: { email: string }) => p.email === 'sara.holm@example.se')).toBe(false);

      await personForm.getByLabel('Organisation', { exact: true }).selectOption(org.id);
      await personForm.getByRole('button', { name: 'Lägg till person' }).click();
      await page.getByText('Sara Holm är tillagd.').waitFor();
      const sara = (await api.ok(api.GET('/persons', { params: { query: { limit: 100 } } }))).items.find((p: { email: string }) => p.email === 'sara.holm@example.se');
      expect(sara).toMatchObject({ role: 'contact_person', organizationId: org.id });
      await a11y(page, 'office-people');

      await page.getByRole('button', { name: 'Skapa API-nyckel för Sara Holm' }).click();
      const token = await page.getByLabel(/API-nyckel för Sara Holm/).inputValue();
      expect(token).toMatch(/^gov_/);
      const saraPage = await signedInPage(browser, system.baseUrl, token);
      await expect(saraPage.getByTestId('signed-in-as').textContent()).resolves.toContain('Sara Holm');
      await saraPage.getByTestId('inbox-empty').waitFor();
      await saraPage.context().close();
    }, 60_000);
  });

  describe('a contact person', () => {
    let page: Page;
    const tasks: Record<string, string> = {};
    const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

    beforeAll(async () => {
      const [a, b] = contacts;
      const create = async (name: string, assigneeId: string, dueAt: string, withForm: boolean) => {
        const created = await api.ok(api.POST('/tasks', { body: taskBody({
          title: name,
          instructions: 'Lämna statusrapporten inför nätverksträffen.',
          assigneeId,
          dueAt,
          ...(withForm
            ? {
                answerForm: {
                  fields: [
                    { key: 'onTrack', label: { sv: 'Går enligt plan', en: 'On track' }, type: 'boolean', required: true },
                    { key: 'summary', label: { sv: 'Sammanfattning', en: 'Summary' }, type: 'text', required: true },
                  ],
                },
              }
            : {}),
        }) }));
        tasks[name] = created.id;
      };
      await create('Statusrapport inför träff 2', a.person.person.id, hours(30), true);
      await create('Uppdatera kontaktlistan', a.person.person.id, hours(24 * 10), false);
      await create('Någon annans uppgift', b.person.person.id, hours(20), false);
    });

    it('sees the inbox with what is due soon first, completes a task and sees it leave the inbox; a new task arrives live', async () => {
      page = await signedInPage(browser, system.baseUrl, contacts[0].person.token);
      await page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
      await page.getByTestId('inbox').waitFor();
      // Exactly the person's open tasks (theirs from the program too: activity planning, yearly check),
      // soonest due first: the one due within three days under its own heading.
      const own = (await api.ok(api.as(contacts[0].person.token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).items.map((t: { id: string }) => t.id);
      await expect(page.locator('[data-task-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id')))).resolves.toEqual(own);
      await expect(page.locator('[data-group="soon"] li').allTextContents()).resolves.toEqual([expect.stringContaining('Statusrapport inför träff 2')]);
      await expect(page.locator('[data-group="later"] li').first().textContent()).resolves.toContain('Uppdatera kontaktlistan');
      expect(await page.getByText('Någon annans uppgift').count()).toBe(0);
      await a11y(page, 'contact-inbox');

      await page.getByRole('link', { name: 'Statusrapport inför träff 2' }).click();
      await page.getByTestId('answer-form').waitFor();
      await a11y(page, 'contact-task');
      await page.getByLabel('Ja').check();
      await page.getByLabel('Sammanfattning').fill('Rastvärdarna är på plats på två skolor.');
      await page.getByRole('button', { name: 'Markera som klar' }).click();
      await page.getByText('Uppgiften är klar och har lämnat inkorgen.').waitFor();
      const done = await api.ok(api.GET('/tasks/{id}', { params: { path: { id: tasks['Statusrapport inför träff 2'] } } }));
      expect(done.answer).toEqual({ onTrack: true, summary: 'Rastvärdarna är på plats på två skolor.' });

      await page.getByRole('link', { name: 'Tillbaka till uppgifterna' }).click();
      const shown = () => page.locator('[data-task-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id')));
      const left = own.filter((id: string) => id !== done.id);
      await eventually(async () => (JSON.stringify(await shown()) === JSON.stringify(left) ? true : undefined), 30_000, 'the done task to leave the inbox');
      expect(await page.getByText('Statusrapport inför träff 2').count()).toBe(0);

      // Live: the header says the pages follow changes as they happen, and a task the office gives
      // the person now appears in the open inbox by itself. (While live, the page reads its list
      // again only once a minute, so within these 20 seconds only the change stream can bring it.)
      await page.locator('[data-testid="live-status"][data-live="true"]').waitFor();
      expect(await page.getByTestId('live-status').textContent()).toBe('Direktuppdaterad');
      const fresh = await api.ok(api.POST('/tasks', { body: { title: 'Bekräfta lokalbokningen', assigneeId: contacts[0].person.person.id, dueAt: hours(48) } }));
      tasks['Bekräfta lokalbokningen'] = fresh.id;
      await page.locator(`[data-task-id="${fresh.id}"]`).waitFor({ timeout: 20_000 });
    }, 60_000);

    it("cannot reach another person's task", async () => {
      await page.goto(`${system.baseUrl}/app/tasks/${tasks['Någon annans uppgift']}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(/not found/i);
      expect(await page.getByText('Någon annans uppgift').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Markera som klar' }).count()).toBe(0);
      await a11y(page, 'contact-foreign-task');
    });

    it('subscribes to the calendar with a link that lists only their own open tasks', async () => {
      await page.getByRole('link', { name: 'Mina uppgifter' }).click();
      await page.getByRole('button', { name: 'Skapa länk' }).click();
      const url = await page.getByLabel(/Din kalenderlänk/).inputValue();
      expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const feed = await api.call(system.client().GET('/calendar/{file}', { params: { path: { file: url.split('/').pop()! } }, parseAs: 'text' }));
      expect(feed.status).toBe(200);
      expect(feed.contentType).toMatch(/text\/calendar/);
      expect(feed.body).toContain('Uppdatera kontaktlistan');
      expect(feed.body).not.toContain('Någon annans uppgift');
      expect(feed.body).not.toContain('Statusrapport inför träff 2');
      // iCalendar folds long lines (RFC 5545 §3.1): unfold before looking for the link.
      expect(feed.body.replace(/\r?\n /g, '')).toContain(`URL;VALUE=URI:${system.baseUrl}/app/tasks/${tasks['Uppdatera kontaktlistan']}`);
      await a11y(page, 'contact-calendar');
      // A new link ends the old one.
      await page.getByRole('button', { name: 'Skapa ny länk' }).click();
      await eventually(async () => ((await page.getByLabel(/Din kalenderlänk/).inputValue()) !== url ? true : undefined), 10_000, 'a new link');
      expect((await api.call(system.client().GET('/calendar/{file}', { params: { path: { file: url.split('/').pop()! } }, parseAs: 'text' }))).status).toBe(404);
    });

    it('plans, executes and evaluates the activity they are responsible for', async () => {
      await page.getByRole('link', { name: 'Mina uppgifter' }).click();
      await page.getByRole('link', { name: /Planera aktiviteten.*Rastvärdar på skolgården/ }).click();
      await page.getByLabel('Plan', { exact: false }).first().fill('Rastvärdar två dagar i veckan från vecka 36, två vuxna per rast.');
      await page.getByRole('button', { name: 'Markera som klar' }).click();
      await page.getByText('Uppgiften är klar och har lämnat inkorgen.').waitFor();
      const activityId = (await api.ok(api.GET('/tasks/{id}', { params: { path: { id: page.url().split('/').pop()! } } }))).activityId as string;
      await eventually(async () => ((await api.ok(api.GET('/activities/{activityId}', { params: { path: { activityId } } }))).status === 'execution' ? true : undefined), 30_000, 'the activity in execution');

      await page.goto(`${system.baseUrl}/app/activities/${activityId}`);
      await page.getByRole('button', { name: 'Genomförandet är klart' }).click();
      await page.getByText('Genomförandet är klart; utvärderingen har öppnat.').waitFor();
      // The evaluation task points to the activity's page, where the evaluation form is.
      const evaluationTask = await eventually(
        async () => (await api.ok(api.as(contacts[0].person.token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).items.find((t) => t.purpose === 'activity-evaluation' && t.activityId === activityId),
        30_000,
        'the evaluation task',
      );
      await page.goto(`${system.baseUrl}/app/tasks/${evaluationTask.id}`);
      await page.getByRole('link', { name: 'Öppna aktiviteten' }).click();
      const form = page.getByTestId('evaluate-activity');
      await form.waitFor({ timeout: 30_000 });
      await a11y(page, 'contact-activity-evaluation');
      await form.getByLabel('Fortsätta – en ny omgång').check();
      await form.getByLabel('Motivering').fill('Färre konflikter på rasterna; fortsätter nästa termin.');
      await form.getByRole('button', { name: 'Registrera utvärderingen' }).click();
      await page.getByText('Utvärderingen är registrerad.').waitFor();
      const evaluated = await eventually(async () => {
        const a = await api.ok(api.GET('/activities/{activityId}', { params: { path: { activityId } } }));
        return a.cycle === 2 ? a : undefined;
      }, 30_000, 'a second cycle');
      expect(evaluated.cycles[0]).toMatchObject({ cycle: 1, decision: 'continue', rationale: 'Färre konflikter på rasterna; fortsätter nästa termin.' });
      await page.getByTestId('activity-cycles').getByText('Färre konflikter på rasterna', { exact: false }).waitFor();
    }, 90_000);

    it('holds interviews: the outcome recorded on the interview task places the candidate; admitting beyond capacity is refused', async () => {
      const ft = await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track (UI)' } }));
      const cohortId = (await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: ft.id } }, body: { name: 'Fast Track hösten (UI)', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1 } }))).id;
      const candidates = [await createPerson(system, 'participant'), await createPerson(system, 'participant')];
      await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohortId } }, body: { personIds: candidates.map((c) => c.person.id) } }));
      const interviews: string[] = [];
      for (const [i, c] of candidates.entries()) {
        await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: c.person.id } }));
        interviews.push((await api.ok(api.POST('/cohorts/{id}/interviews', { params: { path: { id: cohortId } }, body: { personId: c.person.id, interviewerId: contacts[0].person.person.id, startsAt: new Date(Date.now() + (i + 1) * 86_400_000).toISOString() } }))).taskId);
      }
      await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: candidates[0].person.id } }));
      const members = async () => (await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }))) as { lists: Record<string, { personId: string }[]>; counts: { admitted: number } };

      // The second candidate's interview: the cohort is full (capacity 1, the first admitted), so admit is refused and nothing changes.
      expect((await members()).counts.admitted).toBe(1);
      await page.goto(`${system.baseUrl}/app/tasks/${interviews[1]}`);
      const form = page.getByTestId('interview-outcome');
      await form.waitFor();
      await a11y(page, 'contact-interview');
      await form.getByLabel('antas (om det finns plats)').check();
      await form.getByRole('button', { name: 'Registrera utfallet' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/full/i);
      expect((await api.ok(api.GET('/tasks/{id}', { params: { path: { id: interviews[1] } } }))).status).toBe('open');

      await form.getByLabel('sätts på reservlistan').check();
      await form.getByLabel('Anteckning (valfri)').fill('Stark motivation; erbjud plats om någon hoppar av.');
      await form.getByRole('button', { name: 'Registrera utfallet' }).click();
      await page.getByText('Utfallet är registrerat och intervjun avslutad.').waitFor();
      expect((await members()).lists.waiting.map((m) => m.personId)).toEqual([candidates[1].person.id]);
      expect((await api.ok(api.GET('/tasks/{id}', { params: { path: { id: interviews[1] } } }))).status).toBe('done');
    }, 60_000);

    it('switches the UI to English', async () => {
      await page.getByRole('link', { name: 'Mina uppgifter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
      await page.getByRole('button', { name: 'In English' }).click();
      await page.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await a11y(page, 'contact-inbox-en');
    });
  });
});
