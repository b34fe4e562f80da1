import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, ok, succeeded } from '../api.js';
import { Loading, ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Me } from '../session.js';
import type { Task } from '../types.js';
import { AbsenceSection } from './absence.js';

const SOON_MS = 3 * 24 * 3600_000;

const M = defineMessages(
  {
    title: 'Mina uppgifter',
    titleAll: 'Uppgifter',
    allLead: 'Projektkontoret ser allas uppgifter.',
    overdue: 'Försenade',
    soon: 'Förfaller inom tre dagar',
    later: 'Senare',
    done: 'Klara',
    showDone: 'Visa klara uppgifter',
    showOpen: 'Visa öppna uppgifter',
    empty: 'Inga uppgifter här.',
    inboxEmpty: 'Du har inga öppna uppgifter. Bra jobbat!',
    due: 'Ska vara klar',
    'badge.overdue': 'Försenad',
    'badge.due-soon': 'Snart',
    'badge.done': 'Klar',
    'badge.cancelled': 'Avbruten',
    onlyOverdue: 'Visar bara försenade uppgifter.',
    onlyOverdueProgram: 'Visar bara programmets försenade uppgifter.',
    showAllTasks: 'Visa alla uppgifter',
    meeting: 'Möte {when}',
    calendar: 'Kalenderprenumeration',
    calendarLead: 'Prenumerera på dina uppgifter och möten i Outlook, Google eller Apple Kalender med en hemlig länk.',
    calendarActive: 'Du har en länk sedan {when}. En ny länk ersätter den gamla.',
    calendarCreate: 'Skapa länk',
    calendarRenew: 'Skapa ny länk',
    calendarRevoke: 'Ta bort länken',
    calendarUrl: 'Din kalenderlänk (visas bara nu – kopiera den)',
    calendarRevoked: 'Länken är borttagen.',
    substituteFor: 'Som ersättare för {name}',
    select: 'Markera {title}',
    handTo: 'Lämna över markerade till',
    choosePerson: 'Välj person',
    handOver: 'Lämna över',
    handedOver: '{n} uppgifter lämnades över till {name}.',
    noneSelected: 'Markera minst en uppgift.',
  },
  {
    title: 'My tasks',
    titleAll: 'Tasks',
    allLead: "The project office sees everyone's tasks.",
    overdue: 'Overdue',
    soon: 'Due within three days',
    later: 'Later',
    done: 'Done',
    showDone: 'Show done tasks',
    showOpen: 'Show open tasks',
    empty: 'No tasks here.',
    inboxEmpty: 'You have no open tasks. Well done!',
    due: 'Due',
    'badge.overdue': 'Overdue',
    'badge.due-soon': 'Soon',
    'badge.done': 'Done',
    'badge.cancelled': 'Cancelled',
    onlyOverdue: 'Showing overdue tasks only.',
    onlyOverdueProgram: "Showing the program's overdue tasks only.",
    showAllTasks: 'Show all tasks',
    meeting: 'Meeting {when}',
    calendar: 'Calendar subscription',
    calendarLead: 'Subscribe to your tasks and meetings in Outlook, Google or Apple Calendar with a secret link.',
    calendarActive: 'You have had a link since {when}. A new link replaces the old one.',
    calendarCreate: 'Create link',
    calendarRenew: 'Create a new link',
    calendarRevoke: 'Remove the link',
    calendarUrl: 'Your calendar link (shown only now – copy it)',
    calendarRevoked: 'The link is removed.',
    substituteFor: 'As the substitute of {name}',
    select: 'Select {title}',
    handTo: 'Hand the selected to',
    choosePerson: 'Choose a person',
    handOver: 'Hand over',
    handedOver: '{n} tasks were handed to {name}.',
    noneSelected: 'Select at least one task.',
  },
);

