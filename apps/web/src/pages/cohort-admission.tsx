import { useEffect, useRef, useState } from 'preact/hooks';
import { api, compact, ok, succeeded, type Schemas } from '../api.js';
import { CommandForm } from '../components/command-form.js';
import { Loading, ProblemAlert, Success } from '../components/feedback.js';
import { PersonCheck, usePersonChoice } from '../components/person-choice.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';

/** What the admission work reads from GET /cohorts/:id (the template's lists among it, in offer order). */
export type AdmissionView = Pick<Schemas['CohortView'], 'id' | 'interestClosesAt' | 'candidates' | 'interviews' | 'listDefinitions'>;

const M = defineMessages(
  {
    heading: 'Antagningsarbete',
    lead: 'Informationsmötet, intresseanmälningar, intervjuer och platser. Intresseanmälan är öppen till {date}.',
    attendance: 'Närvaro på informationsmötet',
    search: 'Sök deltagare (namn)',
    searchHint: 'Personer med rollen deltagare. Finns personen inte än? Registrera hen under listan.',
    newHeading: 'Ny deltagare',
    newName: 'Namn',
    newEmail: 'E-post',
    newButton: 'Registrera deltagaren',
    newAdded: '{name} är registrerad och markerad i listan.',
    noMatch: 'Ingen deltagare med det namnet.',
    attendButton: 'Registrera närvaro',
    attended: '{n} har nu kommit till informationsmötet.',
    noneChosen: 'Välj minst en person.',
    candidates: 'Kandidater',
    candidatesCaption: 'Kandidater som ännu inte har fått en plats eller står på en lista',
    'candidates.empty': 'Inga kandidater just nu.',
    name: 'Namn',
    status: 'Läge',
    interview: 'Intervju',
    actions: 'Åtgärder',
    'status.attendee': 'Var på informationsmötet',
    'status.registered': 'Har anmält intresse',
    'status.not-suitable': 'Bedömd som ej lämplig',
    interviewBooked: 'Bokad {date}',
    interviewDone: 'Genomförd',
    register: 'Anmäl intresse',
    admit: 'Anta',
    book: 'Boka intervju',
    listFor: 'Lista för {name}',
    place: 'Placera på listan',
    bookHeading: 'Boka intervju med {name}',
    interviewer: 'Intervjuare',
    startsAt: 'Tid',
    minutes: 'Längd (minuter)',
    bookButton: 'Boka intervjun',
    booked: 'Intervjun är bokad; intervjuaren har fått en uppgift och en kalenderinbjudan.',
    cancel: 'Avbryt',
    accept: 'Tackar ja',
    decline: 'Tackar nej',
  },
  {
    heading: 'Admission work',
    lead: 'The info meeting, interest registrations, interviews and places. Interest registration is open until {date}.',
    attendance: 'Attendance at the info meeting',
    search: 'Search participants (name)',
    searchHint: 'Persons of the participant role. Not registered yet? Register them below the list.',
    newHeading: 'New participant',
    newName: 'Name',
    newEmail: 'Email',
    newButton: 'Register the participant',
    newAdded: '{name} is registered and ticked in the list.',
    noMatch: 'No participant with that name.',
    attendButton: 'Record attendance',
    attended: '{n} have now come to the info meeting.',
    noneChosen: 'Choose at least one person.',
    candidates: 'Candidates',
    candidatesCaption: 'Candidates not yet given a place or put on a list',
    'candidates.empty': 'No candidates at the moment.',
    name: 'Name',
    status: 'Stage',
    interview: 'Interview',
    actions: 'Actions',
    'status.attendee': 'Came to the info meeting',
    'status.registered': 'Registered interest',
    'status.not-suitable': 'Found not suitable',
    interviewBooked: 'Booked {date}',
    interviewDone: 'Held',
    register: 'Register interest',
    admit: 'Admit',
    book: 'Book an interview',
    listFor: 'List for {name}',
    place: 'Put on the list',
    bookHeading: 'Book an interview with {name}',
    interviewer: 'Interviewer',
    startsAt: 'Time',
    minutes: 'Length (minutes)',
    bookButton: 'Book the interview',
    booked: 'The interview is booked; the interviewer has a task and a calendar invitation.',
    cancel: 'Cancel',
    accept: 'Accepts',
    decline: 'Declines',
  },
);

/**
 * The project office's admission work on the cohort page: who came to the info meeting, interest
 * registrations, interviews booked as tasks, admissions and list placements. Every command reloads
 * the cohort.
 */
