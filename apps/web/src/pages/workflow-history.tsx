import { useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api.js';
import { summarize, useDirectory } from '../components/audit-names.js';
import { Loading } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { Head } from '../components/table.js';
import { useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Me } from '../session.js';
import './manager.css';

const M = defineMessages(
  {
    title: 'Arbetsflödets historik',
    back: 'Till granskningsloggen',
    lead: 'Arbetsflödet {id} och de arbetsflöden det startade, i tidsordning: vilka uppdateringar och signaler som kom och från vem, vilka timrar som löpte ut, vilka aktiviteter som kördes och hur de slutade.',
    summary: '{n} händelser i {w} arbetsflöden.',
    workflows: 'Arbetsflöden',
    root: 'detta arbetsflöde',
    entries: 'Händelser',
    count: '{n} händelser',
    show: 'Visa',
    all: 'Alla arbetsflöden',
    only: 'Bara {id}',
    order: 'Nr',
    time: 'Tid',
    workflow: 'Arbetsflöde',
    kind: 'Slag',
    what: 'Vad',
    actor: 'Aktör',
    outcome: 'Utfall',
    detail: 'Uppgifter',
    'kind.workflow': 'Arbetsflöde',
    'kind.update': 'Uppdatering',
    'kind.signal': 'Signal',
    'kind.timer': 'Timer',
    'kind.activity': 'Aktivitet',
    'kind.child': 'Underarbetsflöde',
    none: 'Inga händelser.',
    more: '+{n} till',
  },
  {
    title: "The workflow's history",
    back: 'To the audit log',
    lead: 'The workflow {id} and the workflows it started, in time order: which updates and signals arrived and from whom, which timers fired, which activities ran and how they ended.',
    summary: '{n} events in {w} workflows.',
    workflows: 'Workflows',
    root: 'this workflow',
    entries: 'Events',
    count: '{n} events',
    show: 'Show',
    all: 'All workflows',
    only: 'Only {id}',
    order: 'No.',
    time: 'Time',
    workflow: 'Workflow',
    kind: 'Kind',
    what: 'What',
    actor: 'Actor',
    outcome: 'Outcome',
    detail: 'Details',
    'kind.workflow': 'Workflow',
    'kind.update': 'Update',
    'kind.signal': 'Signal',
    'kind.timer': 'Timer',
    'kind.activity': 'Activity',
    'kind.child': 'Child workflow',
    none: 'No events.',
    more: '+{n} more',
  },
);

const historyHref = (id: string) => `/app/audit/workflows/${encodeURIComponent(id)}`;

export function WorkflowHistory({ params }: { me: Me; params: Record<string, string> }) {
  const text = useMessages(M);
  const workflowId = params.workflowId ?? '';
  const timeline = useLoad(() => ok(api.GET('/audit/workflows/{workflowId}/timeline', { params: { path: { workflowId } } })), [workflowId]);
  return (
    <>
      <p class="muted">
        <a href="/app/audit">← {text('back')}</a>
      </p>
      <PageTitle title={`${text('title')} – ${workflowId}`}>
        {text('title')} <span class="muted workflow-id">· {workflowId}</span>
      </PageTitle>
      <p class="lead">{text('lead', { id: workflowId })}</p>
      <Loading resource={timeline}>{(t) => <History timeline={t} />}</Loading>
    </>
  );
}

function History({ timeline }: { timeline: Schemas['TimelineView'] }) {
  const text = useMessages(M);
  const { dateTime, number, lang } = useI18n();
  const directory = useDirectory();
  // Events of a workflow come seconds apart: the time here is to the second (Stockholm time).
  const fmt = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Stockholm' });
  const at = (iso: string) => fmt.format(new Date(iso));
  const [only, setOnly] = useState('');
  // The workflows in the order they appear, each with who started it (from the parent's "child" lines).
  const parents = new Map<string, string>();
  for (const i of timeline.items) {
    if (i.kind !== 'child' || !i.what.startsWith('started ')) continue;
    const child = i.what.split(' ').pop();
    if (child && !parents.has(child)) parents.set(child, i.workflowId);
  }
  const counts = new Map<string, number>();
  for (const i of timeline.items) counts.set(i.workflowId, (counts.get(i.workflowId) ?? 0) + 1);
  const workflows = [timeline.workflowId, ...[...counts.keys()].filter((id) => id !== timeline.workflowId)];
  // Nested as started: a workflow without a known parent hangs under the one this page is about.
  const childrenOf = new Map<string, string[]>();
  for (const id of workflows.slice(1)) {
    const parent = parents.get(id) && workflows.includes(parents.get(id)!) ? parents.get(id)! : timeline.workflowId;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), id]);
  }
  const items = only ? timeline.items.filter((i) => i.workflowId === only) : timeline.items;
  const person = (id?: string) => (id ? directory.data?.person.get(id) ?? id : '');
  return (
    <>
      <p data-testid="history-summary">
        <strong>{text('summary', { n: number(timeline.items.length), w: number(timeline.workflows) })}</strong>
      </p>
      <details class="card workflow-tree" open>
        <summary>
          {text('workflows')} ({number(workflows.length)})
        </summary>
        <WorkflowTree id={timeline.workflowId} root={timeline.workflowId} childrenOf={childrenOf} counts={counts} />
      </details>
      <section aria-labelledby="history-entries">
        <h2 id="history-entries">{text('entries')}</h2>
        {workflows.length > 1 ? (
          <div class="history-filter">
            <label for="history-only">{text('show')}</label>
            <select id="history-only" value={only} onChange={(e) => setOnly(e.currentTarget.value)}>
              <option value="">{text('all')}</option>
              {workflows.map((id) => (
                <option key={id} value={id}>
                  {text('only', { id })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {items.length ? (
          <div class="table-scroll">
            <table class="history-table" data-testid="history">
              <caption class="visually-hidden">{text('entries')}</caption>
              <Head columns={[{ text: text('order'), num: true }, text('time'), text('workflow'), text('kind'), text('what'), text('actor'), text('outcome'), text('detail')]} />
              <tbody>
                {items.map((i, n) => {
                  const s = summarize(i.detail, directory.data, dateTime);
                  const child = i.kind === 'child' && i.what.startsWith('started ') ? i.what.split(' ').pop() : undefined;
                  return (
                    <tr key={`${n}`} data-kind={i.kind} data-workflow={i.workflowId} class={i.workflowId === timeline.workflowId ? undefined : 'child-row'}>
                      <td class="num">{n + 1}</td>
                      <th scope="row" class="nowrap">
                        <time dateTime={i.at}>{at(i.at)}</time>
                      </th>
                      <td class="workflow-cell">{i.workflowId === timeline.workflowId ? <span class="muted">{text('root')}</span> : <WorkflowLink id={i.workflowId} root={timeline.workflowId} />}</td>
                      <td>
                        <span class={`kind kind-${i.kind}`}>{text(`kind.${i.kind}`)}</span>
                      </td>
                      <td class="what" data-what={i.what}>
                        {child ? (
                          <>
                            {i.what.slice(0, -child.length)}
                            <WorkflowLink id={child} root={timeline.workflowId} />
                          </>
                        ) : (
                          i.what
                        )}
                      </td>
                      <td>{person(i.actorId)}</td>
                      <td>{i.outcome ? <span class={i.outcome === 'completed' ? 'outcome-ok' : 'outcome-other'}>{i.outcome}</span> : ''}</td>
                      <td class="data-summary">
                        {s.text}
                        {s.more ? <span class="muted"> {text('more', { n: s.more })}</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{text('none')}</p>
        )}
      </section>
    </>
  );
}

/** A workflow id made short enough to read: the part after this page's workflow, or a UUID cut to its first group. */
function shortId(id: string, root: string): string {
  if (id.startsWith(`${root}-`)) return `…${id.slice(root.length)}`;
  const m = /^([a-z]+)-([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(.*)$/.exec(id);
  return m ? `${m[1]}-${m[2]}…${m[3]}` : id;
}

function WorkflowLink({ id, root }: { id: string; root: string }) {
  const short = shortId(id, root);
  return (
    <a href={historyHref(id)} data-workflow={id}>
      {short}
      {short !== id ? <span class="visually-hidden"> ({id})</span> : null}
    </a>
  );
}

function WorkflowTree({ id, root, childrenOf, counts }: { id: string; root: string; childrenOf: Map<string, string[]>; counts: Map<string, number> }) {
  const text = useMessages(M);
  const kids = childrenOf.get(id) ?? [];
  return (
    <ul data-testid={id === root ? 'workflow-list' : undefined}>
      {id === root ? (
        <li>
          <code>{id}</code> <span class="muted">({text('root')}) · {text('count', { n: counts.get(id) ?? 0 })}</span>
          {kids.length ? <WorkflowChildren ids={kids} root={root} childrenOf={childrenOf} counts={counts} /> : null}
        </li>
      ) : null}
    </ul>
  );
}

function WorkflowChildren({ ids, root, childrenOf, counts }: { ids: string[]; root: string; childrenOf: Map<string, string[]>; counts: Map<string, number> }) {
  const text = useMessages(M);
  return (
    <ul>
      {ids.map((id) => {
        const kids = childrenOf.get(id) ?? [];
        return (
          <li key={id}>
            <WorkflowLink id={id} root={root} /> <span class="muted">· {text('count', { n: counts.get(id) ?? 0 })}</span>
            {kids.length ? <WorkflowChildren ids={kids} root={root} childrenOf={childrenOf} counts={counts} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
