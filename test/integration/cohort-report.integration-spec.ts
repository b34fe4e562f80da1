import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Schemas } from '@gov/api-client';
import { GovernanceApi } from '@gov/devstack';
import { findTemplate } from '@gov/domain';
import { createPerson } from '../support/people.js';
import { cohortWithWithdrawals } from '../support/cohort-withdrawals.js';
import { eventually, invalid, startSystem, type TestSystem } from '../support/system.js';

type Report = Schemas['CohortReportView'];
/** A report's sections by heading (`Antagning`, `Moduler (av 12 som startade)` …): each a table's rows of cells, or its text. */
type Sections = Record<string, { rows: string[][]; text: string }>;

/** The Markdown report read back: `## heading`, then a table (header and rule dropped) or a line of text. */
function parseMarkdown(md: string): Sections {
  const out: Sections = {};
  for (const part of md.split(/^## /m).slice(1)) {
    const [heading, ...lines] = part.split('\n');
    const table = lines.filter((l) => l.startsWith('|')).map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim().replace(/\\(.)/g, '$1')));
    out[heading.trim()] = { rows: table.slice(2), text: lines.filter((l) => l.trim() && !l.startsWith('|')).join(' ').trim() };
  }
  return out;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e]).trim();

/** The HTML report read back the same way: `<h2>`, then its table's body rows or its paragraph. */
function parseHtml(html: string): Sections {
  const out: Sections = {};
  for (const part of html.split('<h2>').slice(1)) {
    const heading = decode(part.slice(0, part.indexOf('</h2>')));
    const body = part.slice(part.indexOf('</h2>'));
    const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(body)?.[1] ?? '';
    const rows = [...tbody.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => decode(c[1])));
    out[heading] = { rows, text: decode(/<p>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '') };
  }
  return out;
}

