import { useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api.js';
import { CommandForm } from '../components/command-form.js';
import { Loading } from '../components/feedback.js';
import { PersonCheck, usePersonChoice } from '../components/person-choice.js';
import { Head } from '../components/table.js';
import { useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';

const KINDS: Kind[] = ['conference-visit', 'study-visit', 'guest-lecture'];
type CohortEvent = Schemas['CohortEventView'];
type Kind = CohortEvent['kind'];

const M = defineMessages(
  {
    events: 'Konferensbesök och andra aktiviteter',
    eventsCaption: 'Aktiviteter vid sidan av modulerna',
    'events.empty': 'Inga aktiviteter registrerade.',
    title: 'Aktivitet',
    kind: 'Typ',
    date: 'Datum',
    attended: 'Deltog',
    'kind.conference-visit': 'Konferensbesök',
    'kind.study-visit': 'Studiebesök',
    'kind.guest-lecture': 'Gästföreläsning',
    addHeading: 'Registrera en aktivitet',
    addButton: 'Registrera aktiviteten',
    added: '”{title}” är registrerad. Ange vilka som deltog.',
    attendance: 'Närvaro',
    attendanceFor: 'Vilka deltog i {title}?',
    attendanceHint: 'Antagna deltagare. Redan registrerad närvaro kan inte tas bort.',
    attendanceButton: 'Spara närvaron',
    attendanceSaved: '{n} deltog i {title}.',
    noneChosen: 'Välj minst en deltagare som inte redan är registrerad.',
  },
  {
    events: 'Conference visits and other events',
    eventsCaption: 'Events beside the modules',
    'events.empty': 'No events recorded.',
    title: 'Event',
    kind: 'Kind',
    date: 'Date',
    attended: 'Attended',
    'kind.conference-visit': 'Conference visit',
    'kind.study-visit': 'Study visit',
    'kind.guest-lecture': 'Guest lecture',
    addHeading: 'Record an event',
    addButton: 'Record the event',
    added: '“{title}” is recorded. Mark who attended.',
    attendance: 'Attendance',
    attendanceFor: 'Who attended {title}?',
    attendanceHint: 'Admitted participants. Attendance already recorded cannot be removed.',
    attendanceButton: 'Save the attendance',
    attendanceSaved: '{n} attended {title}.',
    noneChosen: 'Choose at least one participant not already recorded.',
  },
);

/**
 * A cohort's events beside the modules — conference and study visits, guest lectures — with how
 * many attended; the project office records new ones and who attended (admitted participants).
 */
export function CohortEvents({ cohortId, participants, office }: { cohortId: string; participants: Schemas['NamedPersonView'][]; office: boolean }) {
  const { date, number } = useI18n();
  const text = useMessages(M);
  const events = useLoad(() => ok(api.GET('/cohorts/{id}/events', { params: { path: { id: cohortId } } })), [cohortId]);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{text('events')}</h2>
      <Loading resource={events}>
        {(list) => (
          <>
            {list.length ? (
              <table data-testid="events">
                <caption class="visually-hidden">{text('eventsCaption')}</caption>
                <Head columns={[text('title'), text('kind'), text('date'), { text: text('attended'), num: true }, ...(office ? [text('attendance')] : [])]} />
                <tbody>
                  {list.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">{e.title}</th>
                      <td>{text(`kind.${e.kind}`)}</td>
                      <td>{date(e.heldOn)}</td>
                      <td class="num">{number(e.attendees.length)}</td>
                      {office ? (
                        <td>
                          <button type="button" class="link-button" aria-expanded={open === e.id} aria-controls="attendance-form" onClick={() => setOpen(open === e.id ? null : e.id)}>
                            {text('attendanceFor', { title: e.title })}
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{text('events.empty')}</p>
            )}
            {office && open && list.some((e) => e.id === open) ? (
              <Attendance key={open} cohortId={cohortId} event={list.find((e) => e.id === open)!} participants={participants} onSaved={events.reload} />
            ) : null}
            {office ? <AddEvent cohortId={cohortId} onAdded={(id) => {
                  events.reload();
                  setOpen(id);
                }} /> : null}
          </>
        )}
      </Loading>
    </section>
  );
}

function AddEvent({ cohortId, onAdded }: { cohortId: string; onAdded(id: string): void }) {
  const text = useMessages(M);
  const [kind, setKind] = useState<Kind>('conference-visit');
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const send = async () => {
    const event = await ok(api.POST('/cohorts/{id}/events', { params: { path: { id: cohortId } }, body: { kind, title, heldOn } }));
    setTitle('');
    onAdded(event.id);
    return text('added', { title: event.title });
  };
  return (
    <CommandForm id="add-event" level={3} heading={text('addHeading')} button={text('addButton')} send={send}>
      <div>
        <label for="event-kind">{text('kind')}</label>
        <select id="event-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {text(`kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="event-title">{text('title')}</label>
        <input id="event-title" type="text" required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div>
        <label for="event-date">{text('date')}</label>
        <input id="event-date" type="date" required value={heldOn} onInput={(e) => setHeldOn(e.currentTarget.value)} />
      </div>
    </CommandForm>
  );
}

function Attendance({ cohortId, event, participants, onSaved }: { cohortId: string; event: CohortEvent; participants: Schemas['NamedPersonView'][]; onSaved(): void }) {
  const text = useMessages(M);
  const choice = usePersonChoice(async (personIds) => {
    const answer = await ok(api.POST('/cohorts/{id}/events/{eventId}/attendance', { params: { path: { id: cohortId, eventId: event.id } }, body: { personIds } }));
    onSaved();
    return text('attendanceSaved', { n: answer.attendees, title: event.title });
  }, text('noneChosen'));
  return (
    <form id="attendance-form" onSubmit={choice.submit} data-testid="attendance" class="card">
      <fieldset>
        <legend>{text('attendanceFor', { title: event.title })}</legend>
        <p class="hint">{text('attendanceHint')}</p>
        {participants.map((p) => (
          <PersonCheck
            key={p.personId}
            id={`attended-${p.personId}`}
            name={p.name ?? p.personId}
            checked={choice.chosen.has(p.personId)}
            fixed={event.attendees.includes(p.personId)}
            onToggle={(on) => choice.toggle(p.personId, on)}
          />
        ))}
      </fieldset>
      <button type="submit" class="primary" disabled={choice.busy}>
        {text('attendanceButton')}
      </button>
      {choice.feedback}
    </form>
  );
}
