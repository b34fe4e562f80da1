import { useState } from 'preact/hooks';
import { api, ok, succeeded } from '../api.js';
import { Loading, ProblemAlert, StatusBadge } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Me } from '../session.js';
import type { Task } from '../types.js';

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
    meeting: 'Möte {when}',
    calendar: 'Kalenderprenumeration',
    calendarLead: 'Prenumerera på dina uppgifter och möten i Outlook, Google eller Apple Kalender med en hemlig länk.',
    calendarActive: 'Du har en länk sedan {when}. En ny länk ersätter den gamla.',
    calendarCreate: 'Skapa länk',
    calendarRenew: 'Skapa ny länk',
    calendarRevoke: 'Ta bort länken',
    calendarUrl: 'Din kalenderlänk (visas bara nu – kopiera den)',
    calendarRevoked: 'Länken är borttagen.',
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
    meeting: 'Meeting {when}',
    calendar: 'Calendar subscription',
    calendarLead: 'Subscribe to your tasks and meetings in Outlook, Google or Apple Calendar with a secret link.',
    calendarActive: 'You have had a link since {when}. A new link replaces the old one.',
    calendarCreate: 'Create link',
    calendarRenew: 'Create a new link',
    calendarRevoke: 'Remove the link',
    calendarUrl: 'Your calendar link (shown only now – copy it)',
    calendarRevoked: 'The link is removed.',
  },
);

/** The inbox: open tasks with the overdue first, then those due within three days, then later ones. */
export function Inbox({ me }: { me: Me }) {
  const text = useMessages(M);
  const [showDone, setShowDone] = useState(false);
  const everyone = me.role === 'project_office' || me.role === 'manager';
  // A task entry names its assignee: a change to one of mine (new, reminded, done, moved) reloads the inbox.
  const tasks = useLoad(() => ok(api.GET('/me/tasks', { params: { query: { limit: 100, status: showDone ? 'done' : 'open' } } })), [showDone], 5000, (c) => c.personId === me.id || c.actorId === me.id);
  const now = Date.now();
  return (
    <>
      <PageTitle title={text(everyone ? 'titleAll' : 'title')}>{text(everyone ? 'titleAll' : 'title')}</PageTitle>
      {everyone ? <p class="muted">{text('allLead')}</p> : null}
      <button type="button" class="link-button" aria-pressed={showDone} onClick={() => setShowDone(!showDone)}>
        {text(showDone ? 'showOpen' : 'showDone')}
      </button>
      <Loading resource={tasks}>
        {(page) => {
          if (showDone) return <TaskGroup heading={text('done')} tasks={page.items} id="done" />;
          if (!page.items.length) return <p data-testid="inbox-empty">{text('inboxEmpty')}</p>;
          const overdue = page.items.filter((t) => t.overdue);
          const soon = page.items.filter((t) => !t.overdue && new Date(t.dueAt).getTime() - now < SOON_MS);
          const later = page.items.filter((t) => !overdue.includes(t) && !soon.includes(t));
          return (
            <div data-testid="inbox">
              {overdue.length ? <TaskGroup heading={text('overdue')} tasks={overdue} id="overdue" /> : null}
              {soon.length ? <TaskGroup heading={text('soon')} tasks={soon} id="soon" /> : null}
              {later.length ? <TaskGroup heading={text('later')} tasks={later} id="later" /> : null}
            </div>
          );
        }}
      </Loading>
      {me.role !== 'manager' ? <CalendarSubscription /> : null}
    </>
  );
}

function TaskGroup({ heading, tasks, id }: { heading: string; tasks: Task[]; id: string }) {
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
                <a href={`/app/tasks/${t.id}`}>{t.title}</a>
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

function CalendarSubscription() {
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