/** The inbox: open tasks with the overdue first, then those due within three days, then later ones. */
export function Inbox({ me }: { me: Me }) {
  const text = useMessages(M);
  const [showDone, setShowDone] = useState(false);
  const everyone = me.role === 'project_office' || me.role === 'manager';
  // The portfolio overview links here for the overdue tasks (of one program): ?due=overdue&programId=…
  const { query } = useLocation();
  const overdueOnly = query.due === 'overdue' && !showDone;
  const programId = overdueOnly && query.programId && /^[0-9a-f-]{36}$/i.test(query.programId) ? query.programId : undefined;
  // A task entry names its assignee: a change to one of mine (new, reminded, done, moved) reloads the inbox.
  const tasks = useLoad(
    () => ok(api.GET('/me/tasks', { params: { query: overdueOnly ? { limit: 100, due: 'overdue', ...(programId ? { programId } : {}) } : { limit: 100, status: showDone ? 'done' : 'open' } } })),
    [showDone, overdueOnly, programId],
    5000,
    (c) => c.personId === me.id || c.actorId === me.id || (everyone && overdueOnly),
  );
  const now = Date.now();
  // Names for the tasks one sees as a substitute (a contact person reads their own organization's people).
  const people = useLoad(() => (me.role === 'contact_person' || me.role === 'project_office' ? ok(api.GET('/persons', { params: { query: { limit: 100 } } })) : Promise.resolve(null)), [me.role]);
  const nameOf = (id: string) => people.data?.items.find((p) => p.id === id)?.displayName ?? id;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const selectable = me.role === 'project_office' && !showDone;
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? new Set(s).add(id) : new Set([...s].filter((x) => x !== id))));
  const groupProps = { nameOf, selectable, selected, toggle };
  return (
    <>
      <PageTitle title={text(everyone ? 'titleAll' : 'title')}>{text(everyone ? 'titleAll' : 'title')}</PageTitle>
      {everyone ? <p class="muted">{text('allLead')}</p> : null}
      {overdueOnly ? (
        <p class="muted" data-testid="inbox-filter">
          {text(programId ? 'onlyOverdueProgram' : 'onlyOverdue')} <a href="/app/tasks">{text('showAllTasks')}</a>
        </p>
      ) : null}
      <button type="button" class="link-button" aria-pressed={showDone} onClick={() => setShowDone(!showDone)}>
        {text(showDone ? 'showOpen' : 'showDone')}
      </button>
      <Loading resource={tasks}>
        {(page) => {
          if (showDone) return <TaskGroup heading={text('done')} tasks={page.items} id="done" {...groupProps} />;
          if (!page.items.length) return <p data-testid="inbox-empty">{text('inboxEmpty')}</p>;
          const overdue = page.items.filter((t) => t.overdue);
          const soon = page.items.filter((t) => !t.overdue && new Date(t.dueAt).getTime() - now < SOON_MS);
          const later = page.items.filter((t) => !overdue.includes(t) && !soon.includes(t));
          return (
            <div data-testid="inbox">
              {overdue.length ? <TaskGroup heading={text('overdue')} tasks={overdue} id="overdue" {...groupProps} /> : null}
              {soon.length ? <TaskGroup heading={text('soon')} tasks={soon} id="soon" {...groupProps} /> : null}
              {later.length ? <TaskGroup heading={text('later')} tasks={later} id="later" {...groupProps} /> : null}
              {selectable ? <BulkReassign selected={[...selected]} people={(people.data?.items ?? []).filter((p) => p.role === 'contact_person' || p.role === 'project_office')} onDone={() => (setSelected(new Set()), tasks.reload())} /> : null}
            </div>
          );
        }}
      </Loading>
      {me.role === 'contact_person' || me.role === 'project_office' ? <AbsenceSection me={me} /> : null}
      {me.role !== 'manager' ? <CalendarSubscription /> : null}
    </>
  );
}

interface GroupProps {
  nameOf(id: string): string;
  selectable: boolean;
  selected: Set<string>;
  toggle(id: string, on: boolean): void;
}