export function AdmissionWork({ cohort, nameOf, onChanged }: { cohort: AdmissionView; nameOf(personId: string): string; onChanged(): void }) {
  const { dateTime } = useI18n();
  const text = useMessages(M);
  const [booking, setBooking] = useState<string | null>(null);
  const candidates = cohort.candidates;
  return (
    <section aria-labelledby="admission-work-heading" data-testid="admission-work">
      <h2 id="admission-work-heading">{text('heading')}</h2>
      <p class="hint">{text('lead', { date: dateTime(cohort.interestClosesAt) })}</p>
      <InfoMeeting cohortId={cohort.id} onChanged={onChanged} />
      <h3 id="candidates-heading">{text('candidates')}</h3>
      {candidates.length ? (
        <div class="table-scroll">
          <table data-testid="candidates" aria-labelledby="candidates-heading">
            <caption class="visually-hidden">{text('candidatesCaption')}</caption>
            <Head columns={[text('name'), text('status'), text('interview'), text('actions')]} />
            <tbody>
              {candidates.map((c) => (
                <Candidate key={c.personId} cohort={cohort} candidate={c} onBook={() => setBooking(c.personId)} onChanged={onChanged} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{text('candidates.empty')}</p>
      )}
      {booking && candidates.some((c) => c.personId === booking) ? (
        <BookInterview
          key={booking}
          cohortId={cohort.id}
          personId={booking}
          name={nameOf(booking)}
          onClose={() => setBooking(null)}
          onBooked={onChanged}
        />
      ) : null}
    </section>
  );
}

/** Participants found by name, ticked and recorded as having come to the info meeting. */
function InfoMeeting({ cohortId, onChanged }: { cohortId: string; onChanged(): void }) {
  const text = useMessages(M);
  const [search, setSearch] = useState('');
  const found = useLoad(() => ok(api.GET('/persons', { params: { query: compact({ role: 'participant', search: search.trim(), limit: 20 }) } })), [search.trim()]);
  const choice = usePersonChoice(async (personIds) => {
    const answer = await ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohortId } }, body: { personIds } }));
    onChanged();
    return text('attended', { n: answer.attendees });
  }, text('noneChosen'));
  return (
    <>
      <form onSubmit={choice.submit} data-testid="info-meeting" aria-labelledby="info-meeting-heading">
        <h3 id="info-meeting-heading">{text('attendance')}</h3>
        <label for="attendee-search">{text('search')}</label>
        <input id="attendee-search" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} aria-describedby="attendee-search-hint" />
        <p id="attendee-search-hint" class="hint">
          {text('searchHint')}
        </p>
        <Loading resource={found}>
          {(page) =>
            page.items.length ? (
              <fieldset>
                <legend class="visually-hidden">{text('attendance')}</legend>
                {page.items.map((p) => (
                  <PersonCheck key={p.id} id={`attendee-${p.id}`} name={p.displayName} checked={choice.chosen.has(p.id)} onToggle={(on) => choice.toggle(p.id, on)} />
                ))}
              </fieldset>
            ) : (
              <p class="muted">{text('noMatch')}</p>
            )
          }
        </Loading>
        <button type="submit" class="primary" disabled={choice.busy}>
          {text('attendButton')}
        </button>
        {choice.feedback}
      </form>
      <NewParticipant
        onCreated={(person) => {
          setSearch(person.displayName);
          choice.toggle(person.id, true);
        }}
      />
    </>
  );
}

/** A person who came to the info meeting but is not registered yet, registered as a participant. */
function NewParticipant({ onCreated }: { onCreated(person: Schemas['PersonView']): void }) {
  const text = useMessages(M);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const send = async () => {
    const person = await ok(api.POST('/persons', { body: { displayName: name.trim(), email: email.trim(), role: 'participant' } }));
    setName('');
    setEmail('');
    onCreated(person);
    return text('newAdded', { name: person.displayName });
  };
  return (
    <CommandForm id="new-participant" heading={text('newHeading')} button={text('newButton')} send={send}>
      <div>
        <label for="new-participant-name">{text('newName')}</label>
        <input id="new-participant-name" type="text" required maxLength={200} autocomplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div>
        <label for="new-participant-email">{text('newEmail')}</label>
        <input id="new-participant-email" type="email" required maxLength={320} autocomplete="off" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </div>
    </CommandForm>
  );
}

