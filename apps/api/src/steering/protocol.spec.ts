import { describe, expect, it } from '@jest/globals';
import { readPdf as readPdfText } from '../../../../test/support/pdf-text.js';
import { protocolHtml, protocolPdf, type ProtocolData } from './protocol.js';

const LUKASZ = 'Łukasz Ünal-Åström';
const XSS = '<script>alert(1)</script>';
/** Rendering and parsing a PDF takes a few hundred milliseconds; more on a loaded machine. */
const PDF_TIMEOUT = 30_000;

function protocol(overrides: Partial<ProtocolData> = {}): ProtocolData {
  return {
    lang: 'sv',
    program: { name: 'Digital förvaltning 2026', templateName: 'Projektmodell' },
    decisionPoint: { phaseName: 'Förstudie', round: 2 },
    // Summer time in Stockholm (CEST, UTC+2): 10:05 local.
    decidedAt: '2026-06-15T08:05:00Z',
    recordedBy: 'Sara Sekreterare',
    rule: { kind: 'majority', quorum: 3 },
    members: [
      { name: 'Anna Lindqvist', role: 'chair', present: true, position: 'for' },
      { name: LUKASZ, role: 'member', present: true, position: 'against' },
      { name: 'Märta Öberg', role: 'member', present: true, position: 'abstain' },
      { name: 'Sara Sekreterare', role: 'secretary', present: true, position: null },
      { name: 'Björn Nyström', role: 'member', present: false, position: null },
      { name: 'Karin Ek', role: 'co-opted', present: false, position: null },
    ],
    material: [
      { name: 'Förstudierapport', title: 'Rapport om förstudien, version 2', link: 'https://intra.example.se/dok/42' },
      { name: 'Kalkyl', title: 'Kostnadskalkyl', link: 'javascript:alert(document.cookie)' },
    ],
    decision: { outcomeName: 'Godkänd med villkor', comment: `Beslutet fattades efter diskussion. ${XSS}` },
    conditions: [
      { text: 'Budgeten ska förankras hos förvaltningsledningen', ownerName: 'Anna Lindqvist', dueDate: '2026-08-31' },
      { text: 'Riskanalysen kompletteras med informationssäkerhet', ownerName: LUKASZ, dueDate: '2026-09-15' },
    ],
    reservations: [{ name: LUKASZ, text: 'Jag reserverar mig mot beslutet: kostnaden är för hög.' }],
    audit: { eventId: '0b5c1f9e-3a2d-4e7b-9c1a-2f3e4d5c6b7a', hash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
    ...overrides,
  };
}

/** The inner HTML of the section with that id. */
function section(html: string, id: string): string {
  const match = new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  if (!match) throw new Error(`no section ${id}`);
  return match[1]!;
}

/** The body rows of the first table in a piece of HTML, as the text of their cells. */
function rows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((td) => td[1]!.replace(/<[^>]+>/g, '')),
  );
}

const FOOTER = /^(Granskningspost|Hashvärde|Ingen granskningspost|Audit entry|Hash|No audit entry|Sida \d+ av \d+|Page \d+ of \d+)/;

const readPdf = (buffer: Buffer) => readPdfText(buffer, FOOTER);

