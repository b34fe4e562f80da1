import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { GovernanceApi } from '@gov/devstack';
import { checkPage, launchBrowser, signedInPage } from '../support/browser.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { skolaForstAtGate } from '../support/skola-forst-gate.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 20 in the browser: Skola först's phase I decision point (template version 3) decided by its
 * steering group. The project office sets the group on the program's Styrgrupp page (five voting
 * members under "at least three present, a majority of those present", and a secretary); the
 * secretary records the decision on the overview — refused without the material, for lack of quorum
 * and by the majority, then approved with a condition (a task for its owner) and a reservation — and
 * the protocol opens from the Styrgrupp page. axe-core on every page visited.
 */
describe('web UI: a steering group decides a decision point (issue 20)', () => {
  let system: TestSystem;
  let browser: Browser;
  let api: GovernanceApi;
  let office: TestPerson;
  let chair: TestPerson;
  let secretary: TestPerson;
  const members: TestPerson[] = [];
  const contacts: { orgId: string; person: TestPerson }[] = [];
  let programId: string;
  let gateTaskId: string;
  let secretaryPage: Page;
  const conditionText = 'Kommunikationsplanen kompletteras med elevernas egna kanaler.';
  const reservationText = 'Jag reserverar mig: fokusområdena är för breda.';

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office', { displayName: 'Projektkontoret' });
    api = new GovernanceApi(system.baseUrl, office.token);
    const arena = await createOrganization(system, 'Hållbarhetsarenan');
    chair = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'], displayName: 'Lena Sjöberg' });
    for (const name of ['Łukasz Ünal-Åström', 'Maria Berg', 'Johan Ek', 'Sara Lind']) members.push(await createPerson(system, 'contact_person', { organizationId: arena.id, displayName: name }));
    secretary = await createPerson(system, 'contact_person', { organizationId: arena.id, displayName: 'Karin Sekreterare' });
    for (let i = 0; i < 2; i++) {
      const org = await createOrganization(system);
      contacts.push({ orgId: org.id, person: await createPerson(system, 'contact_person', { organizationId: org.id }) });
    }
    const atGate = await skolaForstAtGate(api, 'Skola först med styrgrupp (UI)', chair.person.id, contacts.map((c) => ({ orgId: c.orgId, personId: c.person.person.id })));
    ({ programId, gateTaskId } = atGate);
    expect(atGate.templateVersion).toBe(3);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const a11y = async (page: Page, name: string) => expect(await checkPage(page, name)).toEqual([]);
  const seats = () => [chair, ...members, secretary];

  it('the project office sets the steering group on the Styrgrupp page; a quorum the group cannot reach is refused beside its field', async () => {
    const page = await signedInPage(browser, system.baseUrl, office.token, { path: `/app/programs/${programId}/steering` });
    await page.getByRole('heading', { level: 1, name: /Styrgrupp/ }).waitFor();
    await page.getByTestId('steering-rule').getByText('Programmet har ingen styrgrupp', { exact: false }).waitFor();
    await page.getByTestId('decisions').or(page.getByText('Inga beslut är fattade ännu.')).waitFor();
    await a11y(page, 'steering-office-empty');

    const form = page.getByTestId('steering-group-form');
    await form.getByLabel('Majoritet av de närvarande').check();
    await form.getByLabel('Beslutsförhet: minst antal röstberättigade närvarande').fill('6');
    await form.getByTestId('seat-0').getByLabel('Person').selectOption({ label: chair.person.displayName });
    await expect(form.getByTestId('seat-0').getByLabel('Roll').inputValue()).resolves.toBe('chair');
    for (const [i, p] of [...members, secretary].entries()) {
      await form.getByRole('button', { name: 'Lägg till en plats' }).click();
      const row = form.getByTestId(`seat-${i + 1}`);
      await row.getByLabel('Person').selectOption({ label: p.person.displayName });
      await row.getByLabel('Roll').selectOption({ label: p === secretary ? 'Sekreterare' : 'Ledamot' });
    }
    await a11y(page, 'steering-office-form');

    // Five voting seats cannot make a quorum of six: refused, the API's reason beside the field; nothing stored.
    await form.getByRole('button', { name: 'Spara styrgruppen' }).click();
    await form.getByRole('alert').waitFor();
    await expect(form.locator('#quorum-error').textContent()).resolves.toContain('a quorum of 6 needs at least 6 voting members');
    await expect(form.getByLabel('Beslutsförhet: minst antal röstberättigade närvarande').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await api.ok(api.GET('/programs/{id}/steering-group', { params: { path: { id: programId } } }))).rule).toBeNull();
    await a11y(page, 'steering-office-refused');

    await form.getByLabel('Beslutsförhet: minst antal röstberättigade närvarande').fill('3');
    await form.getByRole('button', { name: 'Spara styrgruppen' }).click();
    await form.getByText('Styrgruppen är sparad.').waitFor();
    const group = await api.ok(api.GET('/programs/{id}/steering-group', { params: { path: { id: programId } } }));
    expect(group.rule).toEqual({ kind: 'majority', quorum: 3 });
    expect(group.members.map((s) => [s.personId, s.role, s.votes])).toEqual(seats().map((p) => [p.person.id, p === chair ? 'chair' : p === secretary ? 'secretary' : 'member', p !== secretary]));

    // The page shows the rule in words, the seats now and who sat when.
    await page.getByTestId('steering-rule').getByText('Minst 3 röstberättigade närvarande; en majoritet av de närvarande ska vara för beslutet.').waitFor();
    const rows = await page.getByTestId('steering-seats').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
    expect(rows).toEqual(seats().map((p) => [p.person.displayName, p === chair ? 'Ordförande' : p === secretary ? 'Sekreterare' : 'Ledamot', p === secretary ? 'nej' : 'ja']));
    expect(await page.getByTestId('steering-history').locator('tbody tr').count()).toBe(6);
    await expect(page.getByTestId('steering-history').locator('tbody tr').first().textContent()).resolves.toContain('pågår');
    await a11y(page, 'steering-office-set');
    await page.context().close();
  }, 90_000);

  it('a member without the chair’s or secretary’s seat sees the decision point read-only', async () => {
    const page = await signedInPage(browser, system.baseUrl, members[3].token, { path: `/app/programs/${programId}` });
    const panel = page.getByTestId('gate-panel');
    await panel.getByRole('heading', { name: 'Beslutspunkt' }).waitFor({ timeout: 30_000 });
    await panel.getByTestId('gate-decided-by').getByText(/Styrgruppen: Minst 3 röstberättigade närvarande/).waitFor();
    await expect(panel.locator('[data-material]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-material'), e.getAttribute('data-provided')]))).resolves.toEqual([
      ['delrapport', 'false'],
      ['tjansteskrivelse', 'false'],
    ]);
    expect(await panel.getByRole('button').count()).toBe(0);
    expect(await panel.locator('input, select, textarea').count()).toBe(0);
    await a11y(page, 'steering-member-readonly');
    // In English: the same panel under English labels.
    await page.getByRole('button', { name: 'In English' }).click();
    await panel.getByRole('heading', { name: 'Decision point' }).waitFor();
    await panel.getByRole('heading', { name: 'Decision material' }).waitFor();
    await panel.getByText('Phase I report').waitFor();
    await expect(panel.getByTestId('gate-decided-by').textContent()).resolves.toContain('The steering group: At least 3 voting members present; a majority of those present must be for the decision.');
    await a11y(page, 'steering-member-readonly-en');
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.context().close();
  }, 60_000);

  describe('the secretary records the decision', () => {
    const row = (p: TestPerson) => secretaryPage.getByTestId('gate-members').locator(`tr[data-person="${p.person.id}"]`);
    /** Ticks exactly these members present and gives each voting one present the position. */
    const record = async (present: [TestPerson, 'för' | 'emot' | 'avstår' | null][]) => {
      for (const p of seats()) await row(p).getByRole('checkbox').setChecked(present.some(([q]) => q === p));
      for (const [p, position] of present) if (position) await row(p).getByLabel(position, { exact: true }).check();
    };
    const submit = () => secretaryPage.getByRole('button', { name: 'Registrera beslutet' }).click();
    const refusedWith = (text: string | RegExp) => secretaryPage.getByTestId('gate-decision-form').getByRole('alert').filter({ hasText: text }).waitFor();

    beforeAll(async () => {
      secretaryPage = await signedInPage(browser, system.baseUrl, secretary.token, { path: `/app/programs/${programId}` });
      await secretaryPage.getByRole('heading', { name: 'Besluta vid grinden' }).waitFor({ timeout: 30_000 });
    });

    it('is refused without the decision material, and the alert says what is missing; then provides it', async () => {
      await a11y(secretaryPage, 'steering-secretary-gate');
      // The table lists the seats; the secretary's own row has no position to give.
      await expect(secretaryPage.getByTestId('gate-members').locator('tbody th').allTextContents()).resolves.toEqual(seats().map((p) => p.person.displayName));
      await expect(row(secretary).textContent()).resolves.toContain('röstar inte');
      // A position is given only for a member present.
      await expect(row(members[0]).getByLabel('för', { exact: true }).isDisabled()).resolves.toBe(true);
      await record([
        [chair, 'för'],
        [members[0], 'för'],
        [members[1], 'för'],
      ]);
      await submit();
      await refusedWith(/missing: Delrapport fas I \(delrapport\), Tjänsteskrivelse med förslag till beslut \(tjansteskrivelse\)/);
      expect((await api.ok(api.GET('/programs/{id}/decisions', { params: { path: { id: programId } } }))).items).toHaveLength(0);
      await a11y(secretaryPage, 'steering-secretary-no-material');

      const material = [
        { key: 'delrapport', title: 'Delrapport fas I, version 2', link: 'https://diarium.example.se/2019-123/delrapport.pdf' },
        { key: 'tjansteskrivelse', title: 'Tjänsteskrivelse KS 2019/123', link: 'https://diarium.example.se/2019-123/tjansteskrivelse.pdf' },
      ];
      for (const m of material) {
        const form = secretaryPage.getByTestId(`material-form-${m.key}`);
        await form.getByLabel('Titel').fill(m.title);
        await form.getByLabel('Länk').fill(m.link);
        await form.getByRole('button', { name: 'Lämna underlag' }).click();
        await secretaryPage.locator(`[data-material="${m.key}"][data-provided="true"]`).getByRole('link', { name: m.title }).waitFor();
      }
      const gate = await api.ok(api.GET('/programs/{id}/gate', { params: { path: { id: programId } } }));
      expect(gate.materialComplete).toBe(true);
      expect(gate.material.map((x) => [x.key, x.provided?.recordedBy])).toEqual(material.map((m) => [m.key, secretary.person.id]));
    }, 60_000);

    it('is refused for lack of quorum with two present, and by the majority with three present and one for', async () => {
      await record([
        [chair, 'för'],
        [members[0], 'för'],
        [secretary, null],
      ]);
      await submit();
      await refusedWith("No quorum: 2 voting members present; the steering group's rule needs at least 3.");

      await record([
        [chair, 'för'],
        [members[0], 'emot'],
        [members[1], 'avstår'],
      ]);
      await submit();
      await refusedWith('Refused by the majority: 1 for, 1 against, 1 abstaining of 3 present; a majority of those present (2) must be for it.');
      expect((await api.ok(api.GET('/programs/{id}/decisions', { params: { path: { id: programId } } }))).items).toHaveLength(0);
      expect((await api.position(programId)).gateTaskId).toBe(gateTaskId);
      await a11y(secretaryPage, 'steering-secretary-outvoted');
    }, 60_000);

    it('approves with a condition (a task for its owner) and a reservation; phase II starts', async () => {
      await record([
        [chair, 'för'],
        [members[0], 'för'],
        [members[1], 'emot'],
        [members[2], 'för'],
        [secretary, null],
      ]);
      await secretaryPage.getByLabel('Godkänn – nästa fas startar').check();
      await secretaryPage.getByLabel('Kommentar (krävs vid återremiss)').fill('Delrapporten godkänns med villkor.');
      await secretaryPage.getByRole('button', { name: 'Lägg till ett villkor' }).click();
      const condition = secretaryPage.getByTestId('condition-0');
      await condition.getByLabel('Villkorets text').fill(conditionText);
      await condition.getByLabel('Ansvarig').selectOption({ label: members[3].person.displayName });
      await condition.getByLabel('Senast').fill(day(14));
      await secretaryPage.getByRole('button', { name: 'Lägg till en reservation' }).click();
      const reservation = secretaryPage.getByTestId('reservation-0');
      // Only members present who were not for it may reserve themselves.
      await expect(reservation.getByLabel('Ledamot').locator('option').allTextContents()).resolves.toEqual(['Välj ledamot …', 'Maria Berg']);
      await reservation.getByLabel('Ledamot').selectOption({ label: 'Maria Berg' });
      await reservation.getByLabel('Reservationens text').fill(reservationText);
      await a11y(secretaryPage, 'steering-secretary-approve');
      await submit();
      await secretaryPage.getByText('Beslutet är registrerat.').waitFor();
      await api.until('phase II', async () => ((await api.position(programId)).phaseKey === 'implementation' ? true : undefined));
      await eventually(async () => ((await secretaryPage.getByTestId('gate-needs-analysis').textContent())?.includes('Godkänd') ? true : undefined), 30_000, 'the gate shown approved');
      const decisions = (await api.ok(api.GET('/programs/{id}/decisions', { params: { path: { id: programId } } }))).items;
      expect(decisions.map((d) => [d.gateTaskId, d.phaseKey, d.round, d.decision])).toEqual([[gateTaskId, 'needs-analysis', 1, 'approve']]);
    }, 90_000);

    it("the condition reaches its owner's inbox", async () => {
      const owner = members[3];
      const task = await eventually(async () => {
        const inbox = (await api.ok(api.as(owner.token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).items;
        return inbox.find((t) => t.purpose === 'condition' && t.programId === programId);
      }, 30_000, "the condition in its owner's inbox");
      expect(task.title).toBe(`Villkor i beslut: ${conditionText}`);
      expect(task.dueAt.slice(0, 10)).toBe(day(14));
      const page = await signedInPage(browser, system.baseUrl, owner.token);
      await page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
      await page.locator(`[data-task-id="${task.id}"]`).getByText(`Villkor i beslut: ${conditionText}`).waitFor({ timeout: 30_000 });
      await a11y(page, 'steering-condition-inbox');
      await page.context().close();
    }, 60_000);

    it('opens the protocol from the Styrgrupp page: exactly who was present and how each voted', async () => {
      await secretaryPage.getByRole('link', { name: 'Styrgrupp', exact: true }).click();
      const decisions = secretaryPage.getByTestId('decisions');
      await decisions.locator(`tr[data-task-id="${gateTaskId}"]`).waitFor();
      await expect(decisions.locator('tbody tr').first().textContent()).resolves.toContain('Godkänn – nästa fas startar');
      const pdf = decisions.getByRole('link', { name: /Protokoll \(PDF\)/ });
      await expect(pdf.getAttribute('href')).resolves.toBe(`/programs/${programId}/decisions/${gateTaskId}/protocol?format=pdf&lang=sv`);
      await a11y(secretaryPage, 'steering-secretary-decisions');

      const [protocol] = await Promise.all([secretaryPage.context().waitForEvent('page'), decisions.getByRole('link', { name: /Protokoll \(HTML\)/ }).click()]);
      await protocol.waitForURL(/^blob:/, { timeout: 30_000 });
      await protocol.locator('table.positions').waitFor();
      const cells = (table: string) =>
        protocol.locator(`table.${table} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
      await expect(protocol.locator('h1').textContent()).resolves.toContain('Beslutsprotokoll');
      expect(await cells('members.present')).toEqual([
        ['Lena Sjöberg', 'ordförande'],
        ['Łukasz Ünal-Åström', 'ledamot'],
        ['Maria Berg', 'ledamot'],
        ['Johan Ek', 'ledamot'],
        ['Karin Sekreterare', 'sekreterare'],
      ]);
      expect(await cells('members.absent')).toEqual([['Sara Lind', 'ledamot']]);
      expect(await cells('positions')).toEqual([
        ['Lena Sjöberg', 'för'],
        ['Łukasz Ünal-Åström', 'för'],
        ['Maria Berg', 'emot'],
        ['Johan Ek', 'för'],
        ['Karin Sekreterare', 'utan rösträtt'],
      ]);
      const body = (await protocol.locator('body').textContent()) ?? '';
      for (const expected of ['Sammanräkning: för 3, emot 1, avstår 0', conditionText, reservationText, 'Delrapport fas I, version 2', 'Delrapporten godkänns med villkor.', 'Karin Sekreterare']) expect(body).toContain(expected);
      await a11y(protocol, 'steering-protocol-html');
      await protocol.close();
    }, 60_000);

    it('schedules a steering meeting from the Styrgrupp page, and its board pack opens', async () => {
      const local = (t: Date) => new Date(t.getTime() - t.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
      const starts = new Date(Date.now() + 86_400_000);
      await secretaryPage.getByLabel('Börjar').fill(local(starts));
      await secretaryPage.getByLabel('Slutar').fill(local(new Date(starts.getTime() + 2 * 3_600_000)));
      await secretaryPage.getByLabel('Plats').fill('Stadshuset, sal 3');
      await secretaryPage.getByRole('button', { name: 'Planera mötet' }).click();
      await secretaryPage.getByText('Mötet är planerat och kallelserna skickade.').waitFor();
      const meetings = secretaryPage.getByTestId('meetings');
      await meetings.locator('tbody tr').first().waitFor();
      await expect(meetings.locator('tbody tr').first().textContent()).resolves.toContain('Stadshuset, sal 3');
      await a11y(secretaryPage, 'steering-meetings');
      const [pack] = await Promise.all([secretaryPage.context().waitForEvent('page'), meetings.getByRole('link', { name: /Underlag \(HTML\)/ }).click()]);
      await pack.waitForURL(/^blob:/, { timeout: 30_000 });
      await pack.locator('h1').waitFor();
      await expect(pack.locator('h1').textContent()).resolves.toContain('Styrgruppsunderlag');
      await expect(pack.locator('body').textContent()).resolves.toContain('Beslut vid beslutspunkten');
      await a11y(pack, 'steering-board-pack-html');
      await pack.close();
    }, 60_000);
  });
});