function Candidate({ cohort, candidate, onBook, onChanged }: { cohort: AdmissionView; candidate: AdmissionView['candidates'][number]; onBook(): void; onChanged(): void }) {
  const { dateTime, l } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const [list, setList] = useState<string>(cohort.listDefinitions[0]?.key ?? '');
  const name = candidate.name ?? candidate.personId;
  const interview = [...cohort.interviews].reverse().find((i) => i.personId === candidate.personId);
  const inCohort = { path: { id: cohort.id } };
  const run = async (call: () => Promise<unknown>) => {
    if ((await command.run(call)) !== undefined) onChanged();
  };
  return (
    <tr data-person={candidate.personId}>
      <th scope="row">{name}</th>
      <td>{text(`status.${candidate.status}`)}</td>
      <td>{!interview ? '–' : interview.status === 'open' ? text('interviewBooked', { date: interview.startsAt ? dateTime(interview.startsAt) : '–' }) : text('interviewDone')}</td>
      <td>
        {candidate.status === 'attendee' ? (
          <button type="button" disabled={command.busy} onClick={() => run(() => succeeded(api.POST('/cohorts/{id}/registrations', { params: inCohort, body: { personId: candidate.personId } })))}>
            <For label={text('register')} name={name} />
          </button>
        ) : null}
        {candidate.status === 'registered' ? (
          <>
            {interview?.status !== 'open' ? (
              <button type="button" disabled={command.busy} onClick={onBook}>
                <For label={text('book')} name={name} />
              </button>
            ) : null}
            <button type="button" disabled={command.busy} onClick={() => run(() => succeeded(api.POST('/cohorts/{id}/admissions', { params: inCohort, body: { personId: candidate.personId } })))}>
              <For label={text('admit')} name={name} />
            </button>
            <span class="inline-control">
              <label for={`list-${candidate.personId}`} class="visually-hidden">
                {text('listFor', { name })}
              </label>
              <select id={`list-${candidate.personId}`} value={list} onChange={(e) => setList(e.currentTarget.value)}>
                {cohort.listDefinitions.map((k) => (
                  <option key={k.key} value={k.key}>
                    {l(k.name)}
                  </option>
                ))}
              </select>
              <button type="button" disabled={command.busy} onClick={() => run(() => succeeded(api.POST('/cohorts/{id}/lists', { params: inCohort, body: { personId: candidate.personId, list } })))}>
                <For label={text('place')} name={name} />
              </button>
            </span>
          </>
        ) : null}
        <ProblemAlert error={command.error} />
      </td>
    </tr>
  );
}

/** An interview booked as a task for the interviewer (project office or contact person), with a calendar invitation. */
function BookInterview({ cohortId, personId, name, onClose, onBooked }: { cohortId: string; personId: string; name: string; onClose(): void; onBooked(): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const interviewers = useLoad(async () => {
    const pages = await Promise.all((['project_office', 'contact_person'] as const).map((role) => ok(api.GET('/persons', { params: { query: { role, limit: 100 } } }))));
    return pages.flatMap((p) => p.items);
  }, []);
  const [interviewerId, setInterviewerId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [minutes, setMinutes] = useState('45');
  const [done, setDone] = useState(false);
  // The form takes focus when it opens (WCAG 2.4.3).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = async (e: Event) => {
    e.preventDefault();
    // datetime-local is the person's own (Swedish) wall-clock time.
    const booked = await command.run(() =>
      succeeded(api.POST('/cohorts/{id}/interviews', { params: { path: { id: cohortId } }, body: { personId, interviewerId, startsAt: new Date(startsAt).toISOString(), minutes: Number(minutes) } })),
    );
    if (booked !== undefined) {
      setDone(true);
      onBooked();
    }
  };
  return (
    <form onSubmit={submit} class="card inline-fields" data-testid="book-interview" aria-labelledby="book-heading">
      <h4 id="book-heading" style={{ width: '100%' }} tabIndex={-1} ref={heading}>
        {text('bookHeading', { name })}
      </h4>
      <div>
        <label for="interviewer">{text('interviewer')}</label>
        <select id="interviewer" required value={interviewerId} onChange={(e) => setInterviewerId(e.currentTarget.value)}>
          <option value="">–</option>
          {(interviewers.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="interview-at">{text('startsAt')}</label>
        <input id="interview-at" type="datetime-local" required value={startsAt} onInput={(e) => setStartsAt(e.currentTarget.value)} />
      </div>
      <div>
        <label for="interview-minutes">{text('minutes')}</label>
        <input id="interview-minutes" type="number" min={15} max={240} required value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
      </div>
      <div>
        <button type="submit" class="primary" disabled={command.busy || done}>
          {text('bookButton')}
        </button>
        <button type="button" onClick={onClose}>
          {text('cancel')}
        </button>
      </div>
      {done ? <Success>{text('booked')}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}

/** A button label with whom it is for, read out by screen readers ("Admit – Nora Holm") but not shown. */
function For({ label, name }: { label: string; name: string }) {
  return (
    <>
      {label}
      <span class="visually-hidden"> – {name}</span>
    </>
  );
}

/** The project office answers an open offer for the person (when they answered the office directly). */
export function OfferAnswer({ cohortId, personId, name, onChanged }: { cohortId: string; personId: string; name: string; onChanged(): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const answer = async (accept: boolean) => {
    if ((await command.run(() => succeeded(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId } }, body: { accept } })))) !== undefined) onChanged();
  };
  return (
    <>
      {' '}
      <button type="button" disabled={command.busy} onClick={() => answer(true)}>
        <For label={text('accept')} name={name} />
      </button>
      <button type="button" disabled={command.busy} onClick={() => answer(false)}>
        <For label={text('decline')} name={name} />
      </button>
      <ProblemAlert error={command.error} />
    </>
  );
}
