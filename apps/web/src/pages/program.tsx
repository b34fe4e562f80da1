import { useState } from 'preact/hooks';
import { api, ok, succeeded } from '../api.js';
import { Loading, ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import { ProgramFrame, PROGRAM_PAGES, useGovernance, useProgram, type Governance } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, type Me } from '../session.js';
import { GatePanel } from '../components/gate-panel.js';
import type { PhaseDefinition, Program } from '../types.js';
import { PhaseOneStepForm } from './phase-one-steps.js';
import { GateOwnerForm, GenericStep } from '../steps/generic-steps.js';

/** Step kinds whose screen is the generic one (their data: GET /programs/{id}/steps/{stepKey}). */
const GENERIC_KINDS = ['form', 'checklist', 'document'];

const M = defineMessages(
  {
    timeline: 'Faser och steg',
    gate: 'Beslutspunkt (grind)',
    'gate.none': 'Beslutas av styrgruppen när fasen är klar',
    'gate.open': 'Väntar på styrgruppens beslut',
    'gate.approve': 'Godkänd',
    'gate.return': 'Återremitterad',
    'gate.stop': 'Stoppad',
    'phase.pending': 'Ej startad',
    'phase.active': 'Pågår',
    'phase.returned': 'Återremitterad',
    'phase.sent-back': 'Tillbakaskickad',
    'phase.completed': 'Klar',
    'phase.stopped': 'Stoppad',
    'step.done': 'klart',
    'step.current': 'pågår',
    current: 'Nuvarande steg',
    noStep: 'Inget steg är öppet just nu.',
    waiting: 'Steget öppnar strax …',
    complete: 'Slutför steget',
    completed: 'Steget är slutfört: {step}.',
    gotoNeeds: 'Importera och kategorisera behov på sidan Behov.',
    sessions: 'Insamlingstillfällen',
    'sessions.none': 'Inga insamlingstillfällen planerade ännu.',
    'session.add': 'Planera ett insamlingstillfälle',
    'session.kind': 'Typ av tillfälle',
    'session.title': 'Rubrik',
    'session.heldOn': 'Datum',
    'session.groups': 'Deltagargrupper',
    'session.needs': 'Behov',
    'session.added': 'Insamlingstillfället är planerat.',
    decided: 'Beslutet är registrerat.',
    history: 'Arbetsflödets historik',
    closed: 'Programmet är avslutat.',
  },
  {
    timeline: 'Phases and steps',
    gate: 'Gate',
    'gate.none': 'Decided by the steering group when the phase is done',
    'gate.open': "Waiting for the steering group's decision",
    'gate.approve': 'Approved',
    'gate.return': 'Returned',
    'gate.stop': 'Stopped',
    'phase.pending': 'Not started',
    'phase.active': 'Active',
    'phase.returned': 'Returned',
    'phase.sent-back': 'Sent back',
    'phase.completed': 'Completed',
    'phase.stopped': 'Stopped',
    'step.done': 'done',
    'step.current': 'in progress',
    current: 'Current step',
    noStep: 'No step is open right now.',
    waiting: 'The step opens in a moment …',
    complete: 'Complete the step',
    completed: 'The step is completed: {step}.',
    gotoNeeds: 'Import and categorize needs on the Needs page.',
    sessions: 'Gathering sessions',
    'sessions.none': 'No gathering sessions planned yet.',
    'session.add': 'Plan a gathering session',
    'session.kind': 'Kind of session',
    'session.title': 'Title',
    'session.heldOn': 'Date',
    'session.groups': 'Participant groups',
    'session.needs': 'Needs',
    'session.added': 'The gathering session is planned.',
    decided: 'The decision is recorded.',
    history: "The workflow's history",
    closed: 'The program is closed.',
  },
);

