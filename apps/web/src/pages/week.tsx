import { useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api.js';
import { Loading, StatusBadge } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Me } from '../session.js';
import { CalendarSubscription } from './inbox.js';

type Week = Schemas['WeekView'];
type WeekItem = Schemas['WeekItemView'];

const M = defineMessages(
  {
    title: 'Den här veckan',
    lead: 'Dina möten, uppgifter och sista dagar den här veckan och nästa.',
    week: 'Vecka {n}',
    overdue: 'Försenade sedan tidigare ({n})',
    nothing: 'Inget inplanerat.',
    today: 'idag',
    previous: 'Föregående vecka',
    next: 'Nästa vecka',
    thisWeek: 'Till den här veckan',
    weeksNav: 'Bläddra mellan veckor',
    truncated: 'Det finns fler poster än sidan visar; se Mina uppgifter för alla.',
    'kind.meeting': 'Möte',
    'kind.deadline': 'Sista dag',
    'kind.event': 'Händelse',
    due: 'senast {time}',
    wholeDay: 'hela dagen',
    'source.interview': 'Intervju för {title}',
    'source.info-meeting': 'Informationsmöte: {title}',
    'source.activity-start': 'Aktiviteten ska starta: {title}',
    'source.activity-end': 'Aktiviteten ska vara genomförd: {title}',
    offer: 'Svara på erbjudandet',
    substituteFor: 'Som ersättare för {name}',
    'badge.overdue': 'Försenad',
    'badge.done': 'Klar',
  },
  {
    title: 'This week',
    lead: 'Your meetings, tasks and deadlines this week and the next.',
    week: 'Week {n}',
    overdue: 'Overdue from before ({n})',
    nothing: 'Nothing planned.',
    today: 'today',
    previous: 'Previous week',
    next: 'Next week',
    thisWeek: 'Back to this week',
    weeksNav: 'Move between weeks',
    truncated: 'There are more entries than the page shows; see My tasks for all.',
    'kind.meeting': 'Meeting',
    'kind.deadline': 'Deadline',
    'kind.event': 'Event',
    due: 'by {time}',
    wholeDay: 'all day',
    'source.interview': 'Interview for {title}',
    'source.info-meeting': 'Info meeting: {title}',
    'source.activity-start': 'The activity is to start: {title}',
    'source.activity-end': 'The activity is to be carried out: {title}',
    offer: 'Answer the offer',
    substituteFor: 'As the substitute of {name}',
    'badge.overdue': 'Overdue',
    'badge.done': 'Done',
  },
);

