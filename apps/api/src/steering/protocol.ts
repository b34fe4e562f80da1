// The decision protocol (beslutsprotokoll) of a decided decision point, rendered as a standalone HTML
// document or as an A4 PDF. Rendering only: the caller gathers the recorded decision into ProtocolData
// (program and phase names already localized to the chosen language).
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

export type SteeringRole = 'chair' | 'member' | 'secretary' | 'co-opted';
export type Position = 'for' | 'against' | 'abstain';
export interface ProtocolData {
  lang: 'sv' | 'en';
  /** Localized already by the caller (the chosen lang). */
  program: { name: string; templateName: string };
  decisionPoint: { phaseName: string; round: number };
  /** ISO timestamp of the decision, and who recorded it (a name). */
  decidedAt: string;
  recordedBy: string;
  /** null: one decision maker decided alone (no steering group). */
  rule: { kind: 'chair' | 'majority' | 'all'; quorum: number } | null;
  members: Array<{ name: string; role: SteeringRole; present: boolean; position: Position | null }>;
  material: Array<{ name: string; title: string; link: string }>;
  decision: { outcomeName: string; comment: string | null };
  conditions: Array<{ text: string; ownerName: string; dueDate: string /* YYYY-MM-DD */ }>;
  reservations: Array<{ name: string; text: string }>;
  /** The audit trail entry that recorded the decision (its id and hash), printed in the footer. */
  audit: { eventId: string; hash: string } | null;
}

// ---------------------------------------------------------------------------------------------
// Labels

interface Labels {
  title: string;
  program: string;
  template: string;
  decisionPoint: string;
  round: string;
  date: string;
  time: string;
  rule: string;
  ruleChair: string;
  ruleMajority: (quorum: number) => string;
  ruleAll: (quorum: number) => string;
  ruleSingle: string;
  present: string;
  absent: string;
  name: string;
  role: string;
  roles: Record<SteeringRole, string>;
  positions: string;
  position: string;
  positionLabels: Record<Position, string>;
  positionNone: string;
  tally: string;
  material: string;
  materialTitle: string;
  link: string;
  decision: string;
  outcome: string;
  comment: string;
  conditions: string;
  condition: string;
  owner: string;
  dueDate: string;
  reservations: string;
  reservation: string;
  recordedBy: string;
  auditEntry: string;
  auditHash: string;
  noAudit: string;
  none: {
    present: string;
    absent: string;
    positions: string;
    material: string;
    comment: string;
    conditions: string;
    reservations: string;
  };
  page: (page: number, pages: number) => string;
}