export function ProgramOverview({ me, params }: { me: Me; params: { id: string } }) {
  const program = useProgram(params.id, 3000);
  const governance = useGovernance(params.id, program.data);
  const text = useMessages(M);
  const pages = useMessages(PROGRAM_PAGES);
  // The decision recorded here (its gate's task): the message stays once the gate has closed.
  const [decided, setDecided] = useState<string | null>(null);
  // With a steering group its chair is the decision maker: the office sets it on the Styrgrupp page, not here.
  const steering = useLoad(() => (isOffice(me) ? ok(api.GET('/programs/{id}/steering-group', { params: { path: { id: params.id } } })) : Promise.resolve(null)), [params.id, me.role]);
  return (
    <ProgramFrame program={program} page={pages('overview')}>
      {(p) => (
        <>
          <Timeline program={p} />
          {p.position?.status === 'closed' ? <p class="alert alert-info">{text('closed')}</p> : null}
          {p.phases?.some((ph) => ph.steps.length) ? (
            <CurrentStep key={`${p.position?.phaseKey}/${p.position?.stepKey}`} me={me} program={p} governance={governance.data ?? null} onChange={program.reload} />
          ) : null}
          {isOffice(me) && steering.data?.rule === null && p.position?.status === 'active' && p.phases?.some((ph) => ph.gate) && !p.phases.some((ph) => ph.steps.some((s) => s.kind === 'collaboration-model')) ? (
            <GateOwnerForm program={p} onChange={program.reload} />
          ) : null}
          {p.position?.gateTaskId && p.position.status === 'active' ? (
            <GatePanel
              me={me}
              program={p}
              onDecided={() => {
                setDecided(p.position?.gateTaskId ?? null);
                program.reload();
              }}
            />
          ) : null}
          {decided && (!p.position?.gateTaskId || p.position.gateTaskId === decided) ? <Success>{text('decided')}</Success> : null}
          {me.role === 'manager' || me.role === 'project_office' ? (
            <p>
              <a href={`/app/audit/workflows/${encodeURIComponent(p.workflowId)}`}>{text('history')}</a>
            </p>
          ) : null}
        </>
      )}
    </ProgramFrame>
  );
}

function stepState(program: Program, phase: PhaseDefinition, index: number): 'done' | 'current' | 'pending' {
  const status = program.live?.phases.find((ph) => ph.key === phase.key)?.status;
  if (status === 'completed') return 'done';
  const pos = program.position;
  if (!pos || pos.phaseKey !== phase.key) return 'pending';
  const current = phase.steps.findIndex((s) => s.key === pos.stepKey);
  if (current < 0) return pos.gateTaskId || program.live?.gate?.phaseKey === phase.key ? 'done' : 'pending';
  if (index < current || (index === current && pos.stepStatus === 'completed')) return 'done';
  return index === current ? 'current' : 'pending';
}