const pct = (share: number) => `${Math.round(share * 100)} %`;
const figure = (s: Sections, heading: string, label: string) => {
  const row = s[heading]?.rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row '${label}' under '${heading}': ${JSON.stringify(s[heading])}`);
  return row.slice(1);
};

/**
 * The Fast Track final report of a cohort where three admitted people withdrew before the start
 * and one participant dropped out: the JSON, the Markdown and the HTML, in Swedish and English, read
 * back and compared figure by figure — the withdrawals are no dropouts, and every share is of the
 * participants who started.
 */
describe('the final cohort report in JSON, Markdown and HTML, Swedish and English', () => {
  let system: TestSystem;
  let api: GovernanceApi;
  let cohortId: string;
  let people: string[] = [];
  let started: string[] = [];
  const settings = findTemplate('fast-track', 2)!.cohort!;

  const text = async (query: { format: 'markdown' | 'html'; lang: 'sv' | 'en' }) => {
    const res = await api.call(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query }, parseAs: 'text' }));
    expect(res.status).toBe(200);
    return res.body as string;
  };

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    api = new GovernanceApi(system.baseUrl, (await createPerson(system, 'project_office')).token);
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('admits 12, three withdraw before the start and their places go to the waiting list, 12 start, one drops out', async () => {
    ({ cohortId, people, started } = await cohortWithWithdrawals(api, 'Hösten 2019'));
    expect([...started].sort()).toEqual([...people.slice(3, 15)].sort());
    const cohort = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohortId } } }));
    expect(cohort.counts.admitted).toBe(11);
    expect(cohort.offers.filter((o: { status: string }) => o.status === 'declined')).toHaveLength(2);
  }, 180_000);

  it('says exactly that in JSON, and the analytics count the participants who started', async () => {
    const report = await eventually(async () => {
      const r = await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId } } }));
      return r.outcomes.droppedOut === 1 && r.advancedTrackParticipants === 1 && r.completedPerWeek[1] === 13 ? r : undefined;
    }, 30_000, 'the report to hold every journey event');
    expect(report.admission).toEqual({ attendees: 17, registered: 17, interviewed: 0, capacity: 12, admitted: 15, withdrawn: 3, started: 12, waiting: 2, activeInterest: 0, passiveInterest: 0 });
    expect(report.admission.started).toBe(report.admission.admitted - report.admission.withdrawn);
    expect(report.outcomes).toEqual({ projectStarted: 0, projectSubmitted: 0, completed: 0, droppedOut: 1 });
    expect(report.advancedTrackShare).toBeCloseTo(1 / 12, 10);
    // Six of the 12 started the first module in week 1, the star (4 items there) finished it.
    const first = report.modules[0];
    expect(first).toEqual({ module: 'it-foundations', name: settings.modules[0].name, started: 6 / 12, finished: 1 / 12 });
    expect(report.levels.map((l) => l.name.en)).toEqual(['Basic', 'Good', 'Very good']);
    expect(report.knowledgeLevels[0]).toEqual({ week: 0, levels: { basic: 0, good: 11, 'very-good': 1 } });

    const analytics = await api.ok(api.GET('/cohorts/{id}/analytics', { params: { path: { id: cohortId } } }));
    expect(analytics.participants).toBe(12);
    expect(analytics.advancedTrackParticipants).toBe(1);
    expect(analytics.advancedTrackShare).toBe(report.advancedTrackShare);
    expect(analytics.modules).toEqual(report.modules.map(({ module, started: s, finished }) => ({ module, started: s, finished })));
    // Completed items per participant are of the 12 who started: 6 × 2 in week 1.
    expect(analytics.completedPerParticipantCumulative[0]).toBe(1);
  }, 60_000);

  for (const lang of ['sv', 'en'] as const) {
    it(`agrees with the JSON figure by figure in Markdown and HTML (${lang}), with the template's ${lang === 'sv' ? 'Swedish' : 'English'} names`, async () => {
      const json = (await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId } } }))) as Report;
      const md = parseMarkdown(await text({ format: 'markdown', lang }));
      const html = parseHtml(await text({ format: 'html', lang }));
      // The HTML is the Markdown rendered: the same sections, rows and cells.
      expect(html).toEqual(md);

      const t =
        lang === 'sv'
          ? { admission: 'Antagning', admitted: 'Antagna (alla som fått plats)', withdrawn: 'Drog sig ur före start', started: 'Startade programmet', outcomes: 'Projektarbete och resultat', dropped: 'Hoppade av', completed: 'Fullföljt programmet', modules: 'Moduler (av 12 som startade)', levels: 'Utveckling kunskapsnivå', advanced: 'Andel på avancerad inriktning', of: 'av 12 som startade' }
          : { admission: 'Admission', admitted: 'Admitted (everyone given a place)', withdrawn: 'Withdrew before the start', started: 'Started the program', outcomes: 'Project work and outcomes', dropped: 'Dropped out', completed: 'Completed the program', modules: 'Modules (of 12 who started)', levels: 'Knowledge-level development', advanced: 'Share on the advanced track', of: 'of 12 who started' };
      expect(figure(md, t.admission, t.admitted)).toEqual([String(json.admission.admitted)]);
      expect(figure(md, t.admission, t.withdrawn)).toEqual(['3']);
      expect(figure(md, t.admission, t.started)).toEqual(['12']);
      expect(figure(md, t.outcomes, t.dropped)).toEqual(['1']);
      expect(figure(md, t.outcomes, t.completed)).toEqual([String(json.outcomes.completed)]);
      // Nothing calls the withdrawals dropouts.
      expect(JSON.stringify(md)).not.toMatch(/Avhopp|Dropouts/);
      for (const list of json.lists) expect(figure(md, t.admission, list.name[lang])).toEqual([String(list.count)]);

      // Modules by the template's names in the report's language, each share of the 12 who started.
      expect(md[t.modules].rows).toEqual(json.modules.map((m) => [m.name[lang], pct(m.started), pct(m.finished)]));
      expect(md[t.modules].rows.map((r) => r[0])).toEqual(settings.modules.map((m) => m.name[lang]));
      // Levels by their names; the advanced track with its count and denominator.
      const levelNames = settings.knowledgeLevels.map((l) => l.name[lang]);
      expect(md[t.levels].rows).toEqual(json.knowledgeLevels.map((l) => [String(l.week), ...settings.knowledgeLevels.map((x) => String(l.levels[x.key]))]));
      expect(md[t.advanced].text).toBe(`${pct(json.advancedTrackShare)} (${json.advancedTrackParticipants} ${t.of})`);
      expect(md[t.advanced].text).toBe(`8 % (1 ${t.of})`);
      const headers = await text({ format: 'markdown', lang });
      expect(headers).toContain(`| ${lang === 'sv' ? 'Vecka' : 'Week'} | ${levelNames.join(' | ')} |`);
      if (lang === 'en') {
        expect(md[t.modules].rows[0][0]).toBe('IT understanding and the industry');
        for (const label of [...settings.modules, ...settings.lists, ...settings.knowledgeLevels].map((x) => x.name).filter((n) => n.sv !== n.en)) expect(headers).not.toContain(`| ${label.sv} |`);
      }
    }, 60_000);
  }

  it('answers HTML for the Accept header, refuses a format or language it does not know, and only to those who may read it', async () => {
    const res = await fetch(`${system.baseUrl}/cohorts/${cohortId}/report?lang=en`, { headers: { authorization: `Bearer ${api.token}`, accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const body = await res.text();
    expect(body).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(body).toContain('<h1>Final report: Hösten 2019</h1>');
    for (const query of [{ format: invalid('pdf') }, { lang: invalid('de') }]) {
      expect((await api.call(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query } }))).status).toBe(400);
    }
    const participant = await createPerson(system, 'participant');
    expect((await api.call(api.as(participant.token).GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query: { format: 'html' } } }))).status).toBe(403);
  }, 30_000);
});
