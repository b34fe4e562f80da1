import { escapeMarkdown, markdownTable, type Locale } from '../programs/phase-report.js';
import type { LocalizedText } from '../templates/program-template.js';

/** The final cohort report (Fast Track, Yrkessvenska …), generated from the data. */
export interface CohortReport {
  cohort: { id: string; name: string; infoMeetingAt: string };
  generatedAt: string;
  /**
   * `admitted`: everyone given a place (accepted offers included); `withdrawn`: those who withdrew
   * before the start (no dropouts); `started`: the participants who started (admitted − withdrawn),
   * every share's denominator. Fast Track's three lists' counts (waiting, activeInterest,
   * passiveInterest) only where the cohort has those lists; every list's in `lists`.
   */
  admission: { attendees: number; registered: number; interviewed: number; capacity: number; admitted: number; withdrawn: number; started: number; waiting?: number; activeInterest?: number; passiveInterest?: number };
  /** Who stands on each of the cohort's lists at report time, in offer order. */
  lists: { key: string; name: LocalizedText; count: number }[];
  /** Project work started and submitted, participants who completed the program, and those who dropped out after starting. */
  outcomes: { projectStarted: number; projectSubmitted: number; completed: number; droppedOut: number };
  events: { heldOn: string; kind: string; title: string; attendees: number }[];
  completedPerWeek: number[];
  /** Shares of the participants who started. */
  modules: { module: string; name: LocalizedText; started: number; finished: number }[];
  /** The template's knowledge levels, lowest first, as `knowledgeLevels` counts them. */
  levels: { key: string; name: LocalizedText }[];
  knowledgeLevels: { week: number; levels: Record<string, number> }[];
  /** Participants on the advanced track, and their share of those who started. */
  advancedTrackParticipants: number;
  advancedTrackShare: number;
  reference: { name: string; weeksAheadOfReference: number[] } | null;
  evaluations: { heldOn: string; group: string; findings: string }[];
}

const L = {
  sv: {
    title: 'Slutrapport',
    generated: 'Genererad',
    admission: 'Antagning',
    h: { what: 'Vad', count: 'Antal', week: 'Vecka', done: 'Avklarade moment', module: 'Modul', started: 'Påbörjat', finished: 'Avklarat', level: 'Kunskapsnivå', ahead: 'Veckor före (+) / efter (−)', date: 'Datum', group: 'Grupp', findings: 'Resultat', kind: 'Slag', title: 'Titel', attendees: 'Deltagare' },
    rows: ['Informationsträff', 'Intresseanmälningar', 'Intervjuade', 'Platser', 'Antagna (alla som fått plats)', 'Drog sig ur före start', 'Startade programmet'],
    ofStarted: (n: number) => `av ${n} som startade`,
    perWeek: 'Avklarade moment per vecka',
    modules: 'Moduler',
    levels: 'Utveckling kunskapsnivå',
    advanced: 'Andel på avancerad inriktning',
    reference: 'Jämfört med referensprogrammet',
    evaluations: 'Fokusgrupper',
    outcomes: 'Projektarbete och resultat',
    outcomeRows: ['Påbörjat projektarbete', 'Lämnat in projektarbete', 'Fullföljt programmet', 'Hoppade av'],
    events: 'Konferens- och studiebesök',
    kinds: { 'conference-visit': 'Konferensbesök', 'study-visit': 'Studiebesök', 'guest-lecture': 'Gästföreläsning' } as Record<string, string>,
  },
  en: {
    title: 'Final report',
    generated: 'Generated',
    admission: 'Admission',
    h: { what: 'What', count: 'Count', week: 'Week', done: 'Completed items', module: 'Module', started: 'Started', finished: 'Finished', level: 'Knowledge level', ahead: 'Weeks ahead (+) / behind (−)', date: 'Date', group: 'Group', findings: 'Findings', kind: 'Kind', title: 'Title', attendees: 'Attendees' },
    rows: ['Info meeting', 'Interest registrations', 'Interviewed', 'Places', 'Admitted (everyone given a place)', 'Withdrew before the start', 'Started the program'],
    ofStarted: (n: number) => `of ${n} who started`,
    perWeek: 'Completed items per week',
    modules: 'Modules',
    levels: 'Knowledge-level development',
    advanced: 'Share on the advanced track',
    reference: 'Compared with the reference cohort',
    evaluations: 'Focus groups',
    outcomes: 'Project work and outcomes',
    outcomeRows: ['Started project work', 'Submitted project work', 'Completed the program', 'Dropped out'],
    events: 'Conference and study visits',
    kinds: { 'conference-visit': 'Conference visit', 'study-visit': 'Study visit', 'guest-lecture': 'Guest lecture' } as Record<string, string>,
  },
} as const;

