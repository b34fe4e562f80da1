import { useState } from 'preact/hooks';
import { api, ok, succeeded, type Schemas } from '../api.js';
import { Loading, ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { useGovernance, useProgram } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { mayCommand, type Me } from '../session.js';

const M = defineMessages(
  {
    back: 'Aktivitetsmatrisen',
    status: 'Status',
    'status.planning': 'Planering',
    'status.execution': 'Genomförande',
    'status.evaluation': 'Utvärdering',
    'status.ended': 'Avslutad',
    'status.scaled-up': 'Uppskalad',
    focusAreas: 'Fokusområden',
    levels: 'Nivåer',
    method: 'Metod',
    goals: 'Effektmål',
    indicators: 'Indikatorer som aktiviteten ska flytta',
    period: 'Planerad period',
    cycle: 'Omgång',
    description: 'Beskrivning',
    cycles: 'Omgångar och beslut',
    decision: 'Beslut',
    rationale: 'Motivering',
    decidedAt: 'Beslutat',
    pending: 'Pågår',
    successors: 'Uppskalade efterföljare',
    planning: 'Den ansvariga kontaktpersonen planerar aktiviteten (en uppgift i deras inkorg).',
    finish: 'Genomförandet är klart',
    finished: 'Genomförandet är klart; utvärderingen har öppnat.',
    evaluate: 'Utvärdera omgången',
    'decision.end': 'Avsluta aktiviteten',
    'decision.continue': 'Fortsätta – en ny omgång',
    'decision.scale-up': 'Skala upp – en bredare efterföljare',
    successorTitle: 'Efterföljarens namn (vid uppskalning)',
    evaluateButton: 'Registrera utvärderingen',
    evaluated: 'Utvärderingen är registrerad.',
  },
  {
    back: 'The activity matrix',
    status: 'Status',
    'status.planning': 'Planning',
    'status.execution': 'Execution',
    'status.evaluation': 'Evaluation',
    'status.ended': 'Ended',
    'status.scaled-up': 'Scaled up',
    focusAreas: 'Focus areas',
    levels: 'Levels',
    method: 'Method',
    goals: 'Effect goals',
    indicators: 'Indicators the activity should move',
    period: 'Planned period',
    cycle: 'Cycle',
    description: 'Description',
    cycles: 'Cycles and decisions',
    decision: 'Decision',
    rationale: 'Rationale',
    decidedAt: 'Decided',
    pending: 'In progress',
    successors: 'Scaled-up successors',
    planning: 'The responsible contact person plans the activity (a task in their inbox).',
    finish: 'Execution is done',
    finished: 'Execution is done; the evaluation has opened.',
    evaluate: 'Evaluate the cycle',
    'decision.end': 'End the activity',
    'decision.continue': 'Continue – a new cycle',
    'decision.scale-up': 'Scale up – a wider successor',
    successorTitle: "The successor's name (when scaling up)",
    evaluateButton: 'Record the evaluation',
    evaluated: 'The evaluation is recorded.',
  },
);

type Activity = Schemas['ActivityDetailView'];

/** One phase II activity: what it is, its cycles and decisions, and (for those who may act) execution done and the evaluation. */
export function ActivityPage({ me, params }: { me: Me; params: { activityId: string } }) {
  const activity = useLoad(() => ok(api.GET('/activities/{activityId}', { params: { path: { activityId: params.activityId } } })), [params.activityId], 5000, (c) => c.activityId === params.activityId);
  return <Loading resource={activity}>{(a) => <ActivityView me={me} activity={a} reload={activity.reload} />}</Loading>;
}

function ActivityView({ me, activity: a, reload }: { me: Me; activity: Activity; reload(): void }) {
  const { l, date, dateTime } = useI18n();
  const text = useMessages(M);
  const program = useProgram(a.programId);
  const governance = useGovernance(a.programId, program.data);
  const focusAreas = useLoad(() => ok(api.GET('/programs/{id}/focus-areas', { params: { path: { id: a.programId } } })), [a.programId]);
  const effectGoals = useLoad(() => (a.indicatorIds.length ? ok(api.GET('/programs/{id}/effect-goals', { params: { path: { id: a.programId } } })) : Promise.resolve([])), [a.programId, a.indicatorIds.length]);
  const indicatorName = (id: string) => l((effectGoals.data ?? []).flatMap((goal) => goal.indicators).find((i) => i.id === id)?.name) || id;
  const [notice, setNotice] = useState<string | null>(null);
  const g = governance.data;
  const name = (list: { key: string; name: { sv: string; en: string } }[] | undefined, key: string) => l(list?.find((x) => x.key === key)?.name) || key;
  const may = mayCommand(me) && (me.role === 'project_office' || me.id === a.responsibleId);
  const done = (message: string) => {
    setNotice(message);
    reload();
  };
  return (
    <>
      <p>
        <a href={`/app/programs/${a.programId}/matrix`}>← {text('back')}</a>
      </p>
      <PageTitle title={a.title}>{a.title}</PageTitle>
      <dl class="facts" data-testid="activity-facts">
        <dt>{text('status')}</dt>
        <dd>
          <StatusBadge status={a.status} label={text(`status.${a.status}`)} /> · {text('cycle')} {a.cycle}
        </dd>
        <dt>{text('focusAreas')}</dt>
        <dd>{a.focusAreaKeys.map((k) => name(focusAreas.data?.focusAreas, k)).join(', ')}</dd>
        <dt>{text('levels')}</dt>
        <dd>{a.levelKeys.map((k) => name(g?.matrixLevels, k)).join(', ')}</dd>
        <dt>{text('method')}</dt>
        <dd>{name(g?.methods, a.methodKey)}</dd>
        <dt>{text('goals')}</dt>
        <dd>{a.effectGoalNumbers.map((n) => `${n}. ${l(g?.effectGoals.find((e) => e.number === n)?.text)}`).join(' · ')}</dd>
        {a.indicatorIds.length ? (
          <>
            <dt>{text('indicators')}</dt>
            <dd data-testid="activity-indicators">{a.indicatorIds.map(indicatorName).join(' · ')}</dd>
          </>
        ) : null}
        <dt>{text('period')}</dt>
        <dd>
          {date(a.plannedStart)} – {date(a.plannedEnd)}
        </dd>
      </dl>
      {a.description ? (
        <>
          <h2>{text('description')}</h2>
          <p class="instructions">{a.description}</p>
        </>
      ) : null}
      <h2>{text('cycles')}</h2>
      <table data-testid="activity-cycles">
        <Head columns={[{ text: text('cycle'), num: true }, text('decision'), text('rationale'), text('decidedAt')]} />
        <tbody>
          {a.cycles.map((c) => (
            <tr key={c.cycle}>
              <td class="num">{c.cycle}</td>
              <td>{c.decision ? <StatusBadge status={c.decision} label={name(g?.evaluationDecisions, c.decision)} /> : text('pending')}</td>
              <td>{c.rationale ?? '–'}</td>
              <td>{dateTime(c.decidedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {a.successors.length ? (
        <>
          <h2>{text('successors')}</h2>
          <ul>
            {a.successors.map((s) => (
              <li key={s.id}>
                <a href={`/app/activities/${s.id}`}>{s.title}</a> <StatusBadge status={s.status} label={text(`status.${s.status}`)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notice ? <Success>{notice}</Success> : null}
      {a.status === 'planning' ? <p class="alert alert-info">{text('planning')}</p> : null}
      {may && a.status === 'execution' ? <FinishExecution activityId={a.id} onDone={done} /> : null}
      {may && a.status === 'evaluation' ? <Evaluate activityId={a.id} onDone={done} /> : null}
    </>
  );
}

function FinishExecution({ activityId, onDone }: { activityId: string; onDone(message: string): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const finish = async () => {
    if ((await command.run(() => succeeded(api.POST('/activities/{activityId}/execution/complete', { params: { path: { activityId } } })))) !== undefined) onDone(text('finished'));
  };
  return (
    <>
      <button type="button" class="primary" disabled={command.busy} onClick={finish}>
        {text('finish')}
      </button>
      <ProblemAlert error={command.error} />
    </>
  );
}

function Evaluate({ activityId, onDone }: { activityId: string; onDone(message: string): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const [decision, setDecision] = useState<'end' | 'continue' | 'scale-up'>('continue');
  const [rationale, setRationale] = useState('');
  const [title, setTitle] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { decision, rationale: rationale.trim(), ...(decision === 'scale-up' ? { scaleUp: title.trim() ? { title: title.trim() } : {} } : {}) };
    if ((await command.run(() => succeeded(api.POST('/activities/{activityId}/evaluate', { params: { path: { activityId } }, body })))) !== undefined) onDone(text('evaluated'));
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="evaluate-heading" data-testid="evaluate-activity">
      <h2 id="evaluate-heading">{text('evaluate')}</h2>
      <fieldset>
        <legend>{text('decision')}</legend>
        {(['end', 'continue', 'scale-up'] as const).map((d) => (
          <div key={d}>
            <input type="radio" id={`evaluation-${d}`} name="evaluation" checked={decision === d} onChange={() => setDecision(d)} />
            <label for={`evaluation-${d}`}>{text(`decision.${d}`)}</label>
          </div>
        ))}
      </fieldset>
      <label for="evaluation-rationale">{text('rationale')}</label>
      <textarea id="evaluation-rationale" required maxLength={5000} value={rationale} onInput={(e) => setRationale(e.currentTarget.value)} />
      {decision === 'scale-up' ? (
        <>
          <label for="evaluation-successor">{text('successorTitle')}</label>
          <input id="evaluation-successor" type="text" maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </>
      ) : null}
      <div>
        <button type="submit" class="primary" disabled={command.busy}>
          {text('evaluateButton')}
        </button>
      </div>
      <ProblemAlert error={command.error} />
    </form>
  );
}
