import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { api, ok, succeeded, type Schemas } from '../api.js';
import { Loading, ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Me } from '../session.js';
import type { FormField, Task } from '../types.js';

const M = defineMessages(
  {
    back: 'Tillbaka till uppgifterna',
    status: 'Status',
    due: 'Ska vara klar',
    meeting: 'Möte',
    location: 'Plats',
    reminders: 'Påminnelser skickade',
    escalated: 'Eskalerad till projektkontoret',
    instructions: 'Instruktioner',
    answer: 'Svar',
    yes: 'Ja',
    no: 'Nej',
    choose: 'Välj …',
    required: '(obligatoriskt)',
    complete: 'Markera som klar',
    completed: 'Uppgiften är klar och har lämnat inkorgen.',
    givenAnswer: 'Lämnat svar',
    viaProgram: 'Den här uppgiften slutförs i programmet:',
    openProgram: 'Öppna programmet',
    outcome: 'Intervjuns utfall',
    outcomeLegend: 'Kandidaten …',
    'outcome.admit': 'antas (om det finns plats)',
    'outcome.waiting': 'sätts på reservlistan',
    'outcome.active-interest': 'sätts på listan aktivt intresse',
    'outcome.passive-interest': 'sätts på listan passivt intresse',
    'outcome.not-suitable': 'bedöms inte lämplig',
    'outcome.list': 'sätts på listan {list}',
    note: 'Anteckning (valfri)',
    outcomeButton: 'Registrera utfallet',
    outcomeRecorded: 'Utfallet är registrerat och intervjun avslutad.',
    openCohort: 'Kullens sida',
    viaActivity: 'Utvärderingen görs på aktivitetens sida.',
    openActivity: 'Öppna aktiviteten',
    offer: 'Erbjudande om plats',
    accept: 'Tacka ja till platsen',
    decline: 'Tacka nej',
    accepted: 'Du har tackat ja. Välkommen!',
    declined: 'Du har tackat nej; platsen går vidare.',
    'status.open': 'Öppen',
    'status.done': 'Klar',
    'status.cancelled': 'Avbruten',
    'status.overdue': 'Försenad',
  },
  {
    back: 'Back to the tasks',
    status: 'Status',
    due: 'Due',
    meeting: 'Meeting',
    location: 'Location',
    reminders: 'Reminders sent',
    escalated: 'Escalated to the project office',
    instructions: 'Instructions',
    answer: 'Answer',
    yes: 'Yes',
    no: 'No',
    choose: 'Choose …',
    required: '(required)',
    complete: 'Mark as done',
    completed: 'The task is done and has left the inbox.',
    givenAnswer: 'Answer given',
    viaProgram: 'This task is completed in the program:',
    openProgram: 'Open the program',
    outcome: "The interview's outcome",
    outcomeLegend: 'The candidate is …',
    'outcome.admit': 'admitted (if there is a place)',
    'outcome.waiting': 'put on the waiting list',
    'outcome.active-interest': 'put on the active-interest list',
    'outcome.passive-interest': 'put on the passive-interest list',
    'outcome.not-suitable': 'not suitable',
    'outcome.list': 'put on the list {list}',
    note: 'Note (optional)',
    outcomeButton: 'Record the outcome',
    outcomeRecorded: 'The outcome is recorded and the interview closed.',
    openCohort: "The cohort's page",
    viaActivity: "The evaluation is made on the activity's page.",
    openActivity: 'Open the activity',
    offer: 'Offer of a place',
    accept: 'Accept the place',
    decline: 'Decline',
    accepted: 'You accepted. Welcome!',
    declined: 'You declined; the place moves on.',
    'status.open': 'Open',
    'status.done': 'Done',
    'status.cancelled': 'Cancelled',
    'status.overdue': 'Overdue',
  },
);

const PROGRAM_CONTROLLED: Task['purpose'][] = ['step', 'gate'];

