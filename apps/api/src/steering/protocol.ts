// The decision protocol (beslutsprotokoll) of a decided decision point, rendered as a standalone HTML
// document or as an A4 PDF. Rendering only: the caller gathers the recorded decision into ProtocolData
// (program and phase names already localized to the chosen language).
import { esc, htmlDocument, htmlEmpty, htmlFacts, htmlLink, htmlSection, htmlTable } from '../documents/html-document.js';
import { stockholmDateTime, timestamp } from '../documents/format.js';
import {
  FACT_LABEL_WIDTH,
  FONT_BOLD,
  FONT_REGULAR,
  MUTED_COLOR,
  SIZE,
  contentWidth,
  ensureSpace,
  pdfDocument,
  pdfEmpty,
  pdfFactPairs,
  pdfFacts,
  pdfHeading,
  pdfLinkCell,
  pdfParagraph,
  pdfTable,
  pdfTitle,
  type Cell,
  type Doc,
} from '../documents/pdf-document.js';

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
  noVote: string;
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
    noVote: 'utan rösträtt',
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
    noVote: 'no vote',
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
  const at = timestamp(data.decidedAt, 'decidedAt');
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
    // The secretary and the co-opted have no vote; a voting member without a position is "not stated".
    positionOf: (m) => (m.position ? l.positionLabels[m.position] : m.role === 'secretary' || m.role === 'co-opted' ? l.noVote : l.positionNone),
    tally,
    audit: data.audit ? [`${l.auditEntry}: ${data.audit.eventId}`, `${l.auditHash}: ${data.audit.hash}`] : [l.noAudit],
  };
}

// ---------------------------------------------------------------------------------------------
// HTML

const STYLE = [
  'table.members th:nth-child(2), table.positions th:nth-child(2) { width: 35%; }',
  'table.conditions th:nth-child(3) { width: 8em; }',
];

export function protocolHtml(data: ProtocolData): string {
  const c = content(data);
  const { l } = c;

  const facts = htmlFacts(c.facts.map(([k, v]) => [k, esc(v)]));

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
        data.material.map((m) => [esc(m.name), esc(m.title), htmlLink(m.link)]),
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

  return htmlDocument({
    lang: data.lang,
    title: c.title,
    style: STYLE,
    main: [
      `<h1>${esc(l.title)}</h1>`,
      facts,
      htmlSection('present', l.present, present),
      htmlSection('absent', l.absent, absent),
      htmlSection('positions', l.positions, positions),
      htmlSection('material', l.material, material),
      htmlSection('decision', l.decision, decision),
      htmlSection('conditions', l.conditions, conditions),
      htmlSection('reservations', l.reservations, reservations),
      `<p class="recorded-by"><strong>${esc(l.recordedBy)}:</strong> ${esc(data.recordedBy)}</p>`,
    ].join('\n'),
    footer: c.audit,
    footerClass: 'audit',
  });
}

// ---------------------------------------------------------------------------------------------
// PDF

function renderPdf(doc: Doc, data: ProtocolData, c: Content): void {
  const { l } = c;

  pdfTitle(doc, l.title);
  // Program, template, decision point, round, date, time, rule: two pairs a row, the rule across.
  const [program, template, decisionPoint, round, date, time, rule] = c.facts as Array<[string, string]>;
  pdfFactPairs(doc, [[program!, date!], [template!, time!], [decisionPoint!, round!], [rule!]]);

  const memberRows = (members: ProtocolData['members']): Cell[][] => members.map((m) => [m.name, l.roles[m.role]]);

  pdfHeading(doc, l.present);
  if (c.present.length) pdfTable(doc, [l.name, l.role], memberRows(c.present), ['*', 150]);
  else pdfEmpty(doc, l.none.present);

  pdfHeading(doc, l.absent);
  if (c.absent.length) pdfTable(doc, [l.name, l.role], memberRows(c.absent), ['*', 150]);
  else pdfEmpty(doc, l.none.absent);

  pdfHeading(doc, l.positions);
  if (c.present.length) {
    pdfTable(doc, [l.name, l.position], c.present.map((m) => [m.name, c.positionOf(m)]), ['*', 150]);
    doc.moveDown(0.3);
    pdfParagraph(doc, c.tally);
  } else pdfEmpty(doc, l.none.positions);

  pdfHeading(doc, l.material);
  if (data.material.length) {
    pdfTable(
      doc,
      [l.name, l.materialTitle, l.link],
      data.material.map((m) => [m.name, m.title, pdfLinkCell(m.link)]),
      [110, '*', 190],
    );
  } else pdfEmpty(doc, l.none.material);

  pdfHeading(doc, l.decision);
  pdfFacts(doc, [[l.outcome, { text: data.decision.outcomeName, font: { src: FONT_BOLD } }]], [FACT_LABEL_WIDTH, '*']);
  // The comment as flowing text beside its label, not a table cell: a long one goes on over the pages.
  const top = doc.y;
  doc.font(FONT_BOLD).fontSize(SIZE.body).text(l.comment, doc.page.margins.left, top + 1.5, { width: FACT_LABEL_WIDTH - 6, lineBreak: false });
  doc
    .font(FONT_REGULAR)
    .fillColor(data.decision.comment ? '#000' : MUTED_COLOR)
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
  } else pdfEmpty(doc, l.none.conditions);

  pdfHeading(doc, l.reservations);
  if (data.reservations.length) {
    pdfTable(doc, [l.name, l.reservation], data.reservations.map((r) => [r.name, r.text]), [140, '*']);
  } else pdfEmpty(doc, l.none.reservations);

  ensureSpace(doc, 30);
  doc.moveDown(1);
  doc.font(FONT_BOLD).fontSize(SIZE.body).text(`${l.recordedBy}: `, doc.page.margins.left, doc.y, { continued: true });
  doc.font(FONT_REGULAR).text(data.recordedBy);
}

export function protocolPdf(data: ProtocolData): Promise<Buffer> {
  const c = content(data);
  return pdfDocument(
    {
      lang: data.lang,
      title: c.title,
      subject: `${c.l.title}: ${data.program.name}`,
      createdAt: c.at,
      // The audit entry and "Sida n av N" at the foot of every page.
      footer: { lines: c.audit, page: c.l.page },
    },
    (doc) => renderPdf(doc, data, c),
  );
}
