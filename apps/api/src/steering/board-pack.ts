// The board pack (styrgruppsunderlag) for a steering group's meeting, rendered as a standalone HTML
// document or as an A4 PDF: the agenda, status per phase and activity (RAG), what changed since the
// last meeting, overdue tasks per organization, and the indicators against their targets with charts.
// Rendering only: the caller gathers BoardPackData (names and statuses already in the chosen language).
import { esc, htmlDocument, htmlEmpty, htmlFacts, htmlSection, htmlTable } from '../documents/html-document.js';
import { stockholmDateTime, stockholmDateTimeText, timestamp } from '../documents/format.js';
import { lineChart, lineChartSvg, pdfLineChart, type LineChart } from '../documents/line-chart.js';
import {
  FONT_BOLD,
  contentWidth,
  ensureSpace,
  pdfDocument,
  pdfEmpty,
  pdfFactPairs,
  pdfHeading,
  pdfLabelled,
  pdfParagraph,
  pdfSubheading,
  pdfTable,
  pdfTitle,
  type Cell,
  type Doc,
} from '../documents/pdf-document.js';

export type Rag = 'on-track' | 'at-risk' | 'off-track';
export interface BoardPackData {
  lang: 'sv' | 'en';
  program: { name: string; templateName: string };
  meeting: { number: number; startsAt: string; endsAt: string; location: string | null };
  /** The previous meeting's start (changes are listed since then); null: since the program started. */
  since: string | null;
  /** When the pack was generated (ISO); printed, and the PDF's CreationDate (deterministic output for the same data). */
  generatedAt: string;
  agenda: Array<{ text: string }>;
  phases: Array<{ name: string; status: 'done' | 'current' | 'pending'; detail: string | null }>;
  activities: Array<{ title: string; status: string /* already localized */; rag: Rag; reason: string }>;
  changes: Array<{
    at: string /* ISO */;
    category: 'decision' | 'activity' | 'needs' | 'focus-areas' | 'phase' | 'steering' | 'other';
    text: string;
  }>;
  overdue: Array<{ organization: string; count: number; oldestDueDate: string /* YYYY-MM-DD */; tasks: string[] }>;
  indicators: Array<{
    goal: string;
    name: string;
    unit: string;
    baseline: { year: number; value: number };
    target: { year: number; value: number };
    series: Array<{ year: number; value: number }>;
    onTrack: boolean | null;
    /** The activities that name the indicator (or, naming none, its goal): what should move it. */
    activities: string[];
  }>;
}

type PhaseStatus = BoardPackData['phases'][number]['status'];
type Category = BoardPackData['changes'][number]['category'];
type Indicator = BoardPackData['indicators'][number];

/** The order the change categories are listed in. */
const CATEGORIES: Category[] = ['decision', 'activity', 'needs', 'focus-areas', 'phase', 'steering', 'other'];
const RAGS: Rag[] = ['on-track', 'at-risk', 'off-track'];

/**
 * RAG colours for text on white, each at least 4.5:1 (on track 6.6:1, at risk 6.0:1, off track 6.5:1); the
 * label is always printed, so the colour is never the only cue.
 */
const RAG_COLORS: Record<Rag, string> = { 'on-track': '#1a6b33', 'at-risk': '#8a4b00', 'off-track': '#b3261e' };

// ---------------------------------------------------------------------------------------------
// Labels

interface Labels {
  title: string;
  meeting: (n: number) => string;
  program: string;
  template: string;
  meetingLabel: string;
  date: string;
  time: string;
  location: string;
  noLocation: string;
  generated: string;
  agenda: string;
  phases: string;
  phase: string;
  status: string;
  detail: string;
  phaseStatus: Record<PhaseStatus, string>;
  activities: string;
  activity: string;
  assessment: string;
  reason: string;
  rag: Record<Rag, string>;
  changesSince: (date: string) => string;
  changesSinceStart: string;
  when: string;
  change: string;
  categories: Record<Category, string>;
  overdue: string;
  organization: string;
  overdueCount: string;
  oldestDueDate: string;
  tasks: string;
  indicators: string;
  goal: string;
  indicator: string;
  baseline: string;
  target: string;
  latest: string;
  onTrack: string;
  notOnTrack: string;
  noData: string;
  year: string;
  value: string;
  values: string;
  servedBy: string;
  noActivities: string;
  legend: { series: string; plan: string; target: string };
  chart: (i: Indicator, value: (v: number) => string) => string;
  none: { agenda: string; phases: string; activities: string; changes: string; overdue: string; indicators: string };
  page: (page: number, pages: number) => string;
  number: Intl.NumberFormat;
}