export function TaskDetail({ me, params }: { me: Me; params: { id: string } }) {
  const { dateTime } = useI18n();
  const text = useMessages(M);
  const task = useLoad(() => ok(api.GET('/tasks/{id}', { params: { path: { id: params.id } } })), [params.id]);
  // Kept here: the form that reported it is gone once the task reloads as done.
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    task.reload();
  };
  return (
    <>
      <p>
        <a href="/app/tasks">← {text('back')}</a>
      </p>
      <Loading resource={task}>
        {(t) => {
          const status = t.status === 'open' && t.overdue ? 'overdue' : t.status;
          const meeting = t.meeting;
          return (
            <>
              <PageTitle title={t.title}>{t.title}</PageTitle>
              <dl class="facts">
                <dt>{text('status')}</dt>
                <dd>
                  <StatusBadge status={status} label={text(`status.${status}` as 'status.open')} />
                  {t.escalated ? <> {text('escalated')}</> : null}
                </dd>
                <dt>{text('due')}</dt>
                <dd>{dateTime(t.dueAt)}</dd>
                {meeting ? (
                  <>
                    <dt>{text('meeting')}</dt>
                    <dd>
                      {dateTime(meeting.startsAt)}
                      {meeting.location ? ` · ${meeting.location}` : ''}
                    </dd>
                  </>
                ) : null}
                <dt>{text('reminders')}</dt>
                <dd>{t.remindersSent}</dd>
              </dl>
              {t.instructions ? (
                <>
                  <h2>{text('instructions')}</h2>
                  <p class="instructions">{t.instructions}</p>
                </>
              ) : null}
              {notice ? <Success>{notice}</Success> : null}
              {t.answer ? <GivenAnswer task={t} /> : null}
              {t.status === 'open' ? <Act me={me} task={t} onDone={done} /> : null}
            </>
          );
        }}
      </Loading>
    </>
  );
}