const LABELS: Record<ProtocolData['lang'], Labels> = {
  sv: {
    title: 'Beslutsprotokoll',
    program: 'Program',
    template: 'Programmall',
    decisionPoint: 'Beslutspunkt',
    round: 'Omgång',
    date: 'Datum',
    time: 'Tid',
    rule: 'Beslutsregel',
    ruleChair: 'Ordföranden beslutar',
    ruleMajority: (q) => `Majoritet av närvarande ledamöter, minst ${q} närvarande`,
    ruleAll: (q) => `Samtliga närvarande ledamöter, minst ${q} närvarande`,
    ruleSingle: 'En beslutsfattare',
    present: 'Närvarande',
    absent: 'Frånvarande',
    name: 'Namn',
    role: 'Roll',
    roles: { chair: 'ordförande', member: 'ledamot', secretary: 'sekreterare', 'co-opted': 'adjungerad' },
    positions: 'Ställningstaganden',
    position: 'Ställningstagande',
    positionLabels: { for: 'för', against: 'emot', abstain: 'avstår' },
    positionNone: 'ej angivet',
    tally: 'Sammanräkning',
    material: 'Beslutsunderlag',
    materialTitle: 'Titel',
    link: 'Länk',
    decision: 'Beslut',
    outcome: 'Utfall',
    comment: 'Kommentar',
    conditions: 'Villkor',
    condition: 'Villkor',
    owner: 'Ansvarig',
    dueDate: 'Klart senast',
    reservations: 'Reservationer',
    reservation: 'Reservation',
    recordedBy: 'Protokollförd av',
    auditEntry: 'Granskningspost',
    auditHash: 'Hashvärde',
    noAudit: 'Ingen granskningspost',
    none: {
      present: 'Inga närvarande',
      absent: 'Inga frånvarande',
      positions: 'Inga ställningstaganden',
      material: 'Inget beslutsunderlag',
      comment: 'Ingen kommentar',
      conditions: 'Inga villkor',
      reservations: 'Inga reservationer',
    },
    page: (p, n) => `Sida ${p} av ${n}`,
  },
  en: {
    title: 'Decision protocol',
    program: 'Program',
    template: 'Program template',
    decisionPoint: 'Decision point',
    round: 'Round',
    date: 'Date',
    time: 'Time',
    rule: 'Decision rule',
    ruleChair: 'The chair decides',
    ruleMajority: (q) => `A majority of the members present, at least ${q} present`,
    ruleAll: (q) => `All the members present, at least ${q} present`,
    ruleSingle: 'One decision maker',
    present: 'Present',
    absent: 'Absent',
    name: 'Name',
    role: 'Role',
    roles: { chair: 'chair', member: 'member', secretary: 'secretary', 'co-opted': 'co-opted' },
    positions: 'Positions',
    position: 'Position',
    positionLabels: { for: 'for', against: 'against', abstain: 'abstains' },
    positionNone: 'not stated',
    tally: 'Tally',
    material: 'Decision material',
    materialTitle: 'Title',
    link: 'Link',
    decision: 'Decision',
    outcome: 'Outcome',
    comment: 'Comment',
    conditions: 'Conditions',
    condition: 'Condition',
    owner: 'Owner',
    dueDate: 'Due date',
    reservations: 'Reservations',
    reservation: 'Reservation',
    recordedBy: 'Recorded by',
    auditEntry: 'Audit entry',
    auditHash: 'Hash',
    noAudit: 'No audit entry',
    none: {
      present: 'No one present',
      absent: 'No one absent',
      positions: 'No positions',
      material: 'No decision material',
      comment: 'No comment',
      conditions: 'No conditions',
      reservations: 'No reservations',
    },
    page: (p, n) => `Page ${p} of ${n}`,
  },
};

// ---------------------------------------------------------------------------------------------
// The content both renderers share

const STOCKHOLM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function decidedAtDate(data: ProtocolData): Date {
  const at = new Date(data.decidedAt);
  if (Number.isNaN(at.getTime())) throw new RangeError(`decidedAt is not a timestamp: ${data.decidedAt}`);
  return at;
}

