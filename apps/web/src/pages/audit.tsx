import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, asFile, compact, download, ok, query, type Schemas } from '../api.js';
import { summarize, useDirectory, type Directory } from '../components/audit-names.js';
import { Loading, ProblemAlert } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import type { Me } from '../session.js';
import type { Program, Template } from '../types.js';
import './manager.css';

const M = defineMessages(
  {
    title: 'Granskningslogg',
    lead: 'Allt som har hänt i programmen: vem som gjorde vad, när, i vilken roll och i vilket arbetsflöde. Nyaste händelsen först. Loggen är en hashkedja; ingen post kan ändras i efterhand utan att det syns.',
    chain: 'Kedjans integritet',
    chainValid: 'Kedjan är obruten: alla {n} poster stämmer.',
    chainHead: 'Senaste post #{seq}, hash {hash}',
    chainBroken: 'Kedjan är bruten vid post #{seq} ({reason}). Loggen kan ha ändrats.',
    'reason.content-changed': 'innehållet ändrat',
    'reason.link-broken': 'länken till föregående post bruten',
    'reason.gap': 'post saknas',
    filters: 'Filtrera',
    program: 'Program',
    phase: 'Fas',
    type: 'Händelsetyp',
    typeHint: 'En typ som gate.decided, eller början av typer följd av * (task.*).',
    person: 'Person (aktör eller berörd)',
    organization: 'Förvaltning/bolag',
    activity: 'Aktivitetens id',
    cohort: 'Kullens id',
    from: 'Från och med datum',
    to: 'Till och med datum',
    any: 'Alla',
    apply: 'Visa händelser',
    clear: 'Rensa filtren',
    entries: 'Händelser',
    shown: '{n} händelser visas.',
    shownOne: '1 händelse visas.',
    shownOlder: '{n} äldre händelser visas.',
    none: 'Inga händelser matchar filtren.',
    time: 'Tid',
    event: 'Händelse',
    actor: 'Aktör',
    role: 'Roll',
    summary: 'Uppgifter',
    workflow: 'Arbetsflöde',
    history: 'Historik',
    more: '+{n} till',
    system: 'Systemet',
    older: 'Äldre händelser',
    newest: 'Till de nyaste händelserna',
    paging: 'Bläddra i loggen',
    export: 'Exportera',
    exportLead: 'Exporten innehåller alla händelser som matchar filtren (inte bara den här sidan), i kedjans ordning, med kedjans huvud först så att filen kan kontrolleras senare.',
    csv: 'Exportera CSV',
    jsonl: 'Exportera JSON Lines',
    exporting: 'Exporten hämtas …',
    exported: 'Exporten är hämtad: {file}.',
  },
  {
    title: 'Audit log',
    lead: 'Everything that happened in the programs: who did what, when, in which role and in which workflow. Newest first. The log is a hash chain: no entry can be changed afterwards without it showing.',
    chain: 'Chain integrity',
    chainValid: 'The chain is intact: all {n} entries check out.',
    chainHead: 'Latest entry #{seq}, hash {hash}',
    chainBroken: 'The chain is broken at entry #{seq} ({reason}). The log may have been changed.',
    'reason.content-changed': 'content changed',
    'reason.link-broken': 'link to the previous entry broken',
    'reason.gap': 'entry missing',
    filters: 'Filter',
    program: 'Program',
    phase: 'Phase',
    type: 'Event type',
    typeHint: 'A type such as gate.decided, or the start of types followed by * (task.*).',
    person: 'Person (actor or concerned)',
    organization: 'Department/company',
    activity: 'Activity id',
    cohort: 'Cohort id',
    from: 'From date',
    to: 'To date (inclusive)',
    any: 'All',
    apply: 'Show events',
    clear: 'Clear the filters',
    entries: 'Events',
    shown: '{n} events shown.',
    shownOne: '1 event shown.',
    shownOlder: '{n} older events shown.',
    none: 'No events match the filters.',
    time: 'Time',
    event: 'Event',
    actor: 'Actor',
    role: 'Role',
    summary: 'Details',
    workflow: 'Workflow',
    history: 'History',
    more: '+{n} more',
    system: 'The system',
    older: 'Older events',
    newest: 'To the newest events',
    paging: 'Page through the log',
    export: 'Export',
    exportLead: 'The export holds every event matching the filters (not only this page), in chain order, with the chain head first so the file can be checked later.',
    csv: 'Export CSV',
    jsonl: 'Export JSON Lines',
    exporting: 'Fetching the export …',
    exported: 'The export is downloaded: {file}.',
  },
);

