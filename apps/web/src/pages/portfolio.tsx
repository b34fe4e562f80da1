import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, compact, ok, query, type Schemas } from '../api.js';
import { Chart } from '../components/chart.js';
import { Loading, ProblemAlert, StatusBadge } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { Head } from '../components/table.js';
import { useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { FirstRunPanel } from '../components/first-run.js';
import type { Me } from '../session.js';
import './portfolio.css';

type Portfolio = Schemas['PortfolioView'];
type Row = Portfolio['items'][number];
type Reason = Row['reasons'][number];

const STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
const KINDS = ['program', 'cohort'] as const;
const NEEDS = ['gatesWaiting', 'overdueTasks', 'offersExpiring', 'activitiesWithoutReport'] as const;
type Need = (typeof NEEDS)[number];

/** The overview's filters, kept in the address. */
interface Filters {
  status?: (typeof STATUSES)[number];
  kind?: (typeof KINDS)[number];
  organizationId?: string;
  needs?: Need;
}

const M = defineMessages(
  {
    title: 'Portföljöversikt',
    lead: 'Alla program och kohorter: var de står, om de går enligt plan och varför inte.',
    allPrograms: 'Alla program',
    needsAction: 'Att åtgärda',
    'needs.gatesWaiting': 'Beslutspunkter som väntar',
    'needs.overdueTasks': 'Försenade uppgifter',
    'needs.offersExpiring': 'Erbjudanden som snart går ut',
    'needs.activitiesWithoutReport': 'Aktiviteter utan statusrapport',
    filters: 'Filter',
    status: 'Status',
    kind: 'Typ',
    organization: 'Organisation',
    any: 'Alla',
    apply: 'Filtrera',
    clear: 'Rensa filter',
    'status.on-track': 'Enligt plan',
    'status.at-risk': 'Risk',
    'status.off-track': 'Avviker',
    'kind.program': 'Program',
    'kind.cohort': 'Kohort',
    name: 'Namn',
    program: 'Program',
    phase: 'Fas',
    why: 'Varför',
    rows: 'Program och kohorter',
    onlyNeeds: 'Visar bara de med: {what}.',
    showAll: 'Visa alla',
    empty: 'Inga program eller kohorter matchar filtren.',
    closed: 'Avslutat',
    noReason: '–',
    truncated: 'Översikten visar de 200 senaste programmen och kohorterna.',
    chart: 'Försenade och snart förfallande uppgifter per organisation',
    overdue: 'Försenade',
    dueSoon: 'Förfaller inom tre dagar',
    tasks: 'Uppgifter',
    noOrganization: 'Utan organisation',
    noTasks: 'Inga försenade eller snart förfallande uppgifter.',
  },
  {
    title: 'Portfolio overview',
    lead: 'Every program and cohort: where it stands, whether it is on track, and why not.',
    allPrograms: 'All programs',
    needsAction: 'Needs action',
    'needs.gatesWaiting': 'Gates waiting',
    'needs.overdueTasks': 'Overdue tasks',
    'needs.offersExpiring': 'Offers about to expire',
    'needs.activitiesWithoutReport': 'Activities without a status report',
    filters: 'Filters',
    status: 'Status',
    kind: 'Kind',
    organization: 'Organization',
    any: 'All',
    apply: 'Filter',
    clear: 'Clear filters',
    'status.on-track': 'On track',
    'status.at-risk': 'At risk',
    'status.off-track': 'Off track',
    'kind.program': 'Program',
    'kind.cohort': 'Cohort',
    name: 'Name',
    program: 'Program',
    phase: 'Phase',
    why: 'Why',
    rows: 'Programs and cohorts',
    onlyNeeds: 'Showing only those with: {what}.',
    showAll: 'Show all',
    empty: 'No program or cohort matches the filters.',
    closed: 'Closed',
    noReason: '–',
    truncated: 'The overview shows the newest 200 programs and cohorts.',
    chart: 'Overdue and due-soon tasks per organization',
    overdue: 'Overdue',
    dueSoon: 'Due within three days',
    tasks: 'Tasks',
    noOrganization: 'No organization',
    noTasks: 'No overdue or due-soon tasks.',
  },
);

/** A status as the badges colour it: on track green, at risk amber, off track red. */
const BADGE: Record<string, string> = { 'on-track': 'completed', 'at-risk': 'due-soon', 'off-track': 'overdue' };

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined => (allowed.includes(value as T) ? (value as T) : undefined);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The project office's home: the portfolio's programs and cohorts with their status, the counts that need action, tasks per organization. */
export function Portfolio(_props: { me: Me }) {
  const text = useMessages(M);
  const location = useLocation();
  const q = location.query;
  const filters: Filters = compact({ status: pick(q.status, STATUSES), kind: pick(q.kind, KINDS), organizationId: q.organizationId && UUID.test(q.organizationId) ? q.organizationId : undefined, needs: pick(q.needs, NEEDS) });
  const key = JSON.stringify(filters);
  // Tasks, gates, cohorts, activities and indicators move the overview; the office hears of every change.
  const portfolio = useLoad(() => ok(api.GET('/portfolio', { params: { query: filters } })), [key], 10_000, (c) => c.programId !== null || c.cohortId !== null || c.type.startsWith('task.'));
  const organizations = useLoad(() => ok(api.GET('/organizations', { params: { query: { limit: 100 } } })), []);
  const link = (f: Filters) => `/app/portfolio${query({ ...f })}`;
  return (
    <>
      <PageTitle title={text('title')}>{text('title')}</PageTitle>
      <p class="lead">
        {text('lead')} <a href="/app/programs">{text('allPrograms')}</a>
      </p>
      <FilterForm key={key} filters={filters} organizations={organizations.data?.items ?? []} onApply={(f) => location.route(link(f))} />
      <Loading resource={portfolio}>
        {(p) => (
          <>
            {portfolio.error ? <ProblemAlert error={portfolio.error} /> : null}
            {key === '{}' && !p.truncated && !p.items.some((row) => row.kind === 'program') ? <FirstRunPanel programs={0} programLink="/app/programs#create-program" /> : null}
            <NeedsAction totals={p.totals} filters={filters} link={link} />
            <Rows portfolio={p} filters={filters} link={link} />
            <ByOrganization portfolio={p} />
          </>
        )}
      </Loading>
    </>
  );
}

function FilterForm({ filters, organizations, onApply }: { filters: Filters; organizations: Schemas['OrganizationView'][]; onApply(f: Filters): void }) {
  const text = useMessages(M);
  const [f, setF] = useState<Filters>(filters);
  const set = (k: keyof Filters, v: string) => setF((old) => ({ ...old, [k]: v || undefined }));
  return (
    <form
      class="card portfolio-filters"
      role="search"
      aria-labelledby="portfolio-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(f);
      }}
    >
      <h2 id="portfolio-filters">{text('filters')}</h2>
      <div class="portfolio-filter-grid">
        <div>
          <label for="portfolio-status">{text('status')}</label>
          <select id="portfolio-status" value={f.status ?? ''} onChange={(e) => set('status', e.currentTarget.value)}>
            <option value="">{text('any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {text(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="portfolio-kind">{text('kind')}</label>
          <select id="portfolio-kind" value={f.kind ?? ''} onChange={(e) => set('kind', e.currentTarget.value)}>
            <option value="">{text('any')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {text(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="portfolio-organization">{text('organization')}</label>
          <select id="portfolio-organization" value={f.organizationId ?? ''} onChange={(e) => set('organizationId', e.currentTarget.value)}>
            <option value="">{text('any')}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="portfolio-filter-actions">
        <button type="submit" class="primary">
          {text('apply')}
        </button>
        <a href="/app/portfolio">{text('clear')}</a>
      </p>
    </form>
  );
}

/** The counts that need action, each a link to the list behind it: the overdue tasks in the task list, the others as the rows that have them. */
function NeedsAction({ totals, filters, link }: { totals: Portfolio['totals']; filters: Filters; link(f: Filters): string }) {
  const text = useMessages(M);
  const { number } = useI18n();
  const href = (need: Need) => (need === 'overdueTasks' ? `/app/tasks${query({ due: 'overdue' })}` : link({ ...filters, needs: need }));
  return (
    <section aria-labelledby="portfolio-needs">
      <h2 id="portfolio-needs">{text('needsAction')}</h2>
      <ul class="portfolio-counts">
        {NEEDS.map((need) => (
          <li key={need}>
            <a href={href(need)} data-testid={`count-${need}`} data-count={totals[need]}>
              <strong class="portfolio-count">{number(totals[need])}</strong> {text(`needs.${need}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where a reason leads: the list or page behind it. */
function reasonHref(row: Row, reason: Reason): string {
  if (row.kind === 'cohort') return reason.signal === 'overdueTasks' ? `/app/tasks${query({ due: 'overdue', programId: row.programId })}` : `/app/cohorts/${row.id}`;
  switch (reason.signal) {
    case 'overdueTasks':
      return `/app/tasks${query({ due: 'overdue', programId: row.programId })}`;
    case 'activitiesWithoutReport':
      return `/app/programs/${row.programId}/matrix`;
    case 'indicatorsBehind':
      return `/app/programs/${row.programId}/effect-goals`;
    default:
      return `/app/programs/${row.programId}`;
  }
}

function Rows({ portfolio, filters, link }: { portfolio: Portfolio; filters: Filters; link(f: Filters): string }) {
  const text = useMessages(M);
  const { l } = useI18n();
  return (
    <section aria-labelledby="portfolio-rows">
      <h2 id="portfolio-rows">{text('rows')}</h2>
      {filters.needs ? (
        <p class="muted">
          {text('onlyNeeds', { what: text(`needs.${filters.needs}`).toLowerCase() })} <a href={link({ ...filters, needs: undefined })}>{text('showAll')}</a>
        </p>
      ) : null}
      {portfolio.truncated ? <p class="muted">{text('truncated')}</p> : null}
      {portfolio.items.length ? (
        <table data-testid="portfolio">
          <caption class="visually-hidden">{text('rows')}</caption>
          <Head columns={[text('name'), text('kind'), text('program'), text('phase'), text('status'), text('why')]} />
          <tbody>
            {portfolio.items.map((row) => (
              <tr key={`${row.kind}-${row.id}`} data-id={row.id} data-status={row.status}>
                <td>
                  <a href={row.kind === 'cohort' ? `/app/cohorts/${row.id}` : `/app/programs/${row.id}`}>{row.name}</a>
                </td>
                <td>{text(`kind.${row.kind as 'program' | 'cohort'}`)}</td>
                <td>{row.kind === 'cohort' ? <a href={`/app/programs/${row.programId}`}>{row.programName}</a> : '–'}</td>
                <td>{row.phase ? l(row.phase.name) : row.programStatus === 'closed' ? text('closed') : '–'}</td>
                <td>
                  <StatusBadge status={BADGE[row.status]} label={text(`status.${row.status as (typeof STATUSES)[number]}`)} />
                </td>
                <td>
                  {row.reasons.length ? (
                    <ul class="portfolio-reasons" data-testid="reasons">
                      {row.reasons.map((r) => (
                        <li key={r.signal}>
                          <a href={reasonHref(row, r)}>{l(r.label)}</a>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    text('noReason')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{text('empty')}</p>
      )}
    </section>
  );
}

function ByOrganization({ portfolio }: { portfolio: Portfolio }) {
  const text = useMessages(M);
  const rows = portfolio.byOrganization;
  return (
    <section aria-labelledby="portfolio-chart">
      <h2 id="portfolio-chart">{text('chart')}</h2>
      {rows.length ? (
        <Chart
          id="portfolio-by-organization"
          title={text('chart')}
          horizontal
          valueName={text('tasks')}
          height={Math.max(160, 60 + rows.length * 36)}
          categories={rows.map((o) => o.name ?? text('noOrganization'))}
          series={[
            { name: text('overdue'), data: rows.map((o) => o.overdue) },
            { name: text('dueSoon'), data: rows.map((o) => o.dueSoon) },
          ]}
        />
      ) : (
        <p>{text('noTasks')}</p>
      )}
    </section>
  );
}