const pct = (share: number) => `${Math.round(share * 100)} %`;

/** The report as Markdown in Swedish or English; what people wrote is escaped, every template label in the report's language. */
export function cohortReportMarkdown(r: CohortReport, locale: Locale): string {
  const t = L[locale];
  const a = r.admission;
  const of = t.ofStarted(a.started);
  const out = [`# ${t.title}: ${escapeMarkdown(r.cohort.name)}`, '', `${t.generated} ${r.generatedAt}`, '', `## ${t.admission}`, ''];
  const admissionRows: (string | number)[][] = [a.attendees, a.registered, a.interviewed, a.capacity, a.admitted, a.withdrawn, a.started].map((n, i) => [t.rows[i], n]);
  for (const list of r.lists) admissionRows.push([escapeMarkdown(list.name[locale]), list.count]);
  out.push(markdownTable([t.h.what, t.h.count], admissionRows));
  out.push('', `## ${t.perWeek}`, '', markdownTable([t.h.week, t.h.done], r.completedPerWeek.map((n, i) => [i + 1, n])));
  out.push('', `## ${t.modules} (${of})`, '', markdownTable([t.h.module, t.h.started, t.h.finished], r.modules.map((m) => [escapeMarkdown(m.name[locale]), pct(m.started), pct(m.finished)])));
  // Levels by the template's names, then any level assessed but no longer among them by its key.
  const levelKeys = [...new Set([...r.levels.map((l) => l.key), ...r.knowledgeLevels.flatMap((l) => Object.keys(l.levels))])];
  const levelName = (key: string) => escapeMarkdown(r.levels.find((l) => l.key === key)?.name[locale] ?? key);
  out.push('', `## ${t.levels}`, '', markdownTable([t.h.week, ...levelKeys.map(levelName)], r.knowledgeLevels.map((l) => [l.week, ...levelKeys.map((k) => l.levels[k] ?? 0)])));
  out.push('', `## ${t.advanced}`, '', `${pct(r.advancedTrackShare)} (${r.advancedTrackParticipants} ${of})`);
  const o = r.outcomes;
  out.push('', `## ${t.outcomes}`, '', markdownTable([t.h.what, t.h.count], [o.projectStarted, o.projectSubmitted, o.completed, o.droppedOut].map((n, i) => [t.outcomeRows[i], n])));
  if (r.events.length) {
    out.push('', `## ${t.events}`, '', markdownTable([t.h.date, t.h.kind, t.h.title, t.h.attendees], r.events.map((e) => [e.heldOn, t.kinds[e.kind] ?? e.kind, escapeMarkdown(e.title), e.attendees])));
  }
  if (r.reference) {
    out.push('', `## ${t.reference}: ${escapeMarkdown(r.reference.name)}`, '', markdownTable([t.h.week, t.h.ahead], r.reference.weeksAheadOfReference.map((w, i) => [i + 1, w > 0 ? `+${w}` : String(w)])));
  }
  if (r.evaluations.length) {
    out.push('', `## ${t.evaluations}`, '', markdownTable([t.h.date, t.h.group, t.h.findings], r.evaluations.map((e) => [e.heldOn, escapeMarkdown(e.group), escapeMarkdown(e.findings)])));
  }
  out.push('');
  return out.join('\n');
}