const LABELS: Record<BoardPackData['lang'], Labels> = {
  sv: {
    title: 'Styrgruppsunderlag',
    meeting: (n) => `Möte ${n}`,
    program: 'Program',
    template: 'Programmall',
    meetingLabel: 'Möte',
    date: 'Datum',
    time: 'Tid',
    location: 'Plats',
    noLocation: 'Ingen plats angiven',
    generated: 'Sammanställt',
    agenda: 'Dagordning',
    phases: 'Status per fas',
    phase: 'Fas',
    status: 'Status',
    detail: 'Kommentar',
    phaseStatus: { done: 'klar', current: 'pågår', pending: 'kommande' },
    activities: 'Aktiviteter',
    activity: 'Aktivitet',
    assessment: 'Bedömning',
    reason: 'Motivering',
    rag: { 'on-track': 'I fas', 'at-risk': 'Risk', 'off-track': 'Avviker' },
    changesSince: (date) => `Förändringar sedan förra mötet (${date})`,
    changesSinceStart: 'Förändringar sedan programmets start',
    when: 'Tidpunkt',
    change: 'Förändring',
    categories: {
      decision: 'Beslut',
      activity: 'Aktiviteter',
      needs: 'Behov',
      'focus-areas': 'Fokusområden',
      phase: 'Faser',
      steering: 'Styrgrupp',
      other: 'Övrigt',
    },
    overdue: 'Försenade uppgifter per organisation',
    organization: 'Organisation',
    overdueCount: 'Antal',
    oldestDueDate: 'Äldsta förfallodag',
    tasks: 'Uppgifter',
    indicators: 'Indikatorer mot mål',
    goal: 'Mål',
    indicator: 'Indikator',
    baseline: 'Utgångsvärde',
    target: 'Målvärde',
    latest: 'Senaste värde',
    onTrack: 'På väg mot målet',
    notOnTrack: 'Inte på väg mot målet',
    noData: 'Uppgift saknas',
    year: 'År',
    value: 'Värde',
    values: 'Mätvärden',
    servedBy: 'Aktiviteter som ska påverka den',
    noActivities: 'Inga aktiviteter',
    legend: { series: 'Utfall', plan: 'Utgångsvärde till målvärde', target: 'Målvärde' },
    chart: (i, v) =>
      `Linjediagram: ${i.name}${i.unit ? ` (${i.unit})` : ''}. ${seriesText(i, v, {
        none: 'Inga mätvärden',
        one: (y, x) => `Mätvärde ${y}: ${x}`,
        many: (y1, y2, x1, x2) => `Mätvärden ${y1}–${y2}, från ${x1} till ${x2}`,
      })}. Utgångsvärde ${v(i.baseline.value)} (${i.baseline.year}), målvärde ${v(i.target.value)} (${i.target.year}).`,
    none: {
      agenda: 'Ingen dagordning',
      phases: 'Inga faser',
      activities: 'Inga aktiviteter',
      changes: 'Inga förändringar',
      overdue: 'Inga försenade uppgifter',
      indicators: 'Inga indikatorer',
    },
    page: (p, n) => `Sida ${p} av ${n}`,
    number: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2, useGrouping: false, signDisplay: 'negative' }),
  },
  en: {
    title: 'Board pack',
    meeting: (n) => `Meeting ${n}`,
    program: 'Program',
    template: 'Program template',
    meetingLabel: 'Meeting',
    date: 'Date',
    time: 'Time',
    location: 'Location',
    noLocation: 'No location given',
    generated: 'Generated',
    agenda: 'Agenda',
    phases: 'Status by phase',
    phase: 'Phase',
    status: 'Status',
    detail: 'Comment',
    phaseStatus: { done: 'done', current: 'current', pending: 'pending' },
    activities: 'Activities',
    activity: 'Activity',
    assessment: 'Assessment',
    reason: 'Reason',
    rag: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track' },
    changesSince: (date) => `Changes since the last meeting (${date})`,
    changesSinceStart: 'Changes since the program started',
    when: 'When',
    change: 'Change',
    categories: {
      decision: 'Decisions',
      activity: 'Activities',
      needs: 'Needs',
      'focus-areas': 'Focus areas',
      phase: 'Phases',
      steering: 'Steering group',
      other: 'Other',
    },
    overdue: 'Overdue tasks by organization',
    organization: 'Organization',
    overdueCount: 'Count',
    oldestDueDate: 'Oldest due date',
    tasks: 'Tasks',
    indicators: 'Indicators against targets',
    goal: 'Goal',
    indicator: 'Indicator',
    baseline: 'Baseline',
    target: 'Target',
    latest: 'Latest value',
    onTrack: 'On track',
    notOnTrack: 'Not on track',
    noData: 'No data',
    year: 'Year',
    value: 'Value',
    values: 'Values',
    servedBy: 'Activities meant to move it',
    noActivities: 'No activities',
    legend: { series: 'Actual', plan: 'Baseline to target', target: 'Target' },
    chart: (i, v) =>
      `Line chart: ${i.name}${i.unit ? ` (${i.unit})` : ''}. ${seriesText(i, v, {
        none: 'No values',
        one: (y, x) => `Value ${y}: ${x}`,
        many: (y1, y2, x1, x2) => `Values ${y1}–${y2}, from ${x1} to ${x2}`,
      })}. Baseline ${v(i.baseline.value)} (${i.baseline.year}), target ${v(i.target.value)} (${i.target.year}).`,
    none: {
      agenda: 'No agenda',
      phases: 'No phases',
      activities: 'No activities',
      changes: 'No changes',
      overdue: 'No overdue tasks',
      indicators: 'No indicators',
    },
    page: (p, n) => `Page ${p} of ${n}`,
    number: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, useGrouping: false, signDisplay: 'negative' }),
  },
};

