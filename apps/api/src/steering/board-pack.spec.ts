import { describe, expect, it } from '@jest/globals';
import { readPdf as readPdfText } from '../../../../test/support/pdf-text.js';
import { boardPackHtml, boardPackPdf, type BoardPackData } from './board-pack.js';

const XSS = '<script>alert(1)</script>';
/** Rendering and parsing a PDF takes a few hundred milliseconds; more on a loaded machine. */
const PDF_TIMEOUT = 30_000;

function pack(overrides: Partial<BoardPackData> = {}): BoardPackData {
  return {
    lang: 'sv',
    program: { name: 'Digital förvaltning 2026', templateName: 'Skola först' },
    // CEST: 09:00–11:30 in Stockholm.
    meeting: { number: 3, startsAt: '2026-06-15T07:00:00Z', endsAt: '2026-06-15T09:30:00Z', location: 'Rådhuset, sal 2' },
    since: '2026-05-12T07:00:00Z',
    generatedAt: '2026-06-10T12:15:00Z',
    agenda: [{ text: 'Mötets öppnande' }, { text: 'Beslut om genomförandefasen' }, { text: 'Övriga frågor' }],
    phases: [
      { name: 'Förstudie', status: 'done', detail: 'Godkänd 2026-03-02' },
      { name: 'Genomförande', status: 'current', detail: null },
      { name: 'Förvaltning', status: 'pending', detail: null },
    ],
    activities: [
      { title: 'Läsplattor till årskurs 1', status: 'pågår', rag: 'on-track', reason: 'Enligt plan' },
      { title: 'Fortbildning av lärare', status: 'pågår', rag: 'at-risk', reason: 'Två skolor saknar kursledare' },
      { title: 'Ny lärplattform', status: 'försenad', rag: 'off-track', reason: 'Upphandlingen överprövad' },
    ],
    changes: [
      { at: '2026-06-01T10:00:00Z', category: 'activity', text: 'Aktiviteten Ny lärplattform försenad' },
      { at: '2026-05-20T08:00:00Z', category: 'decision', text: 'Förstudien godkänd med villkor' },
      { at: '2026-05-14T08:00:00Z', category: 'activity', text: 'Aktiviteten Fortbildning av lärare startad' },
      { at: '2026-05-30T08:00:00Z', category: 'other', text: 'Ny kontaktperson på förvaltningen' },
      { at: '2026-05-18T08:00:00Z', category: 'needs', text: 'Behovet Stöd för nyanlända prioriterat' },
      { at: '2026-05-16T08:00:00Z', category: 'decision', text: 'Budgeten fastställd' },
    ],
    overdue: [
      { organization: 'Barn- och utbildningsförvaltningen', count: 2, oldestDueDate: '2026-05-01', tasks: ['Riskanalys', 'Kommunikationsplan'] },
      { organization: 'IT-enheten', count: 1, oldestDueDate: '2026-05-20', tasks: ['Nätverkskartläggning'] },
    ],
    indicators: [
      {
        goal: 'Ökad digital kompetens',
        name: 'Andel lärare med fortbildning',
        unit: '%',
        baseline: { year: 2024, value: 20 },
        target: { year: 2028, value: 80 },
        series: [
          { year: 2026, value: 45.5 },
          { year: 2024, value: 20 },
          { year: 2025, value: 31 },
        ],
        onTrack: true,
        activities: ['Fortbildning i digitala verktyg'],
      },
      {
        goal: 'Minskad administration',
        name: 'Timmar administration per vecka',
        unit: 'h',
        baseline: { year: 2024, value: 12 },
        target: { year: 2027, value: 6 },
        series: [{ year: 2025, value: 11 }],
        onTrack: false,
        activities: [],
      },
      {
        goal: 'Minskad administration',
        name: 'Nettoresultat',
        unit: 'mnkr',
        baseline: { year: 2024, value: -3 },
        target: { year: 2027, value: -3 },
        series: [],
        onTrack: null,
        activities: [],
      },
    ],
    ...overrides,
  };
}

function english(overrides: Partial<BoardPackData> = {}): BoardPackData {
  return pack({ lang: 'en', program: { name: 'Digital services', templateName: 'School first' }, ...overrides });
}

function section(html: string, id: string): string {
  const match = new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  if (!match) throw new Error(`no section ${id}`);
  return match[1]!;
}

