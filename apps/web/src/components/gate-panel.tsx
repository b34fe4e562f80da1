import { useState } from 'preact/hooks';
import { api, ok, succeeded, type Schemas } from '../api.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, mayDecideGates, type Me } from '../session.js';
import type { Person, Program } from '../types.js';
import { Loading, ProblemAlert, StatusBadge, Success } from './feedback.js';
import { FieldError, fieldErrors, nameOf, POSITIONS, RuleText, STEERING_WORDS, usePersons, type Position, type SteeringSeat } from './steering.js';

export type OpenGate = Schemas['OpenGateView'];
type Material = OpenGate['material'][number];
type Condition = { text: string; ownerId: string; dueDate: string };
type Reservation = { personId: string; text: string };

const MAX_CONDITIONS = 20;

const M = defineMessages(
  {
    decide: 'Besluta vid grinden',
    point: 'Beslutspunkt',
    round: 'Omgång {round}',
    material: 'Beslutsunderlag',
    'material.none': 'Beslutspunkten kräver inget underlag.',
    'material.missing': 'Saknas',
    'material.provided': 'Lämnat',
    'material.by': 'lämnat av {name}, {when}',
    'material.incomplete': 'Beslutet kan tas när allt underlag är lämnat.',
    'material.title': 'Titel',
    'material.link': 'Länk',
    'material.linkHint': 'En http(s)-länk till dokumentet i diariet eller på intranätet.',
    'material.provide': 'Lämna underlag',
    'material.replace': 'Ersätt underlaget',
    'material.saved': 'Underlaget är lämnat: {name}.',
    decidedBy: 'Beslutas av',
    'decidedBy.group': 'Styrgruppen',
    'decidedBy.one': 'Beslutsfattaren {name}',
    'decidedBy.none': 'Beslutsfattaren som samverkansmodellen utser',
    recordedBy: 'Beslutet registreras av styrgruppens ordförande eller sekreterare.',
    members: 'Styrgruppens ledamöter vid beslutet',
    'members.name': 'Namn',
    'members.role': 'Roll',
    'members.present': 'Närvarande',
    'members.position': 'Ställningstagande',
    'members.noVote': 'röstar inte',
    positionOf: 'Ställningstagande ({name})',
    presentOf: 'Närvarande ({name})',
    decision: 'Beslut',
    comment: 'Kommentar (krävs vid återremiss)',
    conditions: 'Villkor',
    'conditions.hint': 'Varje villkor blir en uppgift för den ansvarige, med sista dag. Högst {max} villkor.',
    'condition.legend': 'Villkor {n}',
    'condition.text': 'Villkorets text',
    'condition.owner': 'Ansvarig',
    'condition.choose': 'Välj ansvarig …',
    'condition.due': 'Senast',
    'condition.add': 'Lägg till ett villkor',
    'condition.remove': 'Ta bort villkor {n}',
    reservations: 'Reservationer',
    'reservations.hint': 'En röstberättigad ledamot som var närvarande och inte röstade för beslutet kan reservera sig.',
    'reservation.legend': 'Reservation {n}',
    'reservation.person': 'Ledamot',
    'reservation.choose': 'Välj ledamot …',
    'reservation.text': 'Reservationens text',
    'reservation.add': 'Lägg till en reservation',
    'reservation.remove': 'Ta bort reservation {n}',
    decideButton: 'Registrera beslutet',
    readOnly: 'Du kan följa beslutspunkten här; beslutet tas av den som beslutar.',
  },
  {
    decide: 'Decide at the gate',
    point: 'Decision point',
    round: 'Round {round}',
    material: 'Decision material',
    'material.none': 'The decision point requires no material.',
    'material.missing': 'Missing',
    'material.provided': 'Provided',
    'material.by': 'provided by {name}, {when}',
    'material.incomplete': 'The decision can be taken once all material is provided.',
    'material.title': 'Title',
    'material.link': 'Link',
    'material.linkHint': 'An http(s) link to the document in the records system or on the intranet.',
    'material.provide': 'Provide',
    'material.replace': 'Replace the material',
    'material.saved': 'The material is provided: {name}.',
    decidedBy: 'Decided by',
    'decidedBy.group': 'The steering group',
    'decidedBy.one': 'The decision maker {name}',
    'decidedBy.none': 'The decision maker the collaboration model names',
    recordedBy: "The decision is recorded by the steering group's chair or secretary.",
    members: "The steering group's members at the decision",
    'members.name': 'Name',
    'members.role': 'Role',
    'members.present': 'Present',
    'members.position': 'Position',
    'members.noVote': 'does not vote',
    positionOf: 'Position ({name})',
    presentOf: 'Present ({name})',
    decision: 'Decision',
    comment: 'Comment (required when returning)',
    conditions: 'Conditions',
    'conditions.hint': 'Each condition becomes a task for its owner, with a due date. At most {max} conditions.',
    'condition.legend': 'Condition {n}',
    'condition.text': "The condition's text",
    'condition.owner': 'Owner',
    'condition.choose': 'Choose an owner …',
    'condition.due': 'Due',
    'condition.add': 'Add a condition',
    'condition.remove': 'Remove condition {n}',
    reservations: 'Reservations',
    'reservations.hint': 'A voting member who was present and not for the decision may enter a reservation.',
    'reservation.legend': 'Reservation {n}',
    'reservation.person': 'Member',
    'reservation.choose': 'Choose a member …',
    'reservation.text': "The reservation's text",
    'reservation.add': 'Add a reservation',
    'reservation.remove': 'Remove reservation {n}',
    decideButton: 'Record the decision',
    readOnly: 'You can follow the decision point here; the decision is taken by whoever decides.',
  },
);