function seriesText(
  i: Indicator,
  v: (value: number) => string,
  t: { none: string; one: (year: number, value: string) => string; many: (y1: number, y2: number, v1: string, v2: string) => string },
): string {
  const series = sortedSeries(i);
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return t.none;
  if (series.length === 1) return t.one(first.year, v(first.value));
  return t.many(first.year, last.year, v(first.value), v(last.value));
}

// ---------------------------------------------------------------------------------------------
// The content both renderers share

function sortedSeries(i: Indicator): Indicator['series'] {
  return [...i.series].sort((a, b) => a.year - b.year);
}

interface IndicatorContent {
  indicator: Indicator;
  /** A value with its unit. */
  value: (v: number) => string;
  baseline: string;
  target: string;
  latest: string;
  assessment: string;
  chartLabel: string;
  series: Indicator['series'];
}

interface Content {
  l: Labels;
  generatedAt: Date;
  title: string;
  heading: string;
  facts: Array<[string, string]>;
  changesHeading: string;
  /** The changes by category (in CATEGORIES' order, empty ones left out), each in time order. */
  changes: Array<{ category: Category; name: string; items: Array<{ when: string; text: string }> }>;
  ragSummary: string;
  goals: Array<{ goal: string; indicators: IndicatorContent[] }>;
  footer: string[];
}

