import { useState } from 'preact/hooks';
import { api, ok } from '../api.js';
import { Loading, ProblemAlert, Success } from '../components/feedback.js';
import { ProgramFrame, PROGRAM_PAGES, useProgram } from '../components/program-frame.js';
import { BoardPackLink, FieldError, fieldErrors, nameOf, ProtocolLink, RULE_KINDS, RuleText, STEERING_ROLES, STEERING_WORDS, usePersons, type RuleKind, type SteeringGroup, type SteeringRole } from '../components/steering.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, type Me } from '../session.js';
import type { Person, Program } from '../types.js';

const MAX_SEATS = 30;

const M = defineMessages(
  {
    group: 'Styrgruppen',
    'group.none': 'Programmet har ingen styrgrupp: beslutsfattaren i samverkansmodellen beslutar vid beslutspunkterna.',
    rule: 'Beslutsregel',
    seats: 'Ledamöter nu',
    'seats.none': 'Ingen sitter i styrgruppen.',
    name: 'Namn',
    role: 'Roll',
    votes: 'Röstar',
    yes: 'ja',
    no: 'nej',
    from: 'Från',
    until: 'Till',
    ongoing: 'pågår',
    history: 'Vem satt i styrgruppen när',
    set: 'Sätt styrgruppen',
    'set.lead': 'Ordföranden blir programmets beslutsfattare och får beslutspunkternas uppgifter. Ordförande och ledamöter röstar och räknas till beslutsförheten; sekreteraren och adjungerade gör det inte.',
    quorum: 'Beslutsförhet: minst antal röstberättigade närvarande',
    'quorum.hint': 'Ordförande och ledamöter räknas.',
    seat: 'Plats {n}',
    person: 'Person',
    choose: 'Välj person …',
    'seat.add': 'Lägg till en plats',
    'seat.remove': 'Ta bort plats {n}',
    save: 'Spara styrgruppen',
    saved: 'Styrgruppen är sparad.',
    decisions: 'Beslut och protokoll',
    'decisions.none': 'Inga beslut är fattade ännu.',
    phase: 'Fas',
    round: 'Omgång',
    decision: 'Beslut',
    date: 'Datum',
    protocol: 'Beslutsprotokoll',
    html: 'Protokoll (HTML)',
    pdf: 'Protokoll (PDF)',
    protocolOf: '{phase}, omgång {round}',
    meetings: 'Styrgruppsmöten',
    'meetings.none': 'Inga möten är inplanerade.',
    meeting: 'Möte',
    when: 'Tid',
    location: 'Plats',
    agenda: 'Dagordning',
    minutes: 'Protokollsanteckningar',
    'minutes.none': 'Inte förda ännu',
    pack: 'Styrgruppsunderlag',
    packHtml: 'Underlag (HTML)',
    packPdf: 'Underlag (PDF)',
    packOf: 'möte {n}',
    schedule: 'Planera ett möte',
    'schedule.lead': 'Varje ledamot får dagordningen som en uppgift med en kalenderinbjudan, att vara klar när mötet börjar.',
    startsAt: 'Börjar',
    endsAt: 'Slutar',
    scheduleButton: 'Planera mötet',
    scheduled: 'Mötet är planerat och kallelserna skickade.',
  },
  {
    group: 'The steering group',
    'group.none': "The program has no steering group: the decision maker in the collaboration model decides at its decision points.",
    rule: 'Decision rule',
    seats: 'Members now',
    'seats.none': 'Nobody sits in the steering group.',
    name: 'Name',
    role: 'Role',
    votes: 'Votes',
    yes: 'yes',
    no: 'no',
    from: 'From',
    until: 'Until',
    ongoing: 'ongoing',
    history: 'Who sat in the steering group when',
    set: 'Set the steering group',
    'set.lead': "The chair becomes the program's decision maker and receives the decision points' tasks. The chair and the members vote and count toward the quorum; the secretary and the co-opted do not.",
    quorum: 'Quorum: at least this many voting members present',
    'quorum.hint': 'The chair and the members count.',
    seat: 'Seat {n}',
    person: 'Person',
    choose: 'Choose a person …',
    'seat.add': 'Add a seat',
    'seat.remove': 'Remove seat {n}',
    save: 'Save the steering group',
    saved: 'The steering group is saved.',
    decisions: 'Decisions and protocols',
    'decisions.none': 'No decisions have been taken yet.',
    phase: 'Phase',
    round: 'Round',
    decision: 'Decision',
    date: 'Date',
    protocol: 'Decision protocol',
    html: 'Protocol (HTML)',
    pdf: 'Protocol (PDF)',
    protocolOf: '{phase}, round {round}',
    meetings: 'Steering group meetings',
    'meetings.none': 'No meetings are scheduled.',
    meeting: 'Meeting',
    when: 'When',
    location: 'Location',
    agenda: 'Agenda',
    minutes: 'Minutes',
    'minutes.none': 'Not recorded yet',
    pack: 'Board pack',
    packHtml: 'Board pack (HTML)',
    packPdf: 'Board pack (PDF)',
    packOf: 'meeting {n}',
    schedule: 'Schedule a meeting',
    'schedule.lead': 'Each member gets the agenda as a task with a calendar invitation, due when the meeting starts.',
    startsAt: 'Starts',
    endsAt: 'Ends',
    scheduleButton: 'Schedule the meeting',
    scheduled: 'The meeting is scheduled and the invitations sent.',
  },
);