/** What the signed-in person may do at the open decision point, from its view (the group's seats, the decision maker). */
export function gateRights(me: Me, gate: OpenGate): { provide: boolean; decide: boolean } {
  const seat = gate.steeringGroup.rule ? gate.steeringGroup.members.find((s) => s.personId === me.id) : undefined;
  const clerk = seat?.role === 'chair' || seat?.role === 'secretary';
  const decisionMaker = gate.decisionMakerId === me.id;
  return {
    provide: isOffice(me) || decisionMaker || clerk,
    decide: gate.steeringGroup.rule ? clerk : decisionMaker && mayDecideGates(me),
  };
}

/**
 * The open decision point (beslutspunkt): its material and its state, a form per piece for whoever
 * provides it, and the decision — by the decision maker, or recorded by the steering group's chair or
 * secretary with who was present and how each voted. Others see it read-only.
 */
export function GatePanel({ me, program, onDecided }: { me: Me; program: Program; onDecided(): void }) {
  const text = useMessages(M);
  const gate = useLoad(() => ok(api.GET('/programs/{id}/gate', { params: { path: { id: program.id } } })), [program.id, program.position?.gateTaskId]);
  const persons = usePersons();
  return (
    <Loading resource={gate}>
      {(g) => {
        const rights = gateRights(me, g);
        return (
          <section class="card" aria-labelledby="gate-decision" data-testid="gate-panel" data-can-decide={rights.decide}>
            <h2 id="gate-decision">{text(rights.decide ? 'decide' : 'point')}</h2>
            <DecidedBy gate={g} persons={persons.data} />
            <MaterialSection gate={g} persons={persons.data} mayProvide={rights.provide} onProvided={gate.reload} />
            {rights.decide ? (
              <DecisionForm key={g.taskId} gate={g} persons={persons.data ?? []} onDecided={onDecided} onRefused={gate.reload} />
            ) : (
              <p class="muted">{text('readOnly')}</p>
            )}
          </section>
        );
      }}
    </Loading>
  );
}

function DecidedBy({ gate, persons }: { gate: OpenGate; persons: Person[] | undefined }) {
  const text = useMessages(M);
  const rule = gate.steeringGroup.rule;
  return (
    <dl class="facts" data-testid="gate-decided-by">
      <dt>{text('decidedBy')}</dt>
      <dd>
        {rule ? (
          <>
            {text('decidedBy.group')}: <RuleText rule={rule} /> {text('recordedBy')}
          </>
        ) : gate.decisionMakerId ? (
          text('decidedBy.one', { name: nameOf(persons, gate.decisionMakerId) })
        ) : (
          text('decidedBy.none')
        )}
      </dd>
    </dl>
  );
}