function content(data: BoardPackData): Content {
  const l = LABELS[data.lang];
  if (!l) throw new RangeError(`Unsupported board pack language: ${String(data.lang)}`);
  const starts = timestamp(data.meeting.startsAt, 'meeting.startsAt');
  const ends = timestamp(data.meeting.endsAt, 'meeting.endsAt');
  const generatedAt = timestamp(data.generatedAt, 'generatedAt');
  const since = data.since === null ? null : timestamp(data.since, 'since');
  const start = stockholmDateTime(starts);
  const end = stockholmDateTime(ends);
  const time = end.date === start.date ? `${start.time}–${end.time}` : `${start.time} – ${end.date} ${end.time}`;
  const meeting = l.meeting(data.meeting.number);

  const changes = CATEGORIES.flatMap((category) => {
    const items = data.changes
      .map((change, index) => ({ change, index, at: timestamp(change.at, 'changes[].at') }))
      .filter(({ change }) => change.category === category)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || a.index - b.index)
      .map(({ change, at }) => ({ when: stockholmDateTimeText(at), text: change.text }));
    return items.length ? [{ category, name: l.categories[category], items }] : [];
  });

  const number = (v: number) => l.number.format(v);
  const goals: Content['goals'] = [];
  for (const indicator of data.indicators) {
    const value = (v: number) => (indicator.unit ? `${number(v)} ${indicator.unit}` : number(v));
    const series = sortedSeries(indicator);
    const last = series[series.length - 1];
    const item: IndicatorContent = {
      indicator,
      value,
      baseline: `${value(indicator.baseline.value)} (${indicator.baseline.year})`,
      target: `${value(indicator.target.value)} (${indicator.target.year})`,
      latest: last ? `${value(last.value)} (${last.year})` : l.noData,
      assessment: indicator.onTrack === null ? l.noData : indicator.onTrack ? l.onTrack : l.notOnTrack,
      chartLabel: l.chart(indicator, value),
      series,
    };
    const goal = goals.find((g) => g.goal === indicator.goal);
    if (goal) goal.indicators.push(item);
    else goals.push({ goal: indicator.goal, indicators: [item] });
  }

  const title = `${l.title} – ${data.program.name} – ${meeting}`;
  return {
    l,
    generatedAt,
    title,
    heading: `${l.title} – ${meeting}`,
    facts: [
      [l.program, data.program.name],
      [l.template, data.program.templateName],
      [l.meetingLabel, String(data.meeting.number)],
      [l.date, start.date],
      [l.time, time],
      [l.location, data.meeting.location ?? l.noLocation],
      [l.generated, stockholmDateTimeText(generatedAt)],
    ],
    changesHeading: since ? l.changesSince(stockholmDateTime(since).date) : l.changesSinceStart,
    changes,
    ragSummary: RAGS.map((rag) => `${l.rag[rag]}: ${data.activities.filter((a) => a.rag === rag).length}`).join(', '),
    goals,
    footer: [title, `${l.generated}: ${stockholmDateTimeText(generatedAt)}`],
  };
}

// ---------------------------------------------------------------------------------------------
// HTML

const STYLE = [
  'h3 { font-size: 1em; margin: 1em 0 .3em; break-after: avoid; page-break-after: avoid; }',
  'h4 { font-size: .95em; margin: .8em 0 .2em; break-after: avoid; page-break-after: avoid; }',
  'table.phases th:nth-child(2), table.activities th:nth-child(2), table.activities th:nth-child(3) { width: 8em; }',
  'table.changes th:first-child { width: 9em; } table.changes td:first-child { white-space: nowrap; }',
  'table.overdue th:nth-child(2) { width: 4em; } table.overdue th:nth-child(3) { width: 8em; }',
  'table.series { width: auto; min-width: 14em; }',
  'ul.tasks { margin: 0; padding-left: 1.2em; }',
  '.rag { font-weight: bold; white-space: nowrap; border: 1px solid currentColor; border-radius: .2em; padding: 0 .3em; background: #fff; }',
  ...RAGS.map((rag) => `.rag-${rag} { color: ${RAG_COLORS[rag]}; }`),
  '.indicator { break-inside: avoid; page-break-inside: avoid; }',
  'svg.chart { display: block; width: 100%; max-width: 34rem; height: auto; margin: .3em 0; }',
];

/** In the chart's own units: the page scales it to its width, at most 34rem (not em: the SVG's font size is 7 units), the text with it. */
const HTML_CHART = { width: 380, height: 170 };

function indicatorHtml(c: Content, item: IndicatorContent, id: string): string {
  const { l } = c;
  const chart = lineChart({
    series: item.series,
    baseline: item.indicator.baseline,
    target: item.indicator.target,
    ...HTML_CHART,
    format: (v) => l.number.format(v),
    unit: item.indicator.unit,
    legend: l.legend,
  });
  const numbers = item.series.length
    ? htmlTable(
        `${l.values}: ${item.indicator.name}`,
        [l.year, l.value],
        item.series.map((p) => [esc(String(p.year)), esc(item.value(p.value))]),
        'series',
      )
    : htmlEmpty(l.noData);
  const served = `<p><strong>${esc(l.servedBy)}:</strong> ${esc(item.indicator.activities.length ? item.indicator.activities.join(', ') : l.noActivities)}</p>`;
  return `<div class="indicator" id="${id}">\n<h4>${esc(item.indicator.name)}</h4>\n${lineChartSvg(chart, item.chartLabel)}\n${numbers}\n${served}\n</div>`;
}