/** The decision's date (YYYY-MM-DD) and time (HH:MM) in Europe/Stockholm. */
function stockholmDateTime(at: Date): { date: string; time: string } {
  const parts = STOCKHOLM.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

function ruleText(rule: ProtocolData['rule'], l: Labels): string {
  if (rule === null) return l.ruleSingle;
  switch (rule.kind) {
    case 'chair':
      return l.ruleChair;
    case 'majority':
      return l.ruleMajority(rule.quorum);
    case 'all':
      return l.ruleAll(rule.quorum);
  }
}

/** An http(s) URL to link to, or null when the link is anything else (printed as text only). */
function safeHref(link: string): string | null {
  try {
    const url = new URL(link.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

interface Content {
  l: Labels;
  at: Date;
  title: string;
  facts: Array<[string, string]>;
  present: ProtocolData['members'];
  absent: ProtocolData['members'];
  positionOf: (member: ProtocolData['members'][number]) => string;
  tally: string;
  /** The audit entry's id and hash, a line each. */
  audit: string[];
}

function content(data: ProtocolData): Content {
  const l = LABELS[data.lang];
  if (!l) throw new RangeError(`Unsupported protocol language: ${String(data.lang)}`);
  const at = decidedAtDate(data);
  const { date, time } = stockholmDateTime(at);
  const present = data.members.filter((m) => m.present);
  const absent = data.members.filter((m) => !m.present);
  const count = (p: Position) => present.filter((m) => m.position === p).length;
  const tally = `${l.tally}: ${(['for', 'against', 'abstain'] as const)
    .map((p) => `${l.positionLabels[p]} ${count(p)}`)
    .join(', ')}`;
  return {
    l,
    at,
    title: `${l.title} – ${data.program.name} – ${data.decisionPoint.phaseName}, ${l.round.toLowerCase()} ${data.decisionPoint.round}`,
    facts: [
      [l.program, data.program.name],
      [l.template, data.program.templateName],
      [l.decisionPoint, data.decisionPoint.phaseName],
      [l.round, String(data.decisionPoint.round)],
      [l.date, date],
      [l.time, time],
      [l.rule, ruleText(data.rule, l)],
    ],
    present,
    absent,
    positionOf: (m) => (m.position ? l.positionLabels[m.position] : l.positionNone),
    tally,
    audit: data.audit ? [`${l.auditEntry}: ${data.audit.eventId}`, `${l.auditHash}: ${data.audit.hash}`] : [l.noAudit],
  };
}

// ---------------------------------------------------------------------------------------------
// HTML

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function htmlTable(caption: string, head: string[], rows: string[][], className: string): string {
  const ths = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  // Cells arrive escaped (a cell may hold a link).
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${className}">\n<caption class="visually-hidden">${esc(caption)}</caption>\n<thead><tr>${ths}</tr></thead>\n<tbody>\n${trs}\n</tbody>\n</table>`;
}

function htmlSection(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${esc(heading)}</h2>\n${body}\n</section>`;
}

function htmlEmpty(text: string): string {
  return `<p class="empty">${esc(text)}</p>`;
}

const STYLE = `
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .6em; }
h2 { font-size: 1.15em; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; padding-bottom: .1em; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: .3em 0; }
th, td { text-align: left; vertical-align: top; padding: .25em .5em; border-bottom: 1px solid #ccc; }
thead th { background: #eee; }
table.facts th { width: 11em; font-weight: bold; }
table.members th:nth-child(2), table.positions th:nth-child(2) { width: 35%; }
table.conditions th:nth-child(3) { width: 8em; }
tr { break-inside: avoid; page-break-inside: avoid; }
.text { white-space: pre-line; }
.empty { font-style: italic; color: #444; }
a { color: #00449e; overflow-wrap: anywhere; }
footer { margin-top: 2em; border-top: 1px solid #999; padding-top: .4em; font-size: .8em; color: #333; overflow-wrap: anywhere; }
footer p { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } a { color: #000; } @page { size: A4; margin: 2cm; } }
`.trim();

export function protocolHtml(data: ProtocolData): string {
  const c = content(data);
  const { l } = c;

  const facts = `<table class="facts">\n<tbody>\n${c.facts
    .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`)
    .join('\n')}\n</tbody>\n</table>`;

  const memberRows = (members: ProtocolData['members']) => members.map((m) => [esc(m.name), esc(l.roles[m.role])]);

  const present = c.present.length
    ? htmlTable(l.present, [l.name, l.role], memberRows(c.present), 'members present')
    : htmlEmpty(l.none.present);
  const absent = c.absent.length
    ? htmlTable(l.absent, [l.name, l.role], memberRows(c.absent), 'members absent')
    : htmlEmpty(l.none.absent);
  const positions = c.present.length
    ? `${htmlTable(
        l.positions,
        [l.name, l.position],
        c.present.map((m) => [esc(m.name), esc(c.positionOf(m))]),
        'positions',
      )}\n<p class="tally">${esc(c.tally)}</p>`
    : htmlEmpty(l.none.positions);
  const material = data.material.length
    ? htmlTable(
        l.material,
        [l.name, l.materialTitle, l.link],
        data.material.map((m) => {
          const href = safeHref(m.link);
          return [
            esc(m.name),
            esc(m.title),
            href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(m.link)}</a>` : esc(m.link),
          ];
        }),
        'material',
      )
    : htmlEmpty(l.none.material);
  const decision = `<table class="facts decision">\n<tbody>\n<tr><th scope="row">${esc(l.outcome)}</th><td class="outcome"><strong>${esc(
    data.decision.outcomeName,
  )}</strong></td></tr>\n<tr><th scope="row">${esc(l.comment)}</th><td class="text comment">${
    data.decision.comment ? esc(data.decision.comment) : `<span class="empty">${esc(l.none.comment)}</span>`
  }</td></tr>\n</tbody>\n</table>`;
  const conditions = data.conditions.length
    ? htmlTable(
        l.conditions,
        [l.condition, l.owner, l.dueDate],
        data.conditions.map((k) => [`<span class="text">${esc(k.text)}</span>`, esc(k.ownerName), esc(k.dueDate)]),
        'conditions',
      )
    : htmlEmpty(l.none.conditions);
  const reservations = data.reservations.length
    ? htmlTable(
        l.reservations,
        [l.name, l.reservation],
        data.reservations.map((r) => [esc(r.name), `<span class="text">${esc(r.text)}</span>`]),
        'reservations',
      )
    : htmlEmpty(l.none.reservations);

  return `<!doctype html>
<html lang="${data.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Governance engine">
<title>${esc(c.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<h1>${esc(l.title)}</h1>
${facts}
${htmlSection('present', l.present, present)}
${htmlSection('absent', l.absent, absent)}
${htmlSection('positions', l.positions, positions)}
${htmlSection('material', l.material, material)}
${htmlSection('decision', l.decision, decision)}
${htmlSection('conditions', l.conditions, conditions)}
${htmlSection('reservations', l.reservations, reservations)}
<p class="recorded-by"><strong>${esc(l.recordedBy)}:</strong> ${esc(data.recordedBy)}</p>
</main>
<footer class="audit">${c.audit.map((line) => `<p>${esc(line)}</p>`).join('')}</footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// PDF

const requireFromHere = createRequire(import.meta.url);
/** DejaVu Sans: full Latin (with extended Latin), Greek and Cyrillic coverage; resolved through the package, so from sources and from dist alike. */
const FONT_REGULAR = requireFromHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = requireFromHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const MARGIN = { top: 48, bottom: 64, left: 56, right: 56 };
const SIZE = { title: 16, heading: 11.5, body: 9.5, small: 7 };
const RULE_COLOR = '#b0b0b0';
const HEAD_BACKGROUND = '#ececec';

type Doc = PDFKit.PDFDocument;
type Cell = string | PDFKit.Mixins.CellOptions;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` more points fit above the bottom margin. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

function pdfHeading(doc: Doc, text: string): void {
  // Keep a heading with (at least) the first lines of its section.
  ensureSpace(doc, 60);
  doc.moveDown(0.5);
  doc.font(FONT_BOLD).fontSize(SIZE.heading).fillColor('#000').text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 1;
  doc
    .save()
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.6)
    .strokeColor(RULE_COLOR)
    .stroke()
    .restore();
  doc.y = y + 5;
  doc.font(FONT_REGULAR).fontSize(SIZE.body);
}

function pdfParagraph(doc: Doc, text: string, options: { italic?: boolean; bold?: boolean } = {}): void {
  doc
    .font(options.bold ? FONT_BOLD : FONT_REGULAR)
    .fontSize(SIZE.body)
    .fillColor(options.italic ? '#444' : '#000')
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.fillColor('#000');
}

const CELL_PADDING = { top: 2, bottom: 2, left: 4, right: 4 };
const FACT_LABEL_WIDTH = 92;

/** Column widths in points: fixed ones as given, '*' sharing what is left. */
function columnWidths(doc: Doc, widths: Array<number | '*'>): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const stars = widths.filter((w) => w === '*').length;
  const star = stars ? (contentWidth(doc) - fixed) / stars : 0;
  return widths.map((w) => (w === '*' ? star : w));
}

/** The height pdfkit will give a row of plain-text cells (same font, size and padding as the table's). */
function rowHeight(doc: Doc, row: Cell[], widths: number[]): number {
  doc.font(FONT_REGULAR).fontSize(SIZE.body);
  const heights = row.map((cell, i) => {
    return doc.heightOfString(cellText(cell), { width: widths[i]! - CELL_PADDING.left - CELL_PADDING.right });
  });
  return Math.max(...heights) + CELL_PADDING.top + CELL_PADDING.bottom;
}

function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : (cell.text ?? '');
}

/**
 * A row too tall for a page (pdfkit would clip it), written as paragraphs that flow across pages:
 * each cell under its column's name.
 */
function pdfOversizedRow(doc: Doc, head: string[], row: Cell[]): void {
  ensureSpace(doc, 40);
  doc.moveDown(0.3);
  row.forEach((cell, i) => {
    doc.font(FONT_BOLD).fontSize(SIZE.body).text(`${head[i]}: `, doc.page.margins.left + CELL_PADDING.left, doc.y, {
      width: contentWidth(doc) - CELL_PADDING.left - CELL_PADDING.right,
      continued: true,
    });
    doc.font(FONT_REGULAR).text(cellText(cell));
  });
  const y = doc.y + CELL_PADDING.bottom;
  doc
    .save()
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.5)
    .strokeColor(RULE_COLOR)
    .stroke()
    .restore();
  doc.y = y + CELL_PADDING.top;
}

/**
 * A table with a shaded header row and thin rules between rows. pdfkit lays out the cells; rows go
 * to the next page whole, and a table that continues on a new page repeats its header there.
 */
function pdfTable(doc: Doc, head: string[], rows: Cell[][], widthSpec: Array<number | '*'>): void {
  const widths = columnWidths(doc, widthSpec);
  const headRow: Cell[] = head.map((text) => ({ text, type: 'TH', font: { src: FONT_BOLD }, backgroundColor: HEAD_BACKGROUND }));
  const headHeight = rowHeight(doc, head, widths);
  const start = (): PDFKit.Mixins.PDFTableObject => {
    doc.font(FONT_REGULAR).fontSize(SIZE.body);
    return doc
      .table({
        position: { x: doc.page.margins.left, y: doc.y },
        maxWidth: contentWidth(doc),
        columnStyles: widths.map((width) => ({ width })),
        defaultStyle: {
          border: { top: 0, left: 0, right: 0, bottom: 0.5 },
          borderColor: RULE_COLOR,
          padding: CELL_PADDING,
        },
      })
      .row(headRow);
  };
  const tallest = doc.page.maxY() - doc.page.margins.top - headHeight - 2;
  let table: PDFKit.Mixins.PDFTableObject | null = null;
  for (const row of rows) {
    const height = rowHeight(doc, row, widths);
    if (height > tallest) {
      table?.end();
      table = null;
      pdfOversizedRow(doc, head, row);
      continue;
    }
    if (!table) {
      // The header and the first row stay together.
      ensureSpace(doc, headHeight + height + 2);
      table = start();
    } else if (doc.y + height + 1 > doc.page.maxY()) {
      table.end();
      doc.addPage();
      table = start();
    }
    table.row(row);
  }
  table?.end();
  doc.x = doc.page.margins.left;
}

/** A label/value table without a header and rules: labels bold, in the even columns (0, 2, …). */
function pdfFacts(doc: Doc, rows: Cell[][], widths: Array<number | '*'>): void {
  doc.font(FONT_REGULAR).fontSize(SIZE.body);
  const label = (cell: Cell): Cell => ({ ...(typeof cell === 'string' ? { text: cell } : cell), type: 'TH', font: { src: FONT_BOLD } });
  doc.table({
    position: { x: doc.page.margins.left, y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: columnWidths(doc, widths).map((width) => ({ width })),
    defaultStyle: { border: 0, padding: { top: 1.5, bottom: 1.5, left: 0, right: 6 } },
    data: rows.map((row) => row.map((cell, i) => (i % 2 === 0 ? label(cell) : cell))),
  });
  doc.x = doc.page.margins.left;
}

function pdfLinkCell(link: string): Cell {
  const href = safeHref(link);
  return href ? { text: link, textColor: '#00449e', textOptions: { link: href, underline: true } } : link;
}

function renderPdf(doc: Doc, data: ProtocolData, c: Content): void {
  const { l } = c;

  doc.font(FONT_BOLD).fontSize(SIZE.title).text(l.title, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  // Program, template, decision point, round, date, time, rule: two pairs a row, the rule across.
  const [program, template, decisionPoint, round, date, time, rule] = c.facts as Array<[string, string]>;
  pdfFacts(
    doc,
    [
      [...program!, ...date!],
      [...template!, ...time!],
      [...decisionPoint!, ...round!],
      [rule![0], { text: rule![1], colSpan: 3 }],
    ],
    [FACT_LABEL_WIDTH, '*', 62, 92],
  );

  const memberRows = (members: ProtocolData['members']): Cell[][] => members.map((m) => [m.name, l.roles[m.role]]);

  pdfHeading(doc, l.present);
  if (c.present.length) pdfTable(doc, [l.name, l.role], memberRows(c.present), ['*', 150]);
  else pdfParagraph(doc, l.none.present, { italic: true });

  pdfHeading(doc, l.absent);
  if (c.absent.length) pdfTable(doc, [l.name, l.role], memberRows(c.absent), ['*', 150]);
  else pdfParagraph(doc, l.none.absent, { italic: true });

  pdfHeading(doc, l.positions);
  if (c.present.length) {
    pdfTable(doc, [l.name, l.position], c.present.map((m) => [m.name, c.positionOf(m)]), ['*', 150]);
    doc.moveDown(0.3);
    pdfParagraph(doc, c.tally);
  } else pdfParagraph(doc, l.none.positions, { italic: true });

  pdfHeading(doc, l.material);
  if (data.material.length) {
    pdfTable(
      doc,
      [l.name, l.materialTitle, l.link],
      data.material.map((m) => [m.name, m.title, pdfLinkCell(m.link)]),
      [110, '*', 190],
    );
  } else pdfParagraph(doc, l.none.material, { italic: true });

  pdfHeading(doc, l.decision);
  pdfFacts(doc, [[l.outcome, { text: data.decision.outcomeName, font: { src: FONT_BOLD } }]], [FACT_LABEL_WIDTH, '*']);
  // The comment as flowing text beside its label, not a table cell: a long one goes on over the pages.
  const top = doc.y;
  doc.font(FONT_BOLD).fontSize(SIZE.body).text(l.comment, doc.page.margins.left, top + 1.5, { width: FACT_LABEL_WIDTH - 6, lineBreak: false });
  doc
    .font(FONT_REGULAR)
    .fillColor(data.decision.comment ? '#000' : '#444')
    .text(data.decision.comment ?? l.none.comment, doc.page.margins.left + FACT_LABEL_WIDTH, top + 1.5, {
      width: contentWidth(doc) - FACT_LABEL_WIDTH,
    });
  doc.fillColor('#000');
  doc.x = doc.page.margins.left;

  pdfHeading(doc, l.conditions);
  if (data.conditions.length) {
    pdfTable(
      doc,
      [l.condition, l.owner, l.dueDate],
      data.conditions.map((k) => [k.text, k.ownerName, k.dueDate]),
      ['*', 130, 80],
    );
  } else pdfParagraph(doc, l.none.conditions, { italic: true });

  pdfHeading(doc, l.reservations);
  if (data.reservations.length) {
    pdfTable(doc, [l.name, l.reservation], data.reservations.map((r) => [r.name, r.text]), [140, '*']);
  } else pdfParagraph(doc, l.none.reservations, { italic: true });

  ensureSpace(doc, 30);
  doc.moveDown(1);
  doc.font(FONT_BOLD).fontSize(SIZE.body).text(`${l.recordedBy}: `, doc.page.margins.left, doc.y, { continued: true });
  doc.font(FONT_REGULAR).text(data.recordedBy);
}

/** The audit entry and "Sida n av N" at the foot of every (buffered) page. */
function pdfFooters(doc: Doc, c: Content): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { page } = doc;
    const bottom = page.margins.bottom;
    // Written inside the bottom margin: without this, pdfkit would take the text for an overflow and add a page.
    page.margins.bottom = 0;
    const width = page.width - page.margins.left - page.margins.right;
    const y = page.height - bottom + 18;
    doc
      .save()
      .moveTo(page.margins.left, y - 6)
      .lineTo(page.width - page.margins.right, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE_COLOR)
      .stroke()
      .restore();
    doc
      .font(FONT_REGULAR)
      .fontSize(SIZE.small)
      .fillColor('#333')
      .text(c.audit.join('\n'), page.margins.left, y, { width: width - 90, lineBreak: true, height: 30 });
    doc.text(c.l.page(i - range.start + 1, range.count), page.width - page.margins.right - 85, y, {
      width: 85,
      align: 'right',
      lineBreak: false,
    });
    page.margins.bottom = bottom;
  }
}

export function protocolPdf(data: ProtocolData): Promise<Buffer> {
  const c = content(data);
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      // The fonts go by their paths: pdfkit caches a font under the name it was set with and, after a table
      // cell with a font of its own, sets the previous one back by its path, which a registered alias misses.
      font: FONT_REGULAR,
      autoFirstPage: true,
      lang: data.lang === 'sv' ? 'sv-SE' : 'en',
      displayTitle: true,
      info: {
        Title: c.title,
        Author: 'Governance engine',
        Subject: `${c.l.title}: ${data.program.name}`,
        CreationDate: c.at,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      renderPdf(doc, data, c);
      pdfFooters(doc, c);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