/** A local date YYYY-MM-DD moved by whole days. */
function addDays(day: string, days: number): string {
  const t = new Date(`${day}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * "This week" for contact persons and participants: their meetings, deadlines and cohort events of
 * this week and the next, day by day (Swedish weeks from Monday), what is overdue from before, and
 * the calendar subscription beside it.
 */
export function WeekPage({ me }: { me: Me }) {
  const text = useMessages(M);
  const [from, setFrom] = useState<string | undefined>(undefined);
  // A change about me (a new task, one done, an invitation) reloads the week.
  const week = useLoad(() => ok(api.GET('/me/week', { params: { query: from ? { from } : {} } })), [from], 10_000, (c) => c.personId === me.id || c.actorId === me.id);
  // Names of the colleagues one stands in for (a contact person reads their own organization's people).
  const people = useLoad(() => (me.role === 'contact_person' ? ok(api.GET('/persons', { params: { query: { limit: 100 } } })) : Promise.resolve(null)), [me.role]);
  const nameOf = (id: string) => people.data?.items.find((p) => p.id === id)?.displayName ?? id;
  return (
    <>
      <PageTitle title={text('title')}>{text('title')}</PageTitle>
      <p class="lead">{text('lead')}</p>
      <Loading resource={week}>
        {(w) => (
          <div data-testid="week">
            <nav aria-label={text('weeksNav')} class="inline-fields">
              <button type="button" onClick={() => setFrom(addDays(w.from, -7))}>
                {text('previous')}
              </button>
              {from ? (
                <button type="button" onClick={() => setFrom(undefined)}>
                  {text('thisWeek')}
                </button>
              ) : null}
              <button type="button" onClick={() => setFrom(addDays(w.from, 7))}>
                {text('next')}
              </button>
            </nav>
            {w.overdue.length ? (
              <section aria-labelledby="week-overdue" data-testid="week-overdue">
                <h2 id="week-overdue">{text('overdue', { n: w.overdue.length })}</h2>
                <ItemList items={w.overdue} nameOf={nameOf} withDate />
              </section>
            ) : null}
            {[0, 1].map((i) => (
              <WeekSection key={w.weeks[i]} week={w} index={i} nameOf={nameOf} />
            ))}
            {w.truncated ? <p class="alert alert-info">{text('truncated')}</p> : null}
          </div>
        )}
      </Loading>
      <CalendarSubscription />
    </>
  );
}

function WeekSection({ week, index, nameOf }: { week: Week; index: number; nameOf(id: string): string }) {
  const { lang } = useI18n();
  const text = useMessages(M);
  const dayName = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const monday = addDays(week.from, index * 7);
  const days = [0, 1, 2, 3, 4, 5, 6].map((d) => addDays(monday, d));
  const id = `week-${week.weeks[index]}`;
  return (
    <section aria-labelledby={id} class="card" data-testid={`week-${index}`}>
      <h2 id={id}>{text('week', { n: week.weeks[index] })}</h2>
      {days.map((day) => {
        const items = week.items.filter((x) => x.day === day);
        const isToday = day === week.today;
        return (
          <section key={day} aria-labelledby={`day-${day}`} data-day={day} aria-current={isToday ? 'date' : undefined}>
            <h3 id={`day-${day}`}>
              {dayName.format(new Date(`${day}T12:00:00Z`))}
              {isToday ? <span class="tag">{text('today')}</span> : null}
            </h3>
            {items.length ? <ItemList items={items} nameOf={nameOf} /> : <p class="muted">{text('nothing')}</p>}
          </section>
        );
      })}
    </section>
  );
}

function ItemList({ items, nameOf, withDate = false }: { items: WeekItem[]; nameOf(id: string): string; withDate?: boolean }) {
  const { lang, dateTime } = useI18n();
  const text = useMessages(M);
  const time = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeStyle: 'short', timeZone: 'Europe/Stockholm' });
  const at = (iso: string | null) => (iso ? (withDate ? dateTime(iso) : time.format(new Date(iso))) : '');
  return (
    <ul class="task-list">
      {items.map((x) => {
        const when = x.kind === 'meeting' && x.at ? `${at(x.at)}${x.endsAt ? `–${time.format(new Date(x.endsAt))}` : ''}` : x.at ? text('due', { time: at(x.at) }) : text('wholeDay');
        const title = x.source === 'task' || x.source === 'cohort-event' ? x.title : text(`source.${x.source}`, { title: x.title });
        const href = x.taskId ? `/app/tasks/${x.taskId}` : x.activityId ? `/app/activities/${x.activityId}` : null;
        return (
          <li key={`${x.source}-${x.taskId ?? x.activityId ?? x.cohortId}-${x.day}-${x.title}`} data-kind={x.kind} data-task-id={x.taskId ?? undefined}>
            <span class="tag">{text(`kind.${x.kind}`)}</span>
            <span class="muted">{when}</span> {href ? <a href={href}>{title}</a> : <span>{title}</span>}
            {x.purpose === 'offer' ? <span class="tag">{text('offer')}</span> : null}
            {x.location ? <span class="muted"> · {x.location}</span> : null}
            {x.substituteFor ? <span class="tag">{text('substituteFor', { name: nameOf(x.substituteFor) })}</span> : null}
            {x.overdue ? <StatusBadge status="overdue" label={text('badge.overdue')} /> : x.status === 'done' ? <StatusBadge status="done" label={text('badge.done')} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