function TaskGroup({ heading, tasks, id, nameOf, selectable, selected, toggle }: { heading: string; tasks: Task[]; id: string } & GroupProps) {
  const { dateTime } = useI18n();
  const text = useMessages(M);
  const now = Date.now();
  return (
    <section aria-labelledby={`group-${id}`}>
      <h2 id={`group-${id}`}>
        {heading} ({tasks.length})
      </h2>
      {tasks.length ? (
        <ul class="task-list" data-group={id}>
          {tasks.map((t) => {
            const badge = t.status === 'open' ? (t.overdue ? 'overdue' : new Date(t.dueAt).getTime() - now < SOON_MS ? 'due-soon' : null) : t.status === 'cancelled' ? 'cancelled' : 'done';
            return (
              <li key={t.id} data-task-id={t.id}>
                {selectable ? <input type="checkbox" aria-label={text('select', { title: t.title })} checked={selected.has(t.id)} onChange={(e) => toggle(t.id, e.currentTarget.checked)} /> : null}
                <a href={`/app/tasks/${t.id}`}>{t.title}</a>
                {t.substituteFor ? (
                  <span class="tag" data-testid="substitute-for">
                    {text('substituteFor', { name: nameOf(t.substituteFor) })}
                  </span>
                ) : null}
                {badge ? <StatusBadge status={badge} label={text(`badge.${badge}`)} /> : null}
                <span class="muted">
                  {t.meeting ? text('meeting', { when: dateTime(t.meeting.startsAt) }) : `${text('due')}: ${dateTime(t.dueAt)}`}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{text('empty')}</p>
      )}
    </section>
  );
}

export function CalendarSubscription() {
  const { dateTime } = useI18n();
  const text = useMessages(M);
  const feed = useLoad(() => ok(api.GET('/me/calendar-feed')), []);
  const command = useCommand();
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const create = async () => {
    setRevoked(false);
    const created = await command.run(() => ok(api.POST('/me/calendar-feed')));
    if (created) {
      setUrl(created.url ?? null);
      feed.reload();
    }
  };
  const revoke = async () => {
    const done = await command.run(() => succeeded(api.DELETE('/me/calendar-feed')));
    if (done) {
      setUrl(null);
      setRevoked(true);
      feed.reload();
    }
  };
  return (
    <section class="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{text('calendar')}</h2>
      <p>{text('calendarLead')}</p>
      <Loading resource={feed}>
        {(f) => (
          <>
            {f.active && !url ? <p>{text('calendarActive', { when: dateTime(f.createdAt) })}</p> : null}
            <button type="button" disabled={command.busy} onClick={create}>
              {text(f.active ? 'calendarRenew' : 'calendarCreate')}
            </button>
            {f.active ? (
              <button type="button" disabled={command.busy} onClick={revoke}>
                {text('calendarRevoke')}
              </button>
            ) : null}
          </>
        )}
      </Loading>
      {url ? (
        <>
          <label for="calendar-url">{text('calendarUrl')}</label>
          <input id="calendar-url" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </>
      ) : null}
      {revoked ? <p role="status">{text('calendarRevoked')}</p> : null}
      <ProblemAlert error={command.error} />
    </section>
  );
}

/** The project office hands the selected tasks to one person: each is reassigned (its reminders start over for them). */
function BulkReassign({ selected, people, onDone }: { selected: string[]; people: { id: string; displayName: string }[]; onDone(): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const [assigneeId, setAssigneeId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    setEmpty(!selected.length);
    if (!selected.length) return;
    const moved = await command.run(async () => {
      let n = 0;
      for (const id of selected) {
        await ok(api.POST('/tasks/{id}/reassign', { params: { path: { id } }, body: { assigneeId } }));
        n++;
      }
      return n;
    });
    if (moved !== undefined) {
      setDone(text('handedOver', { n: moved, name: people.find((p) => p.id === assigneeId)?.displayName ?? '' }));
      onDone();
    } else onDone();
  };
  return (
    <form onSubmit={submit} class="card" data-testid="bulk-reassign">
      <label for="bulk-assignee">{text('handTo')}</label>
      <select id="bulk-assignee" required value={assigneeId} onChange={(e) => setAssigneeId(e.currentTarget.value)}>
        <option value="">{text('choosePerson')}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </select>
      <button type="submit" disabled={command.busy}>
        {text('handOver')}
      </button>
      {empty ? (
        <p role="alert" class="alert alert-error">
          {text('noneSelected')}
        </p>
      ) : null}
      {done ? <Success>{done}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}