describe('protocolHtml', () => {
  it('is a standalone Swedish document with the protocol heading, its facts and semantic tables', () => {
    const html = protocolHtml(protocol());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>Beslutsprotokoll – Digital förvaltning 2026 – Förstudie, omgång 2<\/title>/);
    expect(html).toMatch(/<style>[\s\S]+@media print[\s\S]+<\/style>/);
    expect(html).toContain('<h1>Beslutsprotokoll</h1>');
    const facts = Object.fromEntries(
      [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]),
    );
    expect(facts).toEqual({
      Program: 'Digital förvaltning 2026',
      Programmall: 'Projektmodell',
      Beslutspunkt: 'Förstudie',
      Omgång: '2',
      Datum: '2026-06-15',
      Tid: '10:05',
      Beslutsregel: 'Majoritet av närvarande ledamöter, minst 3 närvarande',
    });
    expect(html).toContain('<th scope="col">Namn</th><th scope="col">Roll</th>');
    expect(html).not.toMatch(/<th>/);
  });

  it('lists exactly the present members with their roles and positions, and the absent ones apart', () => {
    const html = protocolHtml(protocol());
    expect(rows(section(html, 'present'))).toEqual([
      ['Anna Lindqvist', 'ordförande'],
      [LUKASZ, 'ledamot'],
      ['Märta Öberg', 'ledamot'],
      ['Sara Sekreterare', 'sekreterare'],
    ]);
    expect(rows(section(html, 'absent'))).toEqual([
      ['Björn Nyström', 'ledamot'],
      ['Karin Ek', 'adjungerad'],
    ]);
    const positions = section(html, 'positions');
    expect(positions).toContain('<h2 id="positions-heading">Ställningstaganden</h2>');
    expect(rows(positions)).toEqual([
      ['Anna Lindqvist', 'för'],
      [LUKASZ, 'emot'],
      ['Märta Öberg', 'avstår'],
      ['Sara Sekreterare', 'utan rösträtt'],
    ]);
    expect(positions).not.toContain('Björn Nyström');
    expect(positions).toContain('Sammanräkning: för 1, emot 1, avstår 1');
  });

  it('prints the material, the decision, the conditions, the reservations, who recorded it and the audit entry', () => {
    const html = protocolHtml(protocol());
    expect(rows(section(html, 'material'))).toEqual([
      ['Förstudierapport', 'Rapport om förstudien, version 2', 'https://intra.example.se/dok/42'],
      ['Kalkyl', 'Kostnadskalkyl', 'javascript:alert(document.cookie)'],
    ]);
    const decision = section(html, 'decision');
    expect(decision).toContain('<h2 id="decision-heading">Beslut</h2>');
    expect(decision).toContain('<strong>Godkänd med villkor</strong>');
    expect(decision).toContain('Beslutet fattades efter diskussion.');
    expect(rows(section(html, 'conditions'))).toEqual([
      ['Budgeten ska förankras hos förvaltningsledningen', 'Anna Lindqvist', '2026-08-31'],
      ['Riskanalysen kompletteras med informationssäkerhet', LUKASZ, '2026-09-15'],
    ]);
    expect(section(html, 'conditions')).toContain('<th scope="col">Villkor</th><th scope="col">Ansvarig</th><th scope="col">Klart senast</th>');
    expect(rows(section(html, 'reservations'))).toEqual([[LUKASZ, 'Jag reserverar mig mot beslutet: kostnaden är för hög.']]);
    expect(html).toContain('<strong>Protokollförd av:</strong> Sara Sekreterare');
    expect(html).toMatch(/<footer[^>]*>.*Granskningspost: 0b5c1f9e-3a2d-4e7b-9c1a-2f3e4d5c6b7a.*Hashvärde: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.*<\/footer>/);
  });

  it('escapes every user text: a script in a comment or a name comes out inert', () => {
    const html = protocolHtml(
      protocol({
        members: [{ name: `<img src=x onerror="alert(2)">`, role: 'chair', present: true, position: 'for' }],
        reservations: [{ name: 'Eve & "Mallory"', text: `</td></tr></table>${XSS}` }],
      }),
    );
    expect(html).not.toContain(XSS);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('Beslutet fattades efter diskussion. &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('Eve &amp; &quot;Mallory&quot;');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;');
  });

  it('links only http(s) material; anything else is printed as text', () => {
    const html = protocolHtml(
      protocol({
        material: [
          { name: 'A', title: 'Https', link: 'https://intra.example.se/dok/42' },
          { name: 'B', title: 'Script', link: 'javascript:alert(document.cookie)' },
          { name: 'C', title: 'Data', link: 'data:text/html,<b>x</b>' },
          { name: 'D', title: 'Http', link: 'http://example.se/a?b=1&c=2' },
          { name: 'E', title: 'Relative', link: '/dok/7' },
        ],
      }),
    );
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://intra.example.se/dok/42', 'http://example.se/a?b=1&amp;c=2']);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).toContain('<td>javascript:alert(document.cookie)</td>');
    expect(html).toContain('<td>data:text/html,&lt;b&gt;x&lt;/b&gt;</td>');
    expect(html).toContain('<td>/dok/7</td>');
  });

  it('renders in English with English labels, roles and positions', () => {
    const html = protocolHtml(
      protocol({ lang: 'en', program: { name: 'Digital services', templateName: 'Project model' }, decisionPoint: { phaseName: 'Pre-study', round: 1 } }),
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Decision protocol – Digital services – Pre-study, round 1</title>');
    expect(html).toContain('<h1>Decision protocol</h1>');
    for (const label of ['Decision point', 'Round', 'Date', 'Decision rule', 'Present', 'Absent', 'Positions', 'Decision material', 'Decision', 'Conditions', 'Reservations']) {
      expect(html).toContain(`>${label}</`);
    }
    expect(html).toContain('A majority of the members present, at least 3 present');
    expect(rows(section(html, 'present'))).toEqual([
      ['Anna Lindqvist', 'chair'],
      [LUKASZ, 'member'],
      ['Märta Öberg', 'member'],
      ['Sara Sekreterare', 'secretary'],
    ]);
    expect(rows(section(html, 'absent'))).toEqual([
      ['Björn Nyström', 'member'],
      ['Karin Ek', 'co-opted'],
    ]);
    expect(rows(section(html, 'positions'))).toEqual([
      ['Anna Lindqvist', 'for'],
      [LUKASZ, 'against'],
      ['Märta Öberg', 'abstains'],
      ['Sara Sekreterare', 'no vote'],
    ]);
    expect(html).toContain('<strong>Recorded by:</strong> Sara Sekreterare');
    expect(html).toContain('Audit entry: 0b5c1f9e-3a2d-4e7b-9c1a-2f3e4d5c6b7a');
    for (const label of ['Beslutsprotokoll', 'Närvarande', 'Frånvarande', 'Ställningstaganden', 'Beslutsunderlag', 'Reservationer', 'Protokollförd av']) {
      expect(html).not.toContain(`>${label}<`);
    }
  });

  it('says so for empty sections, in both languages', () => {
    const empty = { members: [], material: [], conditions: [], reservations: [], decision: { outcomeName: 'Avslag', comment: null }, audit: null };
    const sv = protocolHtml(protocol(empty));
    for (const [id, text] of [
      ['present', 'Inga närvarande'],
      ['absent', 'Inga frånvarande'],
      ['positions', 'Inga ställningstaganden'],
      ['material', 'Inget beslutsunderlag'],
      ['conditions', 'Inga villkor'],
      ['reservations', 'Inga reservationer'],
    ]) {
      expect(section(sv, id!)).toContain(`<p class="empty">${text}</p>`);
      expect(section(sv, id!)).not.toContain('<table');
    }
    expect(section(sv, 'decision')).toContain('Ingen kommentar');
    expect(sv).toContain('Ingen granskningspost');
    const en = protocolHtml(protocol({ ...empty, lang: 'en' }));
    for (const text of ['No one present', 'No one absent', 'No positions', 'No decision material', 'No conditions', 'No reservations', 'No comment', 'No audit entry']) {
      expect(en).toContain(text);
    }
  });

  it('describes each decision rule, and the one decision maker without a steering group', () => {
    const ruleOf = (rule: ProtocolData['rule'], lang: ProtocolData['lang']) =>
      /<th scope="row">(?:Beslutsregel|Decision rule)<\/th><td>([^<]*)<\/td>/.exec(protocolHtml(protocol({ rule, lang })))![1];
    expect(ruleOf({ kind: 'chair', quorum: 1 }, 'sv')).toBe('Ordföranden beslutar');
    expect(ruleOf({ kind: 'chair', quorum: 1 }, 'en')).toBe('The chair decides');
    expect(ruleOf({ kind: 'majority', quorum: 4 }, 'sv')).toBe('Majoritet av närvarande ledamöter, minst 4 närvarande');
    expect(ruleOf({ kind: 'all', quorum: 5 }, 'sv')).toBe('Samtliga närvarande ledamöter, minst 5 närvarande');
    expect(ruleOf({ kind: 'all', quorum: 5 }, 'en')).toBe('All the members present, at least 5 present');
    expect(ruleOf(null, 'sv')).toBe('En beslutsfattare');
    expect(ruleOf(null, 'en')).toBe('One decision maker');
  });

  it('prints the date and time in Europe/Stockholm, winter and summer time alike', () => {
    const at = (decidedAt: string) => {
      const html = protocolHtml(protocol({ decidedAt }));
      return [/<th scope="row">Datum<\/th><td>([^<]*)</.exec(html)![1], /<th scope="row">Tid<\/th><td>([^<]*)</.exec(html)![1]];
    };
    expect(at('2026-01-15T23:30:00Z')).toEqual(['2026-01-16', '00:30']); // CET, past midnight locally
    expect(at('2026-06-15T08:05:00Z')).toEqual(['2026-06-15', '10:05']); // CEST
    expect(at('2026-03-29T00:59:00Z')).toEqual(['2026-03-29', '01:59']); // the minute before the switch
    expect(at('2026-03-29T01:00:00Z')).toEqual(['2026-03-29', '03:00']);
    expect(() => protocolHtml(protocol({ decidedAt: 'igår' }))).toThrow(RangeError);
  });
});