/** The body rows of every table in a piece of HTML, as the text of their cells. */
function rows(html: string): string[][] {
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((body) =>
    [...body[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
      [...tr[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((td) => td[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()),
    ),
  );
}

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const FOOTER = /^((Styrgruppsunderlag|Board pack) – .* – (Möte|Meeting) \d+$|Sammanställt: |Generated: |Sida \d+ av \d+|Page \d+ of \d+)/;
const readPdf = (buffer: Buffer) => readPdfText(buffer, FOOTER);

describe('boardPackHtml', () => {
  it('is a standalone Swedish document with the meeting facts', () => {
    const html = boardPackHtml(pack());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<title>Styrgruppsunderlag – Digital förvaltning 2026 – Möte 3</title>');
    expect(html).toContain('<h1>Styrgruppsunderlag – Möte 3</h1>');
    expect(html).not.toMatch(/<script|<link|src=/i);
    const facts = Object.fromEntries([...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]));
    expect(facts).toEqual({
      Program: 'Digital förvaltning 2026',
      Programmall: 'Skola först',
      Möte: '3',
      Datum: '2026-06-15',
      Tid: '09:00–11:30',
      Plats: 'Rådhuset, sal 2',
      Sammanställt: '2026-06-10 14:15',
    });
    expect(boardPackHtml(pack({ meeting: { ...pack().meeting, location: null } }))).toContain('<td>Ingen plats angiven</td>');
  });

  it('lists the agenda, the phases with their status and the activities with RAG labels', () => {
    const html = boardPackHtml(pack());
    expect(section(html, 'agenda')).toContain('<h2 id="agenda-heading">Dagordning</h2>');
    expect([...section(html, 'agenda').matchAll(/<li[^>]*>([^<]*)<\/li>/g)].map((m) => m[1])).toEqual([
      'Mötets öppnande',
      'Beslut om genomförandefasen',
      'Övriga frågor',
    ]);
    expect(section(html, 'phases')).toContain('Status per fas');
    expect(rows(section(html, 'phases'))).toEqual([
      ['Förstudie', 'klar', 'Godkänd 2026-03-02'],
      ['Genomförande', 'pågår', ''],
      ['Förvaltning', 'kommande', ''],
    ]);
    const activities = section(html, 'activities');
    expect(rows(activities)).toEqual([
      ['Läsplattor till årskurs 1', 'pågår', 'I fas', 'Enligt plan'],
      ['Fortbildning av lärare', 'pågår', 'Risk', 'Två skolor saknar kursledare'],
      ['Ny lärplattform', 'försenad', 'Avviker', 'Upphandlingen överprövad'],
    ]);
    expect(activities).toContain('<span class="rag rag-off-track">Avviker</span>');
    expect(activities).toContain('I fas: 1, Risk: 1, Avviker: 1');
  });

  it('gives the RAG labels colours with at least 4.5:1 contrast on white, never colour alone', () => {
    const html = boardPackHtml(pack());
    for (const rag of ['on-track', 'at-risk', 'off-track']) {
      const color = new RegExp(`\\.rag-${rag} \\{ color: (#[0-9a-f]{6}); \\}`).exec(html)![1]!;
      expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(html).toMatch(new RegExp(`<span class="rag rag-${rag}">[^<]+</span>`));
    }
    // The chart's strokes and fills against white: 3:1 for graphics, its text 4.5:1.
    for (const stroke of new Set([...html.matchAll(/(?:stroke|fill)="(#[0-9a-f]{6})"/g)].map((m) => m[1]!))) {
      if (stroke === '#ffffff' || stroke === '#d9d9d9') continue; // the baseline marker's inside, the grid (decorative)
      expect(contrast(stroke, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(/<svg[^>]* fill="(#[0-9a-f]{6})"/.exec(html)![1]!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('groups the changes since the last meeting by category, each in time order', () => {
    const html = boardPackHtml(pack());
    const changes = section(html, 'changes');
    expect(changes).toContain('<h2 id="changes-heading">Förändringar sedan förra mötet (2026-05-12)</h2>');
    expect([...changes.matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1])).toEqual(['Beslut', 'Aktiviteter', 'Behov', 'Övrigt']);
    expect(rows(changes)).toEqual([
      ['2026-05-16 10:00', 'Budgeten fastställd'],
      ['2026-05-20 10:00', 'Förstudien godkänd med villkor'],
      ['2026-05-14 10:00', 'Aktiviteten Fortbildning av lärare startad'],
      ['2026-06-01 12:00', 'Aktiviteten Ny lärplattform försenad'],
      ['2026-05-18 10:00', 'Behovet Stöd för nyanlända prioriterat'],
      ['2026-05-30 10:00', 'Ny kontaktperson på förvaltningen'],
    ]);
    expect(boardPackHtml(pack({ since: null }))).toContain('Förändringar sedan programmets start');
  });

  it('lists the overdue tasks per organization', () => {
    const html = boardPackHtml(pack());
    expect(section(html, 'overdue')).toContain('Försenade uppgifter per organisation');
    expect(rows(section(html, 'overdue'))).toEqual([
      ['Barn- och utbildningsförvaltningen', '2', '2026-05-01', 'Riskanalys Kommunikationsplan'],
      ['IT-enheten', '1', '2026-05-20', 'Nätverkskartläggning'],
    ]);
  });

  it('shows each indicator against its target: a summary, a chart described by its title and its numbers in a table', () => {
    const html = boardPackHtml(pack());
    const indicators = section(html, 'indicators');
    expect(indicators).toContain('Indikatorer mot mål');
    expect([...indicators.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1])).toEqual(['Mål: Ökad digital kompetens', 'Mål: Minskad administration']);
    const summary = rows(indicators.slice(0, indicators.indexOf('<div class="indicator"')));
    expect(summary).toEqual([['Andel lärare med fortbildning', '20 % (2024)', '80 % (2028)', '45,5 % (2026)', 'På väg mot målet']]);
    expect(indicators).toContain('<td>6 h (2027)</td><td>11 h (2025)</td><td>Inte på väg mot målet</td>');
    expect(indicators).toContain('<td>Uppgift saknas</td><td>Uppgift saknas</td>');
    expect(indicators).toContain('<td>−3 mnkr (2024)</td>');

    const first = /<div class="indicator" id="indicator-1">([\s\S]*?)<\/div>/.exec(indicators)![1]!;
    const title = 'Linjediagram: Andel lärare med fortbildning (%). Mätvärden 2024–2026, från 20 % till 45,5 %. Utgångsvärde 20 % (2024), målvärde 80 % (2028).';
    expect(first).toMatch(/<svg class="chart" role="img" aria-label="[^"]+"/);
    expect(first).toContain(`aria-label="${title}"`);
    expect(first).toContain(`<title>${title}</title>`);
    expect(first).toContain('stroke-dasharray'); // the plan from the baseline to the target
    expect(first).toContain('<polyline'); // the series
    for (const year of ['2024', '2025', '2026', '2027', '2028']) expect(first).toContain(`>${year}</text>`);
    expect(rows(first)).toEqual([
      ['2024', '20 %'],
      ['2025', '31 %'],
      ['2026', '45,5 %'],
    ]);
    // One value: a point, no line; no values: the plan only, and "no data" in place of the table.
    const second = /<div class="indicator" id="indicator-2">([\s\S]*?)<\/div>/.exec(indicators)![1]!;
    expect(second).toContain('<title>Linjediagram: Timmar administration per vecka (h). Mätvärde 2025: 11 h. Utgångsvärde 12 h (2024), målvärde 6 h (2027).</title>');
    expect(second).not.toContain('<polyline');
    expect(second.match(/<circle/g)).toHaveLength(2); // the value and the legend's
    const third = /<div class="indicator" id="indicator-3">([\s\S]*?)<\/div>/.exec(indicators)![1]!;
    expect(third).toContain('Inga mätvärden');
    expect(third).toContain('<p class="empty">Uppgift saknas</p>');
    expect(third).toContain('>−3</text>'); // a flat, negative range widened around its value
  });

  it('keeps the chart inside its box for a decreasing goal, negative values and a long span', () => {
    const html = boardPackHtml(
      pack({
        indicators: [
          {
            goal: 'Klimat',
            name: 'Utsläpp',
            unit: 'kt',
            baseline: { year: 2010, value: 5 },
            target: { year: 2045, value: -2.5 },
            series: Array.from({ length: 16 }, (_, i) => ({ year: 2010 + i, value: 5 - i * 0.4 })),
            onTrack: true,
            activities: [],
          },
        ],
      }),
    );
    const svg = /<svg[^>]*viewBox="0 0 (\d+) (\d+)"[\s\S]*?<\/svg>/.exec(html)!;
    const [width, height] = [Number(svg[1]), Number(svg[2])];
    for (const m of svg[0].matchAll(/ (?:x|x1|x2|cx)="(-?[\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(0), expect(Number(m[1])).toBeLessThanOrEqual(width);
    for (const m of svg[0].matchAll(/ (?:y|y1|y2|cy)="(-?[\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(0), expect(Number(m[1])).toBeLessThanOrEqual(height);
    expect(svg[0]).toContain('>2045</text>');
    expect(svg[0]).toContain('>−2</text>');
    // The target below the baseline: drawn lower (greater y) than the baseline's marker.
    const target = /<polygon points="([\d.]+),([\d.]+)/.exec(svg[0])!;
    const baseline = /<rect x="([\d.]+)" y="([\d.]+)"/.exec(svg[0])!;
    expect(Number(target[2])).toBeGreaterThan(Number(baseline[2]));
    expect(Number(target[1])).toBeGreaterThan(Number(baseline[1]));
  });

  it('renders in English', () => {
    const html = boardPackHtml(english({ since: null }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Board pack – Digital services – Meeting 3</title>');
    for (const label of ['Agenda', 'Status by phase', 'Activities', 'Changes since the program started', 'Overdue tasks by organization', 'Indicators against targets', 'Decisions', 'Needs', 'Other']) {
      expect(html).toContain(`>${label}</`);
    }
    expect(rows(section(html, 'phases')).map((r) => r[1])).toEqual(['done', 'current', 'pending']);
    expect(rows(section(html, 'activities')).map((r) => r[2])).toEqual(['On track', 'At risk', 'Off track']);
    expect(html).toContain('<td>45.5 % (2026)</td><td>On track</td>');
    expect(html).toContain('Not on track');
    expect(html).toContain('No data');
    expect(html).toContain('<title>Line chart: Andel lärare med fortbildning (%). Values 2024–2026, from 20 % to 45.5 %. Baseline 20 % (2024), target 80 % (2028).</title>');
    expect(boardPackHtml(english())).toContain('Changes since the last meeting (2026-05-12)');
    for (const label of ['Styrgruppsunderlag', 'Dagordning', 'Aktiviteter', 'Beslut<']) expect(html).not.toContain(label);
  });

  it('says so for empty sections, in both languages', () => {
    const empty = { agenda: [], phases: [], activities: [], changes: [], overdue: [], indicators: [] };
    const sv = boardPackHtml(pack(empty));
    for (const [id, text] of [
      ['agenda', 'Ingen dagordning'],
      ['phases', 'Inga faser'],
      ['activities', 'Inga aktiviteter'],
      ['changes', 'Inga förändringar'],
      ['overdue', 'Inga försenade uppgifter'],
      ['indicators', 'Inga indikatorer'],
    ]) {
      expect(section(sv, id!)).toContain(`<p class="empty">${text}</p>`);
      expect(section(sv, id!)).not.toContain('<table');
    }
    const en = boardPackHtml(english(empty));
    for (const text of ['No agenda', 'No phases', 'No activities', 'No changes', 'No overdue tasks', 'No indicators']) expect(en).toContain(text);
  });

  it('escapes every user text: a script in a title comes out inert', () => {
    const html = boardPackHtml(
      pack({
        program: { name: `Program ${XSS}`, templateName: '"mall" & co' },
        activities: [{ title: XSS, status: '<b>pågår</b>', rag: 'at-risk', reason: `</td></tr></table>${XSS}` }],
        changes: [{ at: '2026-05-20T08:00:00Z', category: 'other', text: `<img src=x onerror="alert(2)">` }],
        indicators: [{ ...pack().indicators[0]!, name: `Andel ${XSS}`, unit: '"%"' }],
      }),
    );
    expect(html).not.toContain(XSS);
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('<title>Styrgruppsunderlag – Program &lt;script&gt;alert(1)&lt;/script&gt; – Möte 3</title>');
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('&quot;mall&quot; &amp; co');
    expect(html).toMatch(/<title>Linjediagram: Andel &lt;script&gt;alert\(1\)&lt;\/script&gt; \(&quot;%&quot;\)/);
    expect(html).toMatch(/aria-label="Linjediagram: Andel &lt;script&gt;/);
  });

  it('prints values in the language’s way, without a negative zero', () => {
    const indicator = { ...pack().indicators[0]!, unit: '', series: [{ year: 2025, value: 0.1 + 0.2 - 0.3 - 1e-16 }, { year: 2026, value: -1234.5678 }] };
    const sv = rows(section(boardPackHtml(pack({ indicators: [indicator] })), 'indicators'));
    expect(sv).toContainEqual(['2025', '0']);
    expect(sv).toContainEqual(['2026', '−1234,57']);
    const en = rows(section(boardPackHtml(english({ indicators: [indicator] })), 'indicators'));
    expect(en).toContainEqual(['2026', '-1234.57']);
  });

  it('rejects timestamps that are not ones', () => {
    expect(() => boardPackHtml(pack({ generatedAt: 'nu' }))).toThrow(RangeError);
    expect(() => boardPackHtml(pack({ changes: [{ at: 'igår', category: 'other', text: 'x' }] }))).toThrow(RangeError);
  });
});

describe('boardPackPdf', () => {
  it('renders every section in Swedish, with the RAG labels, the grouped changes and the charts’ axes', async () => {
    const pdf = await readPdf(await boardPackPdf(pack()));
    expect(pdf.outside).toEqual([]);
    const all = pdf.text.join(' ');
    for (const expected of [
      'Styrgruppsunderlag – Möte 3',
      'Digital förvaltning 2026',
      'Skola först',
      '2026-06-15',
      '09:00–11:30',
      'Rådhuset, sal 2',
      'Dagordning',
      '1. Mötets öppnande',
      '3. Övriga frågor',
      'Status per fas',
      'Förstudie klar Godkänd 2026-03-02',
      'Genomförande pågår',
      'Förvaltning kommande',
      'Aktiviteter',
      'I fas: 1, Risk: 1, Avviker: 1',
      'Läsplattor till årskurs 1 pågår I fas Enligt plan',
      'Fortbildning av lärare pågår Risk Två skolor saknar kursledare',
      'Ny lärplattform försenad Avviker Upphandlingen överprövad',
      'Förändringar sedan förra mötet (2026-05-12)',
      'Försenade uppgifter per organisation',
      'Barn- och utbildningsförvaltningen 2 2026-05-01',
      '• Riskanalys',
      'IT-enheten 1 2026-05-20',
      'Indikatorer mot mål',
      'Mål: Ökad digital kompetens',
      'Andel lärare med fortbildning 20 % (2024) 80 % (2028) 45,5 % (2026) På väg mot målet',
      'Mätvärden: 2024: 20 %, 2025: 31 %, 2026: 45,5 %',
      'Inte på väg mot målet',
      'Uppgift saknas',
      'Utfall',
      'Utgångsvärde till målvärde',
      'Sammanställt: 2026-06-10 14:15',
    ]) {
      expect(all).toContain(expected);
    }
    // The changes: by category, in time order within each.
    const body = pdf.body.join(' ');
    const changes = body.slice(body.indexOf('Förändringar sedan'), body.indexOf('Försenade uppgifter'));
    const order = [
      'Beslut',
      'Budgeten fastställd',
      'Förstudien godkänd med villkor',
      'Aktiviteter',
      'Aktiviteten Fortbildning av lärare startad',
      'Aktiviteten Ny lärplattform försenad',
      'Behov',
      'Behovet Stöd för nyanlända prioriterat',
      'Övrigt',
      'Ny kontaktperson på förvaltningen',
    ];
    const at = order.map((text) => changes.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(changes).toContain('2026-05-16 10:00 Budgeten fastställd');
    // The first chart's axes: its years and round values.
    const chart = body.slice(body.indexOf('Mål: Ökad digital kompetens'));
    expect(chart).toContain('Andel lärare med fortbildning % 20 40 60 80 2024 2025 2026 2027 2028 Utfall');
    pdf.text.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pdf.pages}`));
  }, PDF_TIMEOUT);

  it('renders in English', async () => {
    const pdf = await readPdf(await boardPackPdf(english({ since: null })));
    expect(pdf.outside).toEqual([]);
    const all = pdf.text.join(' ');
    for (const expected of [
      'Board pack – Meeting 3',
      'Agenda',
      'Status by phase',
      'Förstudie done',
      'On track',
      'At risk',
      'Off track',
      'Changes since the program started',
      'Decisions',
      'Needs',
      'Other',
      'Overdue tasks by organization',
      'Indicators against targets',
      'Goal: Ökad digital kompetens',
      '45.5 % (2026) On track',
      'Not on track',
      'No data',
      'Values: 2024: 20 %',
      'Generated: 2026-06-10 14:15',
      'Page 1 of',
    ]) {
      expect(all).toContain(expected);
    }
  }, PDF_TIMEOUT);

  it('sets the metadata, with the creation date from generatedAt, and is deterministic', async () => {
    const a = await boardPackPdf(pack());
    const b = await boardPackPdf(pack());
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    expect((await boardPackPdf(pack({ generatedAt: '2026-06-10T12:16:00Z' }))).equals(a)).toBe(false);
    const { info } = await readPdf(a);
    expect(info.Title).toBe('Styrgruppsunderlag – Digital förvaltning 2026 – Möte 3');
    expect(info.CreationDate).toBe('D:20260610121500Z');
  }, PDF_TIMEOUT);

  it('spans several pages for 40 activities and 100 changes, everything within the margins, the pages numbered', async () => {
    const rags = ['on-track', 'at-risk', 'off-track'] as const;
    const categories = ['decision', 'activity', 'needs', 'focus-areas', 'phase', 'steering', 'other'] as const;
    const activities = Array.from({ length: 40 }, (_, i) => ({
      title: `Aktivitet ${i + 1}: införande av digitala verktyg i skola ${i + 1}`,
      status: 'pågår',
      rag: rags[i % 3]!,
      reason: `Motivering ${i + 1}: ${'resurser och tidplan ses över '.repeat((i % 4) + 1).trim()}`,
    }));
    const changes = Array.from({ length: 100 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 4, 13, 8) + ((i * 37) % 100) * 3_600_000).toISOString(),
      category: categories[i % categories.length]!,
      text: `Förändring ${i + 1} i kategori ${categories[i % categories.length]}`,
    }));
    // Longer than a page: flows as paragraphs rather than as a (clipped) table row.
    const long = Array.from({ length: 90 }, (_, i) => `Mening ${i + 1}: upphandlingen av lärplattformen överprövades och tidplanen ses över.`).join(' ');
    activities[5] = { ...activities[5]!, reason: long };
    const pdf = await readPdf(await boardPackPdf(pack({ activities, changes })));
    expect(pdf.pages).toBeGreaterThan(3);
    expect(pdf.outside).toEqual([]);
    const all = pdf.body.join(' ');
    for (const a of activities) expect(all).toContain(a.title);
    for (const c of changes) expect(all).toContain(c.text);
    expect(all).toContain(long);
    expect(all).toContain('Bedömning: Avviker');
    pdf.text.forEach((page, i) => {
      expect(page).toContain(`Sida ${i + 1} av ${pdf.pages}`);
      expect(page).toContain('Styrgruppsunderlag – Digital förvaltning 2026 – Möte 3');
    });
    // A table continued on a new page repeats its header.
    expect(pdf.body.some((page, i) => i > 0 && page.startsWith('Aktivitet Status Bedömning Motivering'))).toBe(true);
    expect(all).toContain('Indikatorer mot mål');
    expect(all).toContain('Mätvärden: 2025: 11 h');
  }, PDF_TIMEOUT);

  it('keeps charts with many years, negative values and a decreasing goal within the margins', async () => {
    const indicators = Array.from({ length: 6 }, (_, i) => ({
      goal: `Mål ${i % 2}`,
      name: `Indikator ${i + 1}`,
      unit: i % 2 ? 'kt CO₂e' : '',
      baseline: { year: 2010, value: i * 1000 - 2500 },
      target: { year: 2045, value: -(i * 500) - 1234.56 },
      series: Array.from({ length: 16 }, (_, y) => ({ year: 2010 + y, value: i * 1000 - 2500 - y * (i + 1) * 37.5 })),
      onTrack: i % 3 === 0 ? null : i % 3 === 1,
      activities: [],
    }));
    const pdf = await readPdf(await boardPackPdf(pack({ indicators })));
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.outside).toEqual([]);
    const all = pdf.body.join(' ');
    for (const i of indicators) expect(all).toContain(i.name);
    expect(all).toContain('2045');
    expect(all).toMatch(/−\d/);
  }, PDF_TIMEOUT);
});