/** Readable names of the event types seen in the trail; an unknown type shows as its code. */
const TYPES = defineMessages(
  {
    'program.started': 'Programmet startade',
    'program.closed': 'Programmet avslutades',
    'phase.started': 'Fasen startade',
    'step.opened': 'Steget öppnade',
    'step.completed': 'Steget slutfördes',
    'gate.opened': 'Beslutspunkten öppnade',
    'gate.decided': 'Beslut vid beslutspunkten',
    'session.planned': 'Insamlingstillfälle planerat',
    'needs.imported': 'Behov importerade',
    'needs.categorized': 'Behov kategoriserade',
    'need.recorded': 'Behov registrerat',
    'network.started': 'Nätverket startade',
    'network.member_joined': 'Kontaktperson gick med i nätverket',
    'network.member_left': 'Kontaktperson lämnade nätverket',
    'network.meeting_scheduled': 'Nätverksmöte planerat',
    'network.meeting_recorded': 'Nätverksmöte dokumenterat',
    'activity.proposed': 'Aktivitet föreslagen',
    'activity.evaluated': 'Aktivitet utvärderad',
    'indicator.defined': 'Indikator definierad',
    'indicator.value-recorded': 'Indikatorvärde registrerat',
    'indicator.values-imported': 'Indikatorvärden importerade',
    'task.created': 'Uppgift skapad',
    'task.announced': 'Uppgift aviserad',
    'task.completed': 'Uppgift slutförd',
    'task.cancelled': 'Uppgift avbruten',
    'task.expired': 'Uppgift förföll',
    'task.escalated': 'Uppgift eskalerad',
    'task.reminder_sent': 'Påminnelse skickad',
    'task.reassigned': 'Uppgift överlämnad',
    'task.due_date_changed': 'Uppgiftens slutdatum ändrat',
    'task.invitation_sent': 'Inbjudan skickad',
    'task.closed': 'Uppgift stängd',
    'cohort.listed': 'Förd upp på en lista',
    'cohort.participant_admitted': 'Deltagare antagen',
    'cohort.place_offered': 'Plats erbjuden',
    'cohort.offer_accepted': 'Erbjudande antaget',
    'cohort.offer_declined': 'Erbjudande avböjt',
    'cohort.offer_expired': 'Erbjudande förföll',
    'cohort.participant_withdrawn': 'Deltagare drog sig ur',
    'cohort.participant_dropped_out': 'Deltagare hoppade av',
    'person.erased': 'Personuppgifter raderade',
    'person.handed_over': 'Överlämnat till efterträdare',
    'person.absence_set': 'Frånvaro med ersättare',
    'person.absence_ended': 'Frånvaro avslutad',
    'calendar.closures_set': 'Stängningsdagar registrerade',
    'command.accepted': 'Kommando mottaget',
  },
  {
    'program.started': 'Program started',
    'program.closed': 'Program closed',
    'phase.started': 'Phase started',
    'step.opened': 'Step opened',
    'step.completed': 'Step completed',
    'gate.opened': 'Gate opened',
    'gate.decided': 'Gate decided',
    'session.planned': 'Gathering session planned',
    'needs.imported': 'Needs imported',
    'needs.categorized': 'Needs categorized',
    'need.recorded': 'Need recorded',
    'network.started': 'Network started',
    'network.member_joined': 'Contact person joined the network',
    'network.member_left': 'Contact person left the network',
    'network.meeting_scheduled': 'Network meeting scheduled',
    'network.meeting_recorded': 'Network meeting recorded',
    'activity.proposed': 'Activity proposed',
    'activity.evaluated': 'Activity evaluated',
    'indicator.defined': 'Indicator defined',
    'indicator.value-recorded': 'Indicator value recorded',
    'indicator.values-imported': 'Indicator values imported',
    'task.created': 'Task created',
    'task.announced': 'Task announced',
    'task.completed': 'Task completed',
    'task.cancelled': 'Task cancelled',
    'task.expired': 'Task expired',
    'task.escalated': 'Task escalated',
    'task.reminder_sent': 'Reminder sent',
    'task.reassigned': 'Task reassigned',
    'task.due_date_changed': "Task's due date changed",
    'task.invitation_sent': 'Invitation sent',
    'task.closed': 'Task closed',
    'cohort.listed': 'Put on a list',
    'cohort.participant_admitted': 'Participant admitted',
    'cohort.place_offered': 'Place offered',
    'cohort.offer_accepted': 'Offer accepted',
    'cohort.offer_declined': 'Offer declined',
    'cohort.offer_expired': 'Offer expired',
    'cohort.participant_withdrawn': 'Participant withdrew',
    'cohort.participant_dropped_out': 'Participant dropped out',
    'person.erased': 'Personal data erased',
    'person.handed_over': 'Handed over to a successor',
    'person.absence_set': 'Absence with a substitute',
    'person.absence_ended': 'Absence ended',
    'calendar.closures_set': 'Closure days registered',
    'command.accepted': 'Command received',
  },
);
type KnownType = keyof typeof TYPES.sv;
type AuditEntry = Schemas['AuditEntryView'];
const KNOWN_TYPES = Object.keys(TYPES.sv) as KnownType[];
const PREFIXES = [...new Set(KNOWN_TYPES.map((t) => `${t.split('.')[0]}.*`))];