describe('protocolPdf', () => {
  it('renders a normal protocol on one A4 page with every section, Swedish letters and extended Latin names extractable', async () => {
    const pdf = await readPdf(await protocolPdf(protocol()));
    expect(pdf.pages).toBe(1);
    expect(pdf.outside).toEqual([]);
    const [text] = pdf.text as [string];
    for (const expected of [
      'Beslutsprotokoll',
      'Digital förvaltning 2026',
      'Projektmodell',
      'Beslutspunkt',
      'Förstudie',
      'Omgång',
      '2026-06-15',
      '10:05',
      'Majoritet av närvarande ledamöter, minst 3 närvarande',
      'Närvarande',
      'Frånvarande',
      'Björn Nyström',
      'Karin Ek',
      'adjungerad',
      'Ställningstaganden',
      'Anna Lindqvist',
      LUKASZ,
      'Märta Öberg',
      'Sara Sekreterare',
      'Sammanräkning: för 1, emot 1, avstår 1',
      'Beslutsunderlag',
      'Förstudierapport',
      'https://intra.example.se/dok/42',
      'Beslut',
      'Godkänd med villkor',
      XSS,
      'Villkor',
      'Budgeten ska förankras hos förvaltningsledningen',
      'Riskanalysen kompletteras med informationssäkerhet',
      '2026-08-31',
      '2026-09-15',
      'Reservationer',
      'Protokollförd av:',
      'Granskningspost: 0b5c1f9e-3a2d-4e7b-9c1a-2f3e4d5c6b7a',
      'Sida 1 av 1',
    ]) {
      expect(text).toContain(expected);
    }
    // Each present member beside their position, in the positions table.
    const positions = text.slice(text.indexOf('Ställningstaganden'));
    expect(positions).toMatch(/Anna Lindqvist för/);
    expect(positions).toMatch(new RegExp(`${LUKASZ} emot`));
    expect(positions).toMatch(/Märta Öberg avstår/);
    expect(positions).toMatch(/Sara Sekreterare utan rösträtt/);
    expect(positions.slice(0, positions.indexOf('Sammanräkning'))).not.toContain('Björn Nyström');
  }, PDF_TIMEOUT);

  it('sets the document metadata, with the creation date from the decision', async () => {
    const { info } = await readPdf(await protocolPdf(protocol()));
    expect(info.Title).toBe('Beslutsprotokoll – Digital förvaltning 2026 – Förstudie, omgång 2');
    expect(info.Author).toBe('Governance engine');
    expect(info.CreationDate).toBe('D:20260615080500Z');
  }, PDF_TIMEOUT);

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = await protocolPdf(protocol());
    const b = await protocolPdf(protocol());
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
    const later = await protocolPdf(protocol({ decidedAt: '2026-06-15T08:06:00Z' }));
    expect(later.equals(a)).toBe(false);
  }, PDF_TIMEOUT);

  it('spans several pages for 60 conditions, keeps them within the margins and numbers the pages', async () => {
    const conditions = Array.from({ length: 60 }, (_, i) => ({
      text: `Villkor nr ${i + 1}: åtgärda punkt ${i + 1} och rapportera till styrgruppen`,
      ownerName: i % 2 ? LUKASZ : 'Märta Öberg',
      dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const pdf = await readPdf(await protocolPdf(protocol({ conditions })));
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.outside).toEqual([]);
    const all = pdf.text.join(' ');
    for (const c of conditions) {
      expect(all).toContain(`${c.text} ${c.ownerName} ${c.dueDate}`);
    }
    pdf.text.forEach((page, i) => {
      expect(page).toContain(`Sida ${i + 1} av ${pdf.pages}`);
      expect(page).toContain('Granskningspost: 0b5c1f9e-3a2d-4e7b-9c1a-2f3e4d5c6b7a');
    });
    // A table continued on a new page repeats its header there.
    expect(pdf.text[1]).toMatch(/^Villkor Ansvarig Klart senast/);
    // The sections after the long table follow it.
    const last = pdf.text[pdf.pages - 1]!;
    expect(last).toContain('Reservationer');
    expect(last).toContain('Protokollförd av: Sara Sekreterare');
  }, PDF_TIMEOUT);

  it('keeps long comments, reservations and conditions within the margins, and every word of them, over the pages', async () => {
    const sentence = (i: number) => `Mening ${i}: diskussionen gällde finansieringen och tidplanen för införandet i samtliga förvaltningar.`;
    const text = (from: number, count: number) => Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');
    // Longer than a page each: a table row that tall would be clipped.
    const comment = text(1, 80);
    const longCondition = text(1000, 90);
    const reservations = Array.from({ length: 8 }, (_, i) => ({ name: `Ledamot ${i + 1}`, text: text(100 * (i + 1), 6) }));
    reservations.push({ name: 'Märta Öberg', text: text(2000, 100) });
    const pdf = await readPdf(
      await protocolPdf(
        protocol({
          decision: { outcomeName: 'Återremiss', comment },
          conditions: [
            { text: 'Kort villkor före', ownerName: 'Anna Lindqvist', dueDate: '2026-10-01' },
            { text: longCondition, ownerName: LUKASZ, dueDate: '2026-10-02' },
            { text: 'Kort villkor efter', ownerName: 'Anna Lindqvist', dueDate: '2026-10-03' },
          ],
          reservations,
        }),
      ),
    );
    expect(pdf.pages).toBeGreaterThan(3);
    expect(pdf.outside).toEqual([]);
    const all = pdf.body.join(' ');
    expect(all).toContain(comment);
    expect(all).toContain(longCondition);
    expect(all).toContain(`Ansvarig: ${LUKASZ}`);
    expect(all).toContain('Klart senast: 2026-10-02');
    expect(all).toContain('Kort villkor före Anna Lindqvist 2026-10-01');
    expect(all).toContain('Kort villkor efter Anna Lindqvist 2026-10-03');
    for (const r of reservations) expect(all).toContain(r.text);
    expect(all).toContain('Protokollförd av: Sara Sekreterare');
    pdf.text.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pdf.pages}`));
  }, PDF_TIMEOUT);

  it('renders in English with English page numbers', async () => {
    const pdf = await readPdf(await protocolPdf(protocol({ lang: 'en', rule: null })));
    expect(pdf.pages).toBe(1);
    const [text] = pdf.text as [string];
    for (const expected of ['Decision protocol', 'Decision point', 'One decision maker', 'Present', 'Absent', 'Positions', 'Decision material', 'Conditions', 'Reservations', 'Recorded by:', 'Audit entry:', 'Page 1 of 1', `${LUKASZ} against`, 'Märta Öberg abstains']) {
      expect(text).toContain(expected);
    }
  }, PDF_TIMEOUT);

  it('says so for empty sections', async () => {
    const pdf = await readPdf(
      await protocolPdf(protocol({ members: [], material: [], conditions: [], reservations: [], decision: { outcomeName: 'Avslag', comment: null }, audit: null })),
    );
    const [text] = pdf.text as [string];
    for (const expected of ['Inga närvarande', 'Inga frånvarande', 'Inga ställningstaganden', 'Inget beslutsunderlag', 'Ingen kommentar', 'Inga villkor', 'Inga reservationer', 'Ingen granskningspost', 'Avslag']) {
      expect(text).toContain(expected);
    }
  }, PDF_TIMEOUT);
});