/** The template's phases in order, each with its steps (done, in progress, ahead) and its gate. */
function Timeline({ program }: { program: Program }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const phases = program.phases ?? [];
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{text('timeline')}</h2>
      <ol class="timeline" data-testid="phase-timeline">
        {phases.map((phase) => {
          const live = program.live?.phases.find((ph) => ph.key === phase.key);
          const status = live?.status ?? 'pending';
          const gate = program.live?.gate?.phaseKey === phase.key ? program.live.gate : null;
          return (
            <li key={phase.key} class={status === 'active' ? 'phase-active' : undefined} data-phase={phase.key}>
              <h3>
                {l(phase.name)} <StatusBadge status={status} label={text(`phase.${status}`)} />
              </h3>
              {phase.steps.length ? (
                <ol class="steps">
                  {phase.steps.map((step, i) => {
                    const state = stepState(program, phase, i);
                    return (
                      <li key={step.key} class={`step-${state}`} data-step={step.key} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
                        {l(step.name)}
                        {state !== 'pending' ? <span class="visually-hidden"> ({text(state === 'done' ? 'step.done' : 'step.current')})</span> : null}
                      </li>
                    );
                  })}
                </ol>
              ) : null}
              {phase.gate ? (
                <p class="gate" data-testid={`gate-${phase.key}`}>
                  <strong>{text('gate')}:</strong>{' '}
                  {gate?.status === 'decided' && gate.decision ? (
                    <StatusBadge status={gate.decision} label={SKOLA_FORST_OUTCOMES.includes(gate.decision) ? text(`gate.${gate.decision as 'approve'}`) : outcomeLabel(phase, gate.decision, l)} />
                  ) : gate?.status === 'open' ? (
                    <StatusBadge status="open" label={text('gate.open')} />
                  ) : (
                    <span class="muted">{text('gate.none')}</span>
                  )}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function CurrentStep({ me, program, governance, onChange }: { me: Me; program: Program; governance: Governance | null; onChange(): void }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const [done, setDone] = useState<string | null>(null);
  const pos = program.position;
  const phase = program.phases?.find((ph) => ph.key === pos?.phaseKey);
  const step = phase?.steps.find((s) => s.key === pos?.stepKey);
  if (!pos || !phase || !step) return null;
  const open = pos.stepStatus === 'open';
  const complete = async () => {
    setDone(null);
    const ok = await command.run(() => succeeded(api.POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: program.id, stepKey: step.key } } })));
    if (ok !== undefined) {
      setDone(l(step.name));
      onChange();
    }
  };
  return (
    <section class="card" aria-labelledby="current-step">
      <h2 id="current-step">
        {text('current')}: {l(step.name)}
      </h2>
      {!open ? <p role="status">{text('waiting')}</p> : null}
      {step.kind === 'gathering-plan' || step.kind === 'needs-gathering' ? <Sessions me={me} program={program} governance={governance} planning={open && step.kind === 'gathering-plan'} /> : null}
      {open && isOffice(me) && governance ? <PhaseOneStepForm kind={step.kind} program={program} governance={governance} /> : null}
      {GENERIC_KINDS.includes(step.kind) ? <GenericStep key={`${step.key}/${pos.stepStatus}`} me={me} program={program} stepKey={step.key} open={open} onChange={onChange} /> : null}
      {step.kind === 'needs-gathering' || step.kind === 'needs-categorization' ? (
        <p>
          <a href={`/app/programs/${program.id}/needs`}>{text('gotoNeeds')}</a>
        </p>
      ) : null}
      {isOffice(me) && open ? (
        <button type="button" class="primary" disabled={command.busy} onClick={complete}>
          {text('complete')}
        </button>
      ) : null}
      {done ? <Success>{text('completed', { step: done })}</Success> : null}
      <ProblemAlert error={command.error} />
    </section>
  );
}

function Sessions({ me, program, governance, planning }: { me: Me; program: Program; governance: Governance | null; planning: boolean }) {
  const { l, date } = useI18n();
  const text = useMessages(M);
  const sessions = useLoad(() => ok(api.GET('/programs/{id}/sessions', { params: { path: { id: program.id } } })), [program.id]);
  const label = (list: { key: string; name: { sv: string; en: string } }[] | undefined, key: string) => l(list?.find((x) => x.key === key)?.name) || key;
  return (
    <>
      <h3>{text('sessions')}</h3>
      <Loading resource={sessions}>
        {(list) =>
          list.length ? (
            <table data-testid="sessions">
              <Head columns={[text('session.title'), text('session.kind'), text('session.heldOn'), text('session.groups'), { text: text('session.needs'), num: true }]} />
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <td>{s.title}</td>
                    <td>{label(governance?.sessionKinds, s.kind)}</td>
                    <td>{date(s.heldOn)}</td>
                    <td>{s.participantGroups.map((g) => label(governance?.participantGroups, g)).join(', ')}</td>
                    <td class="num">{s.needs}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{text('sessions.none')}</p>
          )
        }
      </Loading>
      {planning && isOffice(me) && governance ? <PlanSession program={program} governance={governance} onAdded={sessions.reload} /> : null}
    </>
  );
}

function PlanSession({ program, governance, onAdded }: { program: Program; governance: Governance; onAdded(): void }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const [kind, setKind] = useState(governance.sessionKinds[0]?.key ?? '');
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const [added, setAdded] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setAdded(false);
    const created = await command.run(() =>
      succeeded(api.POST('/programs/{id}/sessions', { params: { path: { id: program.id } }, body: { kind, title: title.trim(), heldOn, participantGroups: groups } })),
    );
    if (created) {
      setAdded(true);
      setTitle('');
      onAdded();
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="plan-session">
      <h3 id="plan-session">{text('session.add')}</h3>
      <div class="inline-fields">
        <div>
          <label for="session-kind">{text('session.kind')}</label>
          <select id="session-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            {governance.sessionKinds.map((k) => (
              <option key={k.key} value={k.key}>
                {l(k.name)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="session-title">{text('session.title')}</label>
          <input id="session-title" type="text" required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div>
          <label for="session-date">{text('session.heldOn')}</label>
          <input id="session-date" type="date" required value={heldOn} onInput={(e) => setHeldOn(e.currentTarget.value)} />
        </div>
      </div>
      <fieldset>
        <legend>{text('session.groups')}</legend>
        {governance.participantGroups.map((g) => (
          <span key={g.key}>
            <input
              type="checkbox"
              id={`group-${g.key}`}
              checked={groups.includes(g.key)}
              onChange={(e) => setGroups(e.currentTarget.checked ? [...groups, g.key] : groups.filter((x) => x !== g.key))}
            />
            <label for={`group-${g.key}`}>{l(g.name)}</label>
          </span>
        ))}
      </fieldset>
      <button type="submit" disabled={command.busy}>
        {text('session.add')}
      </button>
      {added ? <Success>{text('session.added')}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}

/** Skola först's gate outcomes, which have a past-tense label of their own (Godkänd, Återremitterad, Stoppad). */
const SKOLA_FORST_OUTCOMES = ['approve', 'return', 'stop'];

/** A decided outcome as the template labels it. */
function outcomeLabel(phase: PhaseDefinition, key: string, l: (t: { sv: string; en: string }) => string): string {
  const outcome = phase.outcomes.find((o) => o.key === key);
  return outcome ? l(outcome.name) : key;
}