/** The filters as the URL keeps them (short names, dates as YYYY-MM-DD). */
const FILTER_KEYS = ['program', 'phase', 'type', 'person', 'organization', 'activity', 'cohort', 'from', 'to'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Filters = Partial<Record<FilterKey, string>>;

export const PAGE_SIZE = 50;

/** Midnight of a calendar day in Stockholm, as an instant (the API compares instants). */
function stockholmMidnight(day: string, addDays = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
    .formatToParts(new Date(utc + 12 * 3_600_000))
    .find((p) => p.type === 'timeZoneName')?.value;
  const o = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? '');
  const minutes = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) : 0;
  return new Date(utc - minutes * 60_000).toISOString();
}

/** The API's query for the filters (the `to` day is inclusive on the page, exclusive in the API). */
function apiFilters(f: Filters) {
  return {
    programId: f.program,
    phase: f.phase,
    type: f.type,
    personId: f.person,
    organizationId: f.organization,
    activityId: f.activity,
    cohortId: f.cohort,
    from: f.from ? stockholmMidnight(f.from) : undefined,
    to: f.to ? stockholmMidnight(f.to, 1) : undefined,
  };
}

export function Audit(_props: { me: Me; params: Record<string, string> }) {
  const text = useMessages(M);
  const location = useLocation();
  const filters: Filters = Object.fromEntries(FILTER_KEYS.filter((k) => location.query[k]).map((k) => [k, location.query[k]]));
  const before = location.query.before && /^\d+$/.test(location.query.before) ? location.query.before : undefined;
  const filterKey = JSON.stringify(filters);
  const entries = useLoad(() => ok(api.GET('/audit', { params: { query: compact({ ...apiFilters(filters), limit: PAGE_SIZE, before }) } })), [filterKey, before]);
  const programs = useLoad(() => ok(api.GET('/programs', { params: { query: { limit: 100 } } })), []);
  const templates = useLoad(() => ok(api.GET('/programs/templates')), []);
  const directory = useDirectory();
  const link = (f: Filters, cursor?: string) => `/app/audit${query({ ...f, before: cursor })}`;

  // Paging moves focus to the list's heading, so keyboard and screen-reader users land on the new page.
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [before]);

  return (
    <>
      <PageTitle title={text('title')}>{text('title')}</PageTitle>
      <p class="lead">{text('lead')}</p>
      <ChainStatus />
      <FilterForm key={filterKey} filters={filters} programs={programs.data?.items ?? []} templates={templates.data ?? []} directory={directory.data} onApply={(f) => location.route(link(f))} />
      <section aria-labelledby="audit-entries" class="audit-entries">
        <div class="audit-entries-head">
          <h2 id="audit-entries" ref={heading} tabIndex={-1}>
            {text('entries')}
          </h2>
          <ExportButtons filters={filters} />
        </div>
        <Loading resource={entries}>
          {(page) => (
            <>
              {entries.error ? <ProblemAlert error={entries.error} /> : null}
              <p role="status" class="muted" data-testid="audit-count">
                {page.items.length === 1 && !before ? text('shownOne') : page.items.length ? text(before ? 'shownOlder' : 'shown', { n: page.items.length }) : text('none')}
              </p>
              {page.items.length ? (
                <EntryTable entries={page.items} programs={programs.data?.items ?? []} directory={directory.data} />
              ) : null}
              {before || page.nextCursor ? (
                <nav aria-label={text('paging')} class="pager">
                  {before ? <a href={link(filters)}>← {text('newest')}</a> : null}
                  {page.nextCursor ? (
                    <a href={link(filters, page.nextCursor)} data-testid="older" rel="next">
                      {text('older')} →
                    </a>
                  ) : null}
                </nav>
              ) : null}
            </>
          )}
        </Loading>
      </section>
    </>
  );
}