function MaterialSection({ gate, persons, mayProvide, onProvided }: { gate: OpenGate; persons: Person[] | undefined; mayProvide: boolean; onProvided(): void }) {
  const text = useMessages(M);
  const { l, dateTime } = useI18n();
  // The piece just provided (its form moves under "replace" once it is): the message stays beside it.
  const [saved, setSaved] = useState<string | null>(null);
  const provided = (key: string) => {
    setSaved(key);
    onProvided();
  };
  return (
    <>
      <h3 id="gate-material">{text('material')}</h3>
      {gate.material.length ? (
        <ul class="material-list" aria-labelledby="gate-material" data-testid="gate-material">
          {gate.material.map((item) => (
            <li key={item.key} data-material={item.key} data-provided={Boolean(item.provided)}>
              <strong id={`material-${item.key}-name`}>{l(item.name)}</strong>{' '}
              <StatusBadge status={item.provided ? 'completed' : 'pending'} label={text(item.provided ? 'material.provided' : 'material.missing')} />
              {item.description ? <p class="hint">{l(item.description)}</p> : null}
              {item.provided ? (
                <p>
                  <a href={item.provided.link} rel="noreferrer">
                    {item.provided.title}
                  </a>{' '}
                  <span class="muted">({text('material.by', { name: nameOf(persons, item.provided.recordedBy), when: dateTime(item.provided.recordedAt) })})</span>
                </p>
              ) : null}
              {mayProvide ? (
                item.provided ? (
                  // Provided: replacing it is the exception, folded away.
                  <details>
                    <summary>{text('material.replace')}</summary>
                    <MaterialForm programId={gate.programId} item={item} onProvided={provided} />
                  </details>
                ) : (
                  <MaterialForm programId={gate.programId} item={item} onProvided={provided} />
                )
              ) : null}
              {saved === item.key ? <Success>{text('material.saved', { name: l(item.name) })}</Success> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{text('material.none')}</p>
      )}
      {gate.material.length && !gate.materialComplete ? <p class="hint">{text('material.incomplete')}</p> : null}
    </>
  );
}

function MaterialForm({ programId, item, onProvided }: { programId: string; item: Material; onProvided(key: string): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const [title, setTitle] = useState(item.provided?.title ?? '');
  const [link, setLink] = useState(item.provided?.link ?? '');
  const errors = fieldErrors(command.error);
  const id = `material-${item.key}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const done = await command.run(() => succeeded(api.PUT('/programs/{id}/gate/material/{key}', { params: { path: { id: programId, key: item.key } }, body: { title: title.trim(), link: link.trim() } })));
    if (done) onProvided(item.key);
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-name`} data-testid={`material-form-${item.key}`}>
      <div class="inline-fields">
        <div>
          <label for={`${id}-title`}>{text('material.title')}</label>
          <input
            id={`${id}-title`}
            type="text"
            required
            maxLength={300}
            value={title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
          <FieldError id={`${id}-title-error`} message={errors.title} />
        </div>
        <div>
          <label for={`${id}-link`}>{text('material.link')}</label>
          <input
            id={`${id}-link`}
            type="url"
            required
            maxLength={2000}
            value={link}
            placeholder="https://"
            aria-invalid={errors.link ? true : undefined}
            aria-describedby={`${id}-link-hint${errors.link ? ` ${id}-link-error` : ''}`}
            onInput={(e) => setLink(e.currentTarget.value)}
          />
          <p id={`${id}-link-hint`} class="hint">
            {text('material.linkHint')}
          </p>
          <FieldError id={`${id}-link-error`} message={errors.link} />
        </div>
      </div>
      <button type="submit" disabled={command.busy} aria-describedby={`${id}-name`}>
        {text(item.provided ? 'material.replace' : 'material.provide')}
      </button>
      <ProblemAlert error={command.error} />
    </form>
  );
}

/** Today in Stockholm, as a date input wants it. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

function DecisionForm({ gate, persons, onDecided, onRefused }: { gate: OpenGate; persons: Person[]; onDecided(): void; onRefused(): void }) {
  const text = useMessages(M);
  const words = useMessages(STEERING_WORDS);
  const { l } = useI18n();
  const command = useCommand();
  const group = gate.steeringGroup.rule ? gate.steeringGroup : null;
  const countsVotes = group?.rule?.kind === 'majority' || group?.rule?.kind === 'all';
  const seats = (group?.members ?? []).filter((s): s is SteeringSeat & { personId: string } => Boolean(s.personId));
  const [decision, setDecision] = useState<string>(gate.outcomes[0]?.key ?? 'approve');
  const [comment, setComment] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const [positions, setPositions] = useState<Record<string, Position>>({});
  const [conditions, setConditions] = useState<Condition[]>([]);
  const [reservations, setReservations] = useState<Reservation[]>([]);
  const errors = fieldErrors(command.error);
  const owners = persons.filter((p) => p.role === 'project_office' || p.role === 'contact_person');
  const mayReserve = seats.filter((s) => s.votes && present.includes(s.personId) && positions[s.personId] !== 'for');

  const togglePresent = (personId: string, on: boolean) => {
    setPresent((list) => (on ? [...list, personId] : list.filter((x) => x !== personId)));
    if (!on)
      setPositions((p) => {
        const { [personId]: _, ...rest } = p;
        return rest;
      });
  };
  const setCondition = (i: number, change: Partial<Condition>) => setConditions((list) => list.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const setReservation = (i: number, change: Partial<Reservation>) => setReservations((list) => list.map((r, j) => (j === i ? { ...r, ...change } : r)));

  const submit = async (e: Event) => {
    e.preventDefault();
    const body: Schemas['DecideGateDto'] = {
      decision,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(conditions.length ? { conditions: conditions.map((c) => ({ text: c.text.trim(), ownerId: c.ownerId, dueDate: c.dueDate })) } : {}),
      ...(group
        ? {
            // In the order of the seats, as the protocol lists them.
            present: seats.filter((s) => present.includes(s.personId)).map((s) => s.personId),
            ...(countsVotes ? { positions: seats.filter((s) => s.votes && present.includes(s.personId) && positions[s.personId]).map((s) => ({ personId: s.personId, position: positions[s.personId] })) } : {}),
            ...(reservations.length ? { reservations: reservations.map((r) => ({ personId: r.personId, text: r.text.trim() })) } : {}),
          }
        : {}),
    };
    const done = await command.run(() => succeeded(api.POST('/programs/{id}/gate', { params: { path: { id: gate.programId } }, body })));
    if (done !== undefined) onDecided();
    else onRefused();
  };

  return (
    <form onSubmit={submit} data-testid="gate-decision-form">
      {group ? (
        <>
          <h3 id="gate-members">{text('members')}</h3>
          <table class="members-table" aria-labelledby="gate-members" data-testid="gate-members">
            <thead>
              <tr>
                <th scope="col">{text('members.name')}</th>
                <th scope="col">{text('members.role')}</th>
                <th scope="col">{text('members.present')}</th>
                {countsVotes ? <th scope="col">{text('members.position')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {seats.map((s) => {
                const name = s.name ?? nameOf(persons, s.personId);
                const here = present.includes(s.personId);
                const id = `seat-${s.personId}`;
                return (
                  <tr key={s.personId} data-person={s.personId}>
                    <th scope="row">{name}</th>
                    <td>{words(`role.${s.role}`)}</td>
                    <td>
                      <input type="checkbox" id={`${id}-present`} checked={here} onChange={(e) => togglePresent(s.personId, e.currentTarget.checked)} />
                      <label for={`${id}-present`}>
                        <span aria-hidden="true">{text('members.present')}</span>
                        <span class="visually-hidden">{text('presentOf', { name })}</span>
                      </label>
                    </td>
                    {countsVotes ? (
                      <td>
                        {s.votes ? (
                          <fieldset disabled={!here}>
                            <legend class="visually-hidden">{text('positionOf', { name })}</legend>
                            {POSITIONS.map((p) => (
                              <span key={p}>
                                <input type="radio" id={`${id}-${p}`} name={`${id}-position`} value={p} checked={positions[s.personId] === p} onChange={() => setPositions((x) => ({ ...x, [s.personId]: p }))} />
                                <label for={`${id}-${p}`}>{words(`position.${p}`)}</label>
                              </span>
                            ))}
                          </fieldset>
                        ) : (
                          <span class="muted">{text('members.noVote')}</span>
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <FieldError id="gate-present-error" message={errors.present ?? errors.positions} />
        </>
      ) : null}

      <fieldset>
        <legend>{text('decision')}</legend>
        {gate.outcomes.map((o) => (
          <div key={o.key}>
            <input type="radio" id={`decision-${o.key}`} name="decision" value={o.key} checked={decision === o.key} onChange={() => setDecision(o.key)} />
            <label for={`decision-${o.key}`}>{l(o.name)}</label>
          </div>
        ))}
      </fieldset>
      <label for="gate-comment">{text('comment')}</label>
      <textarea
        id="gate-comment"
        maxLength={5000}
        value={comment}
        aria-invalid={errors.comment ? true : undefined}
        aria-describedby={errors.comment ? 'gate-comment-error' : undefined}
        onInput={(e) => setComment(e.currentTarget.value)}
      />
      <FieldError id="gate-comment-error" message={errors.comment} />

      <fieldset data-testid="gate-conditions">
        <legend>{text('conditions')}</legend>
        <p id="conditions-hint" class="hint">
          {text('conditions.hint', { max: MAX_CONDITIONS })}
        </p>
        {conditions.map((c, i) => {
          const id = `condition-${i}`;
          const err = (f: string) => errors[`conditions[${i}].${f}`];
          return (
            <fieldset key={i} class="row-fields" data-testid={id}>
              <legend>{text('condition.legend', { n: i + 1 })}</legend>
              <label for={`${id}-text`}>{text('condition.text')}</label>
              <textarea id={`${id}-text`} required maxLength={2000} value={c.text} aria-invalid={err('text') ? true : undefined} aria-describedby={err('text') ? `${id}-text-error` : undefined} onInput={(e) => setCondition(i, { text: e.currentTarget.value })} />
              <FieldError id={`${id}-text-error`} message={err('text')} />
              <div class="inline-fields">
                <div>
                  <label for={`${id}-owner`}>{text('condition.owner')}</label>
                  <select id={`${id}-owner`} required value={c.ownerId} aria-invalid={err('ownerId') ? true : undefined} aria-describedby={err('ownerId') ? `${id}-owner-error` : undefined} onChange={(e) => setCondition(i, { ownerId: e.currentTarget.value })}>
                    <option value="">{text('condition.choose')}</option>
                    {owners.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.displayName}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`${id}-owner-error`} message={err('ownerId')} />
                </div>
                <div>
                  <label for={`${id}-due`}>{text('condition.due')}</label>
                  <input id={`${id}-due`} type="date" required min={today()} value={c.dueDate} aria-invalid={err('dueDate') ? true : undefined} aria-describedby={err('dueDate') ? `${id}-due-error` : undefined} onInput={(e) => setCondition(i, { dueDate: e.currentTarget.value })} />
                  <FieldError id={`${id}-due-error`} message={err('dueDate')} />
                </div>
              </div>
              <div>
                <button type="button" onClick={() => setConditions((list) => list.filter((_, j) => j !== i))}>
                  {text('condition.remove', { n: i + 1 })}
                </button>
              </div>
            </fieldset>
          );
        })}
        <button type="button" disabled={conditions.length >= MAX_CONDITIONS} aria-describedby="conditions-hint" onClick={() => setConditions((list) => [...list, { text: '', ownerId: '', dueDate: '' }])}>
          {text('condition.add')}
        </button>
      </fieldset>

      {group ? (
        <fieldset data-testid="gate-reservations">
          <legend>{text('reservations')}</legend>
          <p id="reservations-hint" class="hint">
            {text('reservations.hint')}
          </p>
          {reservations.map((r, i) => {
            const id = `reservation-${i}`;
            const err = (f: string) => errors[`reservations[${i}].${f}`];
            return (
              <fieldset key={i} class="row-fields" data-testid={id}>
                <legend>{text('reservation.legend', { n: i + 1 })}</legend>
                <label for={`${id}-person`}>{text('reservation.person')}</label>
                <select id={`${id}-person`} required value={r.personId} aria-invalid={err('personId') ? true : undefined} aria-describedby={err('personId') ? `${id}-person-error` : undefined} onChange={(e) => setReservation(i, { personId: e.currentTarget.value })}>
                  <option value="">{text('reservation.choose')}</option>
                  {/* Whoever may reserve now, and the one chosen even if their position has changed since (the API says why). */}
                  {seats
                    .filter((s) => mayReserve.includes(s) || s.personId === r.personId)
                    .map((s) => (
                      <option key={s.personId} value={s.personId}>
                        {s.name ?? nameOf(persons, s.personId)}
                      </option>
                    ))}
                </select>
                <FieldError id={`${id}-person-error`} message={err('personId')} />
                <label for={`${id}-text`}>{text('reservation.text')}</label>
                <textarea id={`${id}-text`} required maxLength={2000} value={r.text} aria-invalid={err('text') ? true : undefined} aria-describedby={err('text') ? `${id}-text-error` : undefined} onInput={(e) => setReservation(i, { text: e.currentTarget.value })} />
                <FieldError id={`${id}-text-error`} message={err('text')} />
                <div>
                  <button type="button" onClick={() => setReservations((list) => list.filter((_, j) => j !== i))}>
                    {text('reservation.remove', { n: i + 1 })}
                  </button>
                </div>
              </fieldset>
            );
          })}
          <button type="button" disabled={reservations.length >= seats.length} aria-describedby="reservations-hint" onClick={() => setReservations((list) => [...list, { personId: '', text: '' }])}>
            {text('reservation.add')}
          </button>
        </fieldset>
      ) : null}

      <div>
        <button type="submit" class="primary" disabled={command.busy}>
          {text('decideButton')}
        </button>
      </div>
      <ProblemAlert error={command.error} />
    </form>
  );
}