export function boardPackHtml(data: BoardPackData): string {
  const c = content(data);
  const { l } = c;

  const agenda = data.agenda.length
    ? `<ol class="agenda">\n${data.agenda.map((a) => `<li class="text">${esc(a.text)}</li>`).join('\n')}\n</ol>`
    : htmlEmpty(l.none.agenda);
  const phases = data.phases.length
    ? htmlTable(
        l.phases,
        [l.phase, l.status, l.detail],
        data.phases.map((p) => [esc(p.name), esc(l.phaseStatus[p.status]), p.detail ? `<span class="text">${esc(p.detail)}</span>` : '']),
        'phases',
      )
    : htmlEmpty(l.none.phases);
  const activities = data.activities.length
    ? `<p class="rag-summary">${esc(c.ragSummary)}</p>\n${htmlTable(
        l.activities,
        [l.activity, l.status, l.assessment, l.reason],
        data.activities.map((a) => [
          esc(a.title),
          esc(a.status),
          `<span class="rag rag-${a.rag}">${esc(l.rag[a.rag])}</span>`,
          `<span class="text">${esc(a.reason)}</span>`,
        ]),
        'activities',
      )}`
    : htmlEmpty(l.none.activities);
  const changes = c.changes.length
    ? c.changes
        .map(
          (group) =>
            `<h3 id="changes-${group.category}">${esc(group.name)}</h3>\n${htmlTable(
              `${c.changesHeading}: ${group.name}`,
              [l.when, l.change],
              group.items.map((i) => [esc(i.when), `<span class="text">${esc(i.text)}</span>`]),
              `changes changes-${group.category}`,
            )}`,
        )
        .join('\n')
    : htmlEmpty(l.none.changes);
  const overdue = data.overdue.length
    ? htmlTable(
        l.overdue,
        [l.organization, l.overdueCount, l.oldestDueDate, l.tasks],
        data.overdue.map((o) => [
          esc(o.organization),
          esc(String(o.count)),
          esc(o.oldestDueDate),
          o.tasks.length ? `<ul class="tasks">${o.tasks.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : '',
        ]),
        'overdue',
      )
    : htmlEmpty(l.none.overdue);
  let n = 0;
  const indicators = c.goals.length
    ? c.goals
        .map(
          (goal) =>
            `<h3>${esc(`${l.goal}: ${goal.goal}`)}</h3>\n${htmlTable(
              `${l.indicators}: ${goal.goal}`,
              [l.indicator, l.baseline, l.target, l.latest, l.status],
              goal.indicators.map((i) => [esc(i.indicator.name), esc(i.baseline), esc(i.target), esc(i.latest), esc(i.assessment)]),
              'indicators',
            )}\n${goal.indicators.map((i) => indicatorHtml(c, i, `indicator-${++n}`)).join('\n')}`,
        )
        .join('\n')
    : htmlEmpty(l.none.indicators);

  return htmlDocument({
    lang: data.lang,
    title: c.title,
    style: STYLE,
    main: [
      `<h1>${esc(c.heading)}</h1>`,
      htmlFacts(c.facts.map(([k, v]) => [k, esc(v)])),
      htmlSection('agenda', l.agenda, agenda),
      htmlSection('phases', l.phases, phases),
      htmlSection('activities', l.activities, activities),
      htmlSection('changes', c.changesHeading, changes),
      htmlSection('overdue', l.overdue, overdue),
      htmlSection('indicators', l.indicators, indicators),
    ].join('\n'),
    footer: c.footer,
    footerClass: 'generated',
  });
}

// ---------------------------------------------------------------------------------------------
// PDF

const PDF_CHART_HEIGHT = 150;

function pdfIndicator(doc: Doc, c: Content, item: IndicatorContent): void {
  const { l } = c;
  const width = Math.min(380, contentWidth(doc));
  const chart: LineChart = lineChart({
    series: item.series,
    baseline: item.indicator.baseline,
    target: item.indicator.target,
    width,
    height: PDF_CHART_HEIGHT,
    format: (v) => l.number.format(v),
    unit: item.indicator.unit,
    legend: l.legend,
  });
  // The name, the chart and the numbers under it together.
  pdfSubheading(doc, item.indicator.name, PDF_CHART_HEIGHT + 50);
  const top = doc.y + 2;
  pdfLineChart(doc, chart, doc.page.margins.left, top);
  doc.x = doc.page.margins.left;
  doc.y = top + PDF_CHART_HEIGHT + 4;
  pdfLabelled(doc, l.values, item.series.length ? item.series.map((p) => `${p.year}: ${item.value(p.value)}`).join(', ') : l.noData);
  pdfLabelled(doc, l.servedBy, item.indicator.activities.length ? item.indicator.activities.join(', ') : l.noActivities);
  doc.moveDown(0.4);
}

function renderPdf(doc: Doc, data: BoardPackData, c: Content): void {
  const { l } = c;

  pdfTitle(doc, c.heading);
  const [program, template, meeting, date, time, location, generated] = c.facts as Array<[string, string]>;
  pdfFactPairs(doc, [[program!, meeting!], [template!, date!], [location!, time!], [generated!]]);

  pdfHeading(doc, l.agenda);
  if (data.agenda.length) {
    data.agenda.forEach((a, i) => {
      ensureSpace(doc, 14);
      pdfParagraph(doc, `${i + 1}. ${a.text}`);
    });
  } else pdfEmpty(doc, l.none.agenda);

  pdfHeading(doc, l.phases);
  if (data.phases.length) {
    pdfTable(doc, [l.phase, l.status, l.detail], data.phases.map((p) => [p.name, l.phaseStatus[p.status], p.detail ?? '']), [150, 70, '*']);
  } else pdfEmpty(doc, l.none.phases);

  pdfHeading(doc, l.activities);
  if (data.activities.length) {
    pdfParagraph(doc, c.ragSummary);
    doc.moveDown(0.3);
    pdfTable(
      doc,
      [l.activity, l.status, l.assessment, l.reason],
      data.activities.map((a): Cell[] => [
        a.title,
        a.status,
        { text: l.rag[a.rag], textColor: RAG_COLORS[a.rag], font: { src: FONT_BOLD } },
        a.reason,
      ]),
      [140, 75, 70, '*'],
    );
  } else pdfEmpty(doc, l.none.activities);

  pdfHeading(doc, c.changesHeading);
  if (c.changes.length) {
    for (const group of c.changes) {
      pdfSubheading(doc, group.name);
      pdfTable(doc, [l.when, l.change], group.items.map((i) => [i.when, i.text]), [100, '*']);
    }
  } else pdfEmpty(doc, l.none.changes);

  pdfHeading(doc, l.overdue);
  if (data.overdue.length) {
    pdfTable(
      doc,
      [l.organization, l.overdueCount, l.oldestDueDate, l.tasks],
      data.overdue.map((o) => [o.organization, String(o.count), o.oldestDueDate, o.tasks.map((t) => `• ${t}`).join('\n')]),
      [130, 45, 85, '*'],
    );
  } else pdfEmpty(doc, l.none.overdue);

  pdfHeading(doc, l.indicators);
  if (c.goals.length) {
    for (const goal of c.goals) {
      pdfSubheading(doc, `${l.goal}: ${goal.goal}`);
      pdfTable(
        doc,
        [l.indicator, l.baseline, l.target, l.latest, l.status],
        goal.indicators.map((i) => [i.indicator.name, i.baseline, i.target, i.latest, i.assessment]),
        ['*', 88, 88, 88, 96],
      );
      for (const item of goal.indicators) pdfIndicator(doc, c, item);
    }
  } else pdfEmpty(doc, l.none.indicators);
}

export function boardPackPdf(data: BoardPackData): Promise<Buffer> {
  const c = content(data);
  return pdfDocument(
    {
      lang: data.lang,
      title: c.title,
      subject: `${c.l.title}: ${data.program.name}`,
      createdAt: c.generatedAt,
      footer: { lines: c.footer, page: c.l.page },
    },
    (doc) => renderPdf(doc, data, c),
  );
}