function ChainStatus() {
  const text = useMessages(M);
  const { number } = useI18n();
  const verify = useLoad(() => ok(api.GET('/audit/verify')), []);
  return (
    <section aria-labelledby="audit-chain" class="audit-chain">
      <h2 id="audit-chain">{text('chain')}</h2>
      <Loading resource={verify}>
        {(v) =>
          v.valid ? (
            <div class="alert alert-success" data-testid="chain-status" data-valid="true">
              <p>
                <strong>✓ {text('chainValid', { n: number(v.entries) })}</strong>
              </p>
              {v.head ? (
                <p class="muted chain-head">
                  {text('chainHead', { seq: v.head.seq, hash: '' })}
                  <code>{v.head.hash.slice(0, 16)}…</code>
                </p>
              ) : null}
            </div>
          ) : (
            <div class="alert alert-error" data-testid="chain-status" data-valid="false">
              <p>
                <strong>✗ {text('chainBroken', { seq: v.firstBroken?.seq ?? '?', reason: v.firstBroken ? text(`reason.${v.firstBroken.reason}`) : '?' })}</strong>
              </p>
            </div>
          )
        }
      </Loading>
    </section>
  );
}

function FilterForm({ filters, programs, templates, directory, onApply }: { filters: Filters; programs: Program[]; templates: Template[]; directory: Directory | undefined; onApply(f: Filters): void }) {
  const text = useMessages(M);
  const types = useMessages(TYPES);
  const { l } = useI18n();
  const [f, setF] = useState<Filters>(filters);
  const set = (key: FilterKey) => (e: Event) => setF({ ...f, [key]: (e.currentTarget as HTMLInputElement).value.trim() });
  const submit = (e: Event) => {
    e.preventDefault();
    onApply(Object.fromEntries(Object.entries(f).filter(([, v]) => v)));
  };
  // The phases of the chosen program's template (or of every template when no program is chosen).
  const program = programs.find((p) => p.id === f.program);
  const phases = templates.filter((t) => !program || t.key === program.templateKey).flatMap((t) => t.phases.map((ph) => ({ key: ph.key, name: `${l(ph.name)}${program ? '' : ` (${l(t.name)})`}` })));
  const persons = [...(directory?.persons ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const organizations = [...(directory?.organizations ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const keep = (list: { id: string }[], id: string | undefined) => id && !list.some((x) => x.id === id);
  return (
    <form class="card audit-filters" role="search" aria-labelledby="audit-filters" onSubmit={submit}>
      <h2 id="audit-filters">{text('filters')}</h2>
      <div class="filter-grid">
        <div>
          <label for="f-program">{text('program')}</label>
          <select id="f-program" value={f.program ?? ''} onChange={set('program')}>
            <option value="">{text('any')}</option>
            {keep(programs, f.program) ? <option value={f.program}>{f.program}</option> : null}
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-phase">{text('phase')}</label>
          <select id="f-phase" value={f.phase ?? ''} onChange={set('phase')}>
            <option value="">{text('any')}</option>
            {f.phase && !phases.some((p) => p.key === f.phase) ? <option value={f.phase}>{f.phase}</option> : null}
            {phases.map((p) => (
              <option key={`${p.key}${p.name}`} value={p.key}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-type">{text('type')}</label>
          <input id="f-type" type="text" list="f-types" value={f.type ?? ''} onInput={set('type')} aria-describedby="f-type-hint" autocomplete="off" spellcheck={false} />
          <datalist id="f-types">
            {[...PREFIXES, ...KNOWN_TYPES].map((t) => (
              <option key={t} value={t}>
                {t.endsWith('*') ? t : types(t as KnownType)}
              </option>
            ))}
          </datalist>
          <p id="f-type-hint" class="hint">
            {text('typeHint')}
          </p>
        </div>
        <div>
          <label for="f-person">{text('person')}</label>
          <select id="f-person" value={f.person ?? ''} onChange={set('person')}>
            <option value="">{text('any')}</option>
            {keep(persons, f.person) ? <option value={f.person}>{f.person}</option> : null}
            {persons.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-organization">{text('organization')}</label>
          <select id="f-organization" value={f.organization ?? ''} onChange={set('organization')}>
            <option value="">{text('any')}</option>
            {keep(organizations, f.organization) ? <option value={f.organization}>{f.organization}</option> : null}
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="f-activity">{text('activity')}</label>
          <input id="f-activity" type="text" value={f.activity ?? ''} onInput={set('activity')} autocomplete="off" spellcheck={false} />
        </div>
        <div>
          <label for="f-cohort">{text('cohort')}</label>
          <input id="f-cohort" type="text" value={f.cohort ?? ''} onInput={set('cohort')} autocomplete="off" spellcheck={false} />
        </div>
        <div>
          <label for="f-from">{text('from')}</label>
          <input id="f-from" type="date" value={f.from ?? ''} onInput={set('from')} />
        </div>
        <div>
          <label for="f-to">{text('to')}</label>
          <input id="f-to" type="date" value={f.to ?? ''} onInput={set('to')} />
        </div>
      </div>
      <p class="filter-actions">
        <button type="submit" class="primary">
          {text('apply')}
        </button>
        <a href="/app/audit">{text('clear')}</a>
      </p>
    </form>
  );
}

function ExportButtons({ filters }: { filters: Filters }) {
  const text = useMessages(M);
  const command = useCommand();
  const [done, setDone] = useState<string | null>(null);
  const run = async (format: 'csv' | 'jsonl') => {
    setDone(null);
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    const file = `granskningslogg-${stamp}.${format}`;
    const ok = await command.run(async () => {
      await download(api.GET('/audit/export', { params: { query: compact({ ...apiFilters(filters), format }) }, ...asFile }), file);
      return true;
    });
    if (ok) setDone(file);
  };
  return (
    <div class="audit-export" role="group" aria-labelledby="audit-export-label">
      <span id="audit-export-label" class="visually-hidden">
        {text('export')}
      </span>
      <button type="button" disabled={command.busy} onClick={() => run('csv')} aria-describedby="audit-export-lead">
        {text('csv')}
      </button>
      <button type="button" disabled={command.busy} onClick={() => run('jsonl')} aria-describedby="audit-export-lead">
        {text('jsonl')}
      </button>
      <p id="audit-export-lead" class="hint">
        {text('exportLead')}
      </p>
      <p role="status" class="hint">
        {command.busy ? text('exporting') : done ? text('exported', { file: done }) : ''}
      </p>
      <ProblemAlert error={command.error} />
    </div>
  );
}

function EntryTable({ entries, programs, directory }: { entries: AuditEntry[]; programs: Program[]; directory: Directory | undefined }) {
  const text = useMessages(M);
  const types = useMessages(TYPES);
  const { t, dateTime } = useI18n();
  const programName = (id: string | null) => (id ? programs.find((p) => p.id === id)?.name ?? id.slice(0, 8) : '');
  const person = (id: string | null) => (id ? directory?.person.get(id) ?? id : '');
  const roleName = (role: string | null) => (role && ['project_office', 'contact_person', 'manager', 'participant'].includes(role) ? t(`role.${role}` as MessageKey) : role ?? '');
  return (
    <div class="table-scroll">
      <table class="audit-table" data-testid="audit-entries">
        <caption class="visually-hidden">{text('entries')}</caption>
        <Head columns={[text('time'), text('event'), text('actor'), text('role'), text('program'), text('summary'), text('workflow')]} />
        <tbody>
          {entries.map((e) => {
            const s = summarize(e.data, directory, dateTime);
            const known = (KNOWN_TYPES as string[]).includes(e.type);
            return (
              <tr key={e.seq} data-seq={e.seq} data-type={e.type}>
                <th scope="row" class="nowrap">
                  <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time>
                  <span class="seq">#{e.seq}</span>
                </th>
                <td>
                  {known ? <span class="event-name">{types(e.type as KnownType)}</span> : null}
                  <code class="event-type">{e.type}</code>
                </td>
                <td>{e.actorKind === 'person' && e.actorId ? person(e.actorId) : <span class="muted">{e.actorId ? `${text('system')} (${e.actorId})` : text('system')}</span>}</td>
                <td>{roleName(e.actorRole)}</td>
                <td>{e.programId ? <a href={`/app/programs/${e.programId}`}>{programName(e.programId)}</a> : ''}</td>
                <td class="data-summary">
                  {e.phaseKey ? <span class="badge badge-pending">{e.phaseKey}</span> : null} {s.text}
                  {s.more ? <span class="muted"> {text('more', { n: s.more })}</span> : null}
                </td>
                <td>
                  {e.workflowId ? (
                    <a href={`/app/audit/workflows/${encodeURIComponent(e.workflowId)}`} data-testid="workflow-link" data-workflow={e.workflowId}>
                      {text('history')}
                      <span class="visually-hidden"> – {e.workflowId}</span>
                    </a>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