function GivenAnswer({ task }: { task: Task }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const fields = task.answerForm?.fields ?? [];
  return (
    <section aria-labelledby="given-answer">
      <h2 id="given-answer">{text('givenAnswer')}</h2>
      <dl class="facts" data-testid="given-answer">
        {Object.entries(task.answer ?? {}).map(([k, v]) => (
          <Fragment key={k}>
            <dt>{l(fields.find((f) => f.key === k)?.label) || k}</dt>
            <dd>{typeof v === 'boolean' ? text(v ? 'yes' : 'no') : String(v)}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

/** What the signed-in person can do with an open task: answer its form, answer an offer, or go where it is completed. */
function Act({ me, task, onDone }: { me: Me; task: Task; onDone(message: string): void }) {
  const text = useMessages(M);
  if (me.role === 'manager') return null;
  if (PROGRAM_CONTROLLED.includes(task.purpose) && task.programId) {
    return (
      <p class="alert alert-info">
        {text('viaProgram')} <a href={`/app/programs/${task.programId}`}>{text('openProgram')}</a>
      </p>
    );
  }
  if (task.purpose === 'activity-evaluation' && task.activityId) {
    return (
      <p class="alert alert-info">
        {text('viaActivity')} <a href={`/app/activities/${task.activityId}`}>{text('openActivity')}</a>
      </p>
    );
  }
  if (task.purpose === 'interview') return <InterviewOutcome task={task} onDone={onDone} />;
  if (task.purpose === 'offer') return task.assigneeId === me.id ? <OfferAnswer task={task} onDone={onDone} /> : null;
  return <AnswerForm task={task} onDone={onDone} />;
}

type Outcome = Schemas['InterviewOutcomeDto']['outcome'];
/** Fast Track's outcomes: what interview tasks without a choice of outcomes offer. */
const FAST_TRACK_OUTCOMES = ['admit', 'waiting', 'active-interest', 'passive-interest', 'not-suitable'] as const;
type NamedOutcome = (typeof FAST_TRACK_OUTCOMES)[number];
const named = (o: Outcome): o is NamedOutcome => (FAST_TRACK_OUTCOMES as readonly string[]).includes(o);

/** The interviewer's outcome: it places the candidate through the cohort workflow and closes the interview. */
function InterviewOutcome({ task, onDone }: { task: Task; onDone(message: string): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const [cohortId, personId] = (task.subjectKey ?? '').split('/');
  // The outcomes the cohort takes (admit, its template's lists, not suitable), as the task's answer form names them.
  const offered = task.answerForm?.fields.find((f) => f.key === 'outcome')?.options;
  const outcomes: Outcome[] = offered?.length ? offered : [...FAST_TRACK_OUTCOMES];
  const submit = async (e: Event) => {
    e.preventDefault();
    const ok = await command.run(() =>
      succeeded(api.POST('/cohorts/{id}/interviews/{personId}/outcome', { params: { path: { id: cohortId, personId } }, body: { outcome: outcome as Outcome, ...(note.trim() ? { note: note.trim() } : {}) } })),
    );
    if (ok !== undefined) onDone(text('outcomeRecorded'));
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="outcome-heading" data-testid="interview-outcome">
      <h2 id="outcome-heading">{text('outcome')}</h2>
      <fieldset>
        <legend>{text('outcomeLegend')}</legend>
        {outcomes.map((o) => (
          <div key={o}>
            <input type="radio" id={`outcome-${o}`} name="outcome" required checked={outcome === o} onChange={() => setOutcome(o)} />
            <label for={`outcome-${o}`}>{named(o) ? text(`outcome.${o}`) : text('outcome.list', { list: o })}</label>
          </div>
        ))}
      </fieldset>
      <label for="outcome-note">{text('note')}</label>
      <textarea id="outcome-note" maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <div>
        <button type="submit" class="primary" disabled={command.busy}>
          {text('outcomeButton')}
        </button>
      </div>
      <p>
        <a href={`/app/cohorts/${cohortId}/admission`}>{text('openCohort')}</a>
      </p>
      <ProblemAlert error={command.error} />
    </form>
  );
}

function OfferAnswer({ task, onDone }: { task: Task; onDone(message: string): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const [cohortId, personId] = (task.subjectKey ?? '').split('/');
  const answer = async (accept: boolean) => {
    const ok = await command.run(() => succeeded(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId } }, body: { accept } })));
    if (ok !== undefined) onDone(text(accept ? 'accepted' : 'declined'));
  };
  return (
    <section class="card" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{text('offer')}</h2>
      <button type="button" class="primary" disabled={command.busy} onClick={() => answer(true)}>
        {text('accept')}
      </button>
      <button type="button" disabled={command.busy} onClick={() => answer(false)}>
        {text('decline')}
      </button>
      <ProblemAlert error={command.error} />
    </section>
  );
}

type Values = Record<string, string | number | boolean>;

function AnswerForm({ task, onDone }: { task: Task; onDone(message: string): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const fields = task.answerForm?.fields ?? [];
  const [values, setValues] = useState<Values>({});
  const submit = async (e: Event) => {
    e.preventDefault();
    const answer = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    const body: Schemas['CompleteTaskDto'] = fields.length ? { answer } : {};
    const completed = await command.run(() => ok(api.POST('/tasks/{id}/complete', { params: { path: { id: task.id } }, body })));
    if (completed !== undefined) onDone(text('completed'));
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="answer-heading" data-testid="answer-form">
      <h2 id="answer-heading">{text('answer')}</h2>
      {fields.map((f) => (
        <Field key={f.key} field={f} value={values[f.key]} onChange={(v) => setValues({ ...values, [f.key]: v })} />
      ))}
      <button type="submit" class="primary" disabled={command.busy}>
        {text('complete')}
      </button>
      <ProblemAlert error={command.error} />
    </form>
  );
}

function Field({ field, value, onChange }: { field: FormField; value: string | number | boolean | undefined; onChange(v: string | number | boolean): void }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const id = `answer-${field.key}`;
  const label = (
    <>
      {l(field.label)} {field.required ? <span class="muted">{text('required')}</span> : null}
    </>
  );
  if (field.type === 'boolean') {
    return (
      <fieldset>
        <legend>{label}</legend>
        {([true, false] as const).map((b) => (
          <span key={String(b)}>
            <input type="radio" id={`${id}-${b}`} name={id} checked={value === b} required={field.required} onChange={() => onChange(b)} />
            <label for={`${id}-${b}`}>{text(b ? 'yes' : 'no')}</label>
          </span>
        ))}
      </fieldset>
    );
  }
  return (
    <>
      <label for={id}>{label}</label>
      {field.type === 'choice' ? (
        <select id={id} required={field.required} value={String(value ?? '')} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">{text('choose')}</option>
          {(field.options ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : field.type === 'number' ? (
        <input id={id} type="number" required={field.required} value={value === undefined ? '' : String(value)} onInput={(e) => onChange(e.currentTarget.value === '' ? '' : Number(e.currentTarget.value))} />
      ) : (
        <textarea id={id} required={field.required} maxLength={field.maxLength ?? 5000} value={String(value ?? '')} onInput={(e) => onChange(e.currentTarget.value)} />
      )}
    </>
  );
}