/** The program's steering group (styrgrupp): its rule and seats, who sat when, the form to set it, and the decisions with their protocols. */
export function ProgramSteering({ me, params }: { me: Me; params: { id: string } }) {
  const program = useProgram(params.id);
  const pages = useMessages(PROGRAM_PAGES);
  const group = useLoad(() => ok(api.GET('/programs/{id}/steering-group', { params: { path: { id: params.id } } })), [params.id]);
  const persons = usePersons();
  return (
    <ProgramFrame program={program} page={pages('steering')}>
      {(p) => (
        <Loading resource={group}>
          {(g) => (
            <>
              <GroupNow group={g} persons={persons.data} />
              {isOffice(me) && p.position?.status !== 'closed' && persons.data ? <SetGroupForm program={p} group={g} persons={persons.data} onSaved={group.reload} /> : null}
              <Decisions program={p} />
              {me.role !== 'contact_person' || g.members.some((s) => s.personId === me.id) ? (
                <Meetings program={p} clerk={isOffice(me) || g.members.some((s) => s.personId === me.id && (s.role === 'chair' || s.role === 'secretary'))} hasGroup={g.rule !== null} />
              ) : null}
            </>
          )}
        </Loading>
      )}
    </ProgramFrame>
  );
}

function GroupNow({ group, persons }: { group: SteeringGroup; persons: Person[] | undefined }) {
  const text = useMessages(M);
  const words = useMessages(STEERING_WORDS);
  const { date, dateTime } = useI18n();
  return (
    <section aria-labelledby="group-heading">
      <h2 id="group-heading">{text('group')}</h2>
      {group.rule ? (
        <>
          <p data-testid="steering-rule">
            <strong>{text('rule')}:</strong> <RuleText rule={group.rule} />
          </p>
          <h3 id="seats-heading">{text('seats')}</h3>
          {group.members.length ? (
            <table aria-labelledby="seats-heading" data-testid="steering-seats">
              <Head columns={[text('name'), text('role'), text('votes'), text('from')]} />
              <tbody>
                {group.members.map((s, i) => (
                  <tr key={`${s.personId}-${i}`}>
                    <td>{s.name ?? nameOf(persons, s.personId)}</td>
                    <td>{words(`role.${s.role}`)}</td>
                    <td>{text(s.votes ? 'yes' : 'no')}</td>
                    <td>{date(s.from)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{text('seats.none')}</p>
          )}
          <h3 id="history-heading">{text('history')}</h3>
          <table aria-labelledby="history-heading" data-testid="steering-history">
            <Head columns={[text('name'), text('role'), text('from'), text('until')]} />
            <tbody>
              {group.history.map((s, i) => (
                <tr key={`${s.personId}-${s.from}-${i}`}>
                  <td>{s.name ?? nameOf(persons, s.personId)}</td>
                  <td>{words(`role.${s.role}`)}</td>
                  <td>{dateTime(s.from)}</td>
                  <td>{s.until ? dateTime(s.until) : text('ongoing')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p data-testid="steering-rule">{text('group.none')}</p>
      )}
    </section>
  );
}

type SeatRow = { personId: string; role: SteeringRole };

function SetGroupForm({ program, group, persons, onSaved }: { program: Program; group: SteeringGroup; persons: Person[]; onSaved(): void }) {
  const text = useMessages(M);
  const words = useMessages(STEERING_WORDS);
  const command = useCommand();
  const [rule, setRule] = useState<RuleKind>(group.rule?.kind ?? 'majority');
  const [quorum, setQuorum] = useState(String(group.rule?.quorum ?? 1));
  const [seats, setSeats] = useState<SeatRow[]>(
    group.members.length ? group.members.filter((s) => s.personId).map((s) => ({ personId: s.personId!, role: s.role })) : [{ personId: '', role: 'chair' }],
  );
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(command.error);
  const candidates = persons.filter((p) => p.role !== 'participant');
  const setSeat = (i: number, change: Partial<SeatRow>) => setSeats((list) => list.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const done = await command.run(() => ok(api.PUT('/programs/{id}/steering-group', { params: { path: { id: program.id } }, body: { rule, quorum: Number(quorum), members: seats } })));
    if (done !== undefined) {
      setSaved(true);
      onSaved();
    }
  };
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
  return (
    <form onSubmit={submit} class="card" aria-labelledby="set-group-heading" data-testid="steering-group-form">
      <h2 id="set-group-heading">{text('set')}</h2>
      <p id="set-group-lead">{text('set.lead')}</p>
      <fieldset aria-describedby={errors.rule ? 'rule-error' : undefined}>
        <legend>{text('rule')}</legend>
        {RULE_KINDS.map((k) => (
          <div key={k}>
            <input type="radio" id={`rule-${k}`} name="rule" value={k} checked={rule === k} onChange={() => setRule(k)} />
            <label for={`rule-${k}`}>{words(`ruleName.${k}`)}</label>
          </div>
        ))}
        <FieldError id="rule-error" message={errors.rule} />
      </fieldset>
      <label for="steering-quorum">{text('quorum')}</label>
      <input
        id="steering-quorum"
        type="number"
        required
        min={1}
        max={50}
        value={quorum}
        aria-invalid={errors.quorum ? true : undefined}
        aria-describedby={describedBy('quorum-hint', errors.quorum && 'quorum-error')}
        onInput={(e) => setQuorum(e.currentTarget.value)}
      />
      <p id="quorum-hint" class="hint">
        {text('quorum.hint')}
      </p>
      <FieldError id="quorum-error" message={errors.quorum} />
      <FieldError id="members-error" message={errors.members} />
      {seats.map((s, i) => {
        const id = `seat-${i}`;
        const personError = errors[`members[${i}].personId`];
        const roleError = errors[`members[${i}].role`];
        return (
          <fieldset key={i} class="row-fields" data-testid={id}>
            <legend>{text('seat', { n: i + 1 })}</legend>
            <div class="inline-fields">
              <div>
                <label for={`${id}-person`}>{text('person')}</label>
                <select id={`${id}-person`} required value={s.personId} aria-invalid={personError ? true : undefined} aria-describedby={personError ? `${id}-person-error` : undefined} onChange={(e) => setSeat(i, { personId: e.currentTarget.value })}>
                  <option value="">{text('choose')}</option>
                  {candidates.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.displayName}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-person-error`} message={personError} />
              </div>
              <div>
                <label for={`${id}-role`}>{text('role')}</label>
                <select id={`${id}-role`} value={s.role} aria-invalid={roleError ? true : undefined} aria-describedby={roleError ? `${id}-role-error` : undefined} onChange={(e) => setSeat(i, { role: e.currentTarget.value as SteeringRole })}>
                  {STEERING_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {words(`role.${r}`)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-role-error`} message={roleError} />
              </div>
              <div>
                <button type="button" disabled={seats.length <= 1} onClick={() => setSeats((list) => list.filter((_, j) => j !== i))}>
                  {text('seat.remove', { n: i + 1 })}
                </button>
              </div>
            </div>
          </fieldset>
        );
      })}
      <button type="button" disabled={seats.length >= MAX_SEATS} onClick={() => setSeats((list) => [...list, { personId: '', role: 'member' }])}>
        {text('seat.add')}
      </button>
      <div>
        <button type="submit" class="primary" disabled={command.busy} aria-describedby="set-group-lead">
          {text('save')}
        </button>
      </div>
      {saved ? <Success>{text('saved')}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}

function Decisions({ program }: { program: Program }) {
  const text = useMessages(M);
  const { l, date } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const decisions = useLoad(() => ok(api.GET('/programs/{id}/decisions', { params: { path: { id: program.id } } })), [program.id], 5000, (c) => c.programId === program.id);
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{text('decisions')}</h2>
      <Loading resource={decisions}>
        {(list) =>
          list.items.length ? (
            <table data-testid="decisions">
              <Head columns={[text('phase'), { text: text('round'), num: true }, text('decision'), text('date'), text('protocol')]} />
              <tbody>
                {list.items.map((d) => {
                  const phase = program.phases?.find((ph) => ph.key === d.phaseKey);
                  const outcome = phase?.outcomes.find((o) => o.key === d.decision);
                  const which = text('protocolOf', { phase: l(phase?.name) || d.phaseKey, round: d.round });
                  return (
                    <tr key={d.gateTaskId} data-task-id={d.gateTaskId}>
                      <td>{l(phase?.name) || d.phaseKey}</td>
                      <td class="num">{d.round}</td>
                      <td>{outcome ? l(outcome.name) : d.decision}</td>
                      <td>{date(d.decidedAt)}</td>
                      <td>
                        <ProtocolLink programId={program.id} taskId={d.gateTaskId} format="html" onError={setError}>
                          {text('html')}
                          <span class="visually-hidden"> – {which}</span>
                        </ProtocolLink>
                        {' · '}
                        <ProtocolLink programId={program.id} taskId={d.gateTaskId} format="pdf" onError={setError}>
                          {text('pdf')}
                          <span class="visually-hidden"> – {which}</span>
                        </ProtocolLink>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : (
            <p>{text('decisions.none')}</p>
          )
        }
      </Loading>
      <ProblemAlert error={error} />
    </section>
  );
}

/** The group's meetings with their agendas, minutes and board packs; the project office, the chair or the secretary schedules one. */
function Meetings({ program, clerk, hasGroup }: { program: Program; clerk: boolean; hasGroup: boolean }) {
  const text = useMessages(M);
  const { dateTime } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const meetings = useLoad(() => ok(api.GET('/programs/{id}/steering-meetings', { params: { path: { id: program.id } } })), [program.id]);
  const command = useCommand();
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [location, setLocation] = useState('');
  const [done, setDone] = useState(false);
  const errors = fieldErrors(command.error);
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    const iso = (v: string) => (v ? new Date(v).toISOString() : v);
    const made = await command.run(() =>
      ok(api.POST('/programs/{id}/steering-meetings', { params: { path: { id: program.id } }, body: { startsAt: iso(startsAt), endsAt: iso(endsAt), ...(location.trim() ? { location: location.trim() } : {}) } })),
    );
    if (made !== undefined) {
      setDone(true);
      meetings.reload();
    }
  };
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{text('meetings')}</h2>
      <Loading resource={meetings}>
        {(list) =>
          list.items.length ? (
            <table data-testid="meetings">
              <Head columns={[{ text: text('meeting'), num: true }, text('when'), text('location'), text('agenda'), text('minutes'), text('pack')]} />
              <tbody>
                {list.items.map((m) => (
                  <tr key={m.id} data-meeting-id={m.id}>
                    <td class="num">{m.number}</td>
                    <td>{dateTime(m.startsAt)}</td>
                    <td>{m.location ?? '–'}</td>
                    <td>
                      <ol>
                        {m.agenda.map((a) => (
                          <li key={a}>{a}</li>
                        ))}
                      </ol>
                    </td>
                    <td>{m.minutes ?? <span class="muted">{text('minutes.none')}</span>}</td>
                    <td>
                      <BoardPackLink programId={program.id} meetingId={m.id} format="html" onError={setError}>
                        {text('packHtml')}
                        <span class="visually-hidden"> – {text('packOf', { n: m.number })}</span>
                      </BoardPackLink>
                      {' · '}
                      <BoardPackLink programId={program.id} meetingId={m.id} format="pdf" onError={setError}>
                        {text('packPdf')}
                        <span class="visually-hidden"> – {text('packOf', { n: m.number })}</span>
                      </BoardPackLink>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{text('meetings.none')}</p>
          )
        }
      </Loading>
      <ProblemAlert error={error} />
      {clerk && hasGroup && program.position?.status !== 'closed' ? (
        <form onSubmit={submit} aria-labelledby="schedule-heading">
          <h3 id="schedule-heading">{text('schedule')}</h3>
          <p class="muted" id="schedule-lead">{text('schedule.lead')}</p>
          <label for="meeting-starts">{text('startsAt')}</label>
          <input id="meeting-starts" type="datetime-local" required value={startsAt} aria-describedby="schedule-lead" onInput={(e) => setStartsAt(e.currentTarget.value)} />
          <FieldError id="meeting-starts-error" message={errors.startsAt} />
          <label for="meeting-ends">{text('endsAt')}</label>
          <input id="meeting-ends" type="datetime-local" required value={endsAt} onInput={(e) => setEndsAt(e.currentTarget.value)} />
          <FieldError id="meeting-ends-error" message={errors.endsAt} />
          <label for="meeting-location">{text('location')}</label>
          <input id="meeting-location" maxLength={200} value={location} onInput={(e) => setLocation(e.currentTarget.value)} />
          <div>
            <button type="submit" class="primary" disabled={command.busy}>
              {text('scheduleButton')}
            </button>
          </div>
          {done ? <Success>{text('scheduled')}</Success> : null}
          <ProblemAlert error={command.error} />
        </form>
      ) : null}
    </section>
  );
}
