import type { LocalizedText } from '../templates/program-template.js';

/** The phase report (delrapport), generated from the program's data. */
export interface PhaseReport {
  program: { id: string; name: string; templateKey: string; templateVersion: number };
  generatedAt: string;
  questions: { key: string; text: LocalizedText; subQuestions: { key: string; text: LocalizedText }[] }[];
  sessions: {
    total: number;
    byKind: SourceCount[];
    byParticipantGroup: SourceCount[];
  };
  needs: { total: number; uncategorized: number; byCategory: { key: string; name: LocalizedText; count: number; share: number }[] };
  focusAreas: { key: string; name: LocalizedText; categories: { key: string; name: LocalizedText }[] }[];
  collaborationModel: { roleKey: string; roleName: LocalizedText; bodies: string[] }[];
  network: {
    started: boolean;
    kickoffAt: string | null;
    /** contactPerson is null in a contact person's report for another organization's member. */
    members: { organization: string; contactPerson: string | null }[];
    meetings: { number: number; startsAt: string; attendees: number | null }[];
  };
  communicationPlan: { title: string; channel: LocalizedText; audience: LocalizedText; recurrence: 'one-off' | 'continuous'; dueOn: string }[];
}

export interface SourceCount {
  key: string;
  name: LocalizedText;
  sessions: number;
  needs: number;
}

export type Locale = 'sv' | 'en';

/** Markdown-escapes text the program's users wrote, so it reads as text, never as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const L = {
  sv: {
    title: 'Delrapport',
    generated: 'Genererad',
    questions: 'Frågeställningar',
    sessions: 'Behovsinsamling',
    sessionsTotal: 'Antal tillfällen',
    byKind: 'Per form',
    byGroup: 'Per deltagargrupp',
    needs: 'Behov per kategori',
    needsTotal: 'Antal behov',
    uncategorized: 'Ej kategoriserade',
    focusAreas: 'Fokusområden',
    model: 'Samverkansmodell',
    network: 'Nätverk för kontaktpersoner',
    notStarted: 'Nätverket är inte startat.',
    kickoff: 'Uppstart',
    meetings: 'Möten',
    plan: 'Kommunikationsplan',
    oneOff: 'Engångsinsats',
    continuous: 'Löpande',
    h: { source: 'Källa', sessions: 'Tillfällen', needs: 'Behov', category: 'Kategori', count: 'Antal', share: 'Andel', role: 'Roll', bodies: 'Organ', org: 'Förvaltning/bolag', person: 'Kontaktperson', meeting: 'Möte', starts: 'Tid', attendees: 'Närvarande', item: 'Insats', channel: 'Kanal', audience: 'Målgrupp', kind: 'Typ', due: 'Klart' },
  },
  en: {
    title: 'Phase report',
    generated: 'Generated',
    questions: 'Questions',
    sessions: 'Needs gathering',
    sessionsTotal: 'Sessions',
    byKind: 'By form',
    byGroup: 'By participant group',
    needs: 'Needs per category',
    needsTotal: 'Needs',
    uncategorized: 'Uncategorized',
    focusAreas: 'Focus areas',
    model: 'Collaboration model',
    network: 'Contact-person network',
    notStarted: 'The network has not been started.',
    kickoff: 'Kickoff',
    meetings: 'Meetings',
    plan: 'Communication plan',
    oneOff: 'One-off',
    continuous: 'Continuous',
    h: { source: 'Source', sessions: 'Sessions', needs: 'Needs', category: 'Category', count: 'Count', share: 'Share', role: 'Role', bodies: 'Bodies', org: 'Department/company', person: 'Contact person', meeting: 'Meeting', starts: 'Time', attendees: 'Present', item: 'Item', channel: 'Channel', audience: 'Audience', kind: 'Kind', due: 'Due' },
  },
} as const;

/** A GitHub-flavoured Markdown table (cells must already be escaped). */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The report as Markdown in Swedish or English; everything users wrote is escaped. */
export function phaseReportMarkdown(r: PhaseReport, locale: Locale): string {
  const t = L[locale];
  const e = escapeMarkdown;
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  const out: string[] = [];
  out.push(`# ${t.title}: ${e(r.program.name)}`, '', `${t.generated} ${r.generatedAt} · ${r.program.templateKey} v${r.program.templateVersion}`, '');
  out.push(`## ${t.questions}`, '');
  r.questions.forEach((q, i) => {
    out.push(`${i + 1}. ${e(q.text[locale])}`);
    q.subQuestions.forEach((s) => out.push(`    - ${e(s.text[locale])}`));
  });
  out.push('', `## ${t.sessions}`, '', `${t.sessionsTotal}: ${r.sessions.total}`, '', `### ${t.byKind}`, '');
  out.push(markdownTable([t.h.source, t.h.sessions, t.h.needs], r.sessions.byKind.map((s) => [e(s.name[locale]), s.sessions, s.needs])));
  out.push('', `### ${t.byGroup}`, '');
  out.push(markdownTable([t.h.source, t.h.sessions, t.h.needs], r.sessions.byParticipantGroup.map((s) => [e(s.name[locale]), s.sessions, s.needs])));
  out.push('', `## ${t.needs}`, '', `${t.needsTotal}: ${r.needs.total} · ${t.uncategorized}: ${r.needs.uncategorized}`, '');
  out.push(markdownTable([t.h.category, t.h.count, t.h.share], r.needs.byCategory.map((c) => [e(c.name[locale]), c.count, pct(c.share)])));
  out.push('', `## ${t.focusAreas}`, '');
  r.focusAreas.forEach((f, i) => out.push(`${i + 1}. **${e(f.name[locale])}** — ${f.categories.map((c) => e(c.name[locale])).join(', ')}`));
  out.push('', `## ${t.model}`, '');
  out.push(markdownTable([t.h.role, t.h.bodies], r.collaborationModel.map((m) => [e(m.roleName[locale]), m.bodies.map(e).join(', ')])));
  out.push('', `## ${t.network}`, '');
  if (!r.network.started) out.push(t.notStarted, '');
  else out.push(`${t.kickoff}: ${r.network.kickoffAt}`, '');
  out.push(markdownTable([t.h.org, t.h.person], r.network.members.map((m) => [e(m.organization), m.contactPerson === null ? '–' : e(m.contactPerson)])));
  if (r.network.meetings.length) {
    out.push('', `### ${t.meetings}`, '');
    out.push(markdownTable([t.h.meeting, t.h.starts, t.h.attendees], r.network.meetings.map((m) => [m.number === 0 ? t.kickoff : m.number, m.startsAt, m.attendees ?? '–'])));
  }
  out.push('', `## ${t.plan}`, '');
  out.push(
    markdownTable(
      [t.h.item, t.h.channel, t.h.audience, t.h.kind, t.h.due],
      r.communicationPlan.map((c) => [e(c.title), e(c.channel[locale]), e(c.audience[locale]), c.recurrence === 'one-off' ? t.oneOff : t.continuous, c.dueOn]),
    ),
  );
  out.push('');
  return out.join('\n');
}
