import { useState } from 'preact/hooks';
import type { operations } from '@gov/api-client';
import { api, ok, type Schemas } from '../api.js';
import { CommandForm } from '../components/command-form.js';
import { ProblemAlert } from '../components/feedback.js';
import { useCommand } from '../hooks.js';
import { defineMessages, useMessages } from '../i18n.js';

/** A participant's journey, as every journey command answers it. */
export type Journey = Schemas['JourneyView'];
/** The key of one of the cohort template's knowledge levels. */
export type Level = Schemas['AssessmentDto']['level'];

const M = defineMessages(
  {
    week: 'Vecka',
    level: 'Kunskapsnivå',
    pace: 'Takt',
    ambition: 'Ambition (1 = som planerat)',
    university: 'Har läst på högskola eller universitet',
    assessHeading: 'Bedömning av förkunskaper',
    assessLead: 'Bedömningen i samtalet med deltagaren ger den skräddarsydda studieplanen.',
    assessButton: 'Spara bedömningen och skapa studieplanen',
    assessed: 'Studieplanen är skapad: {weeks} veckor.',
    advancedHeading: 'Avancerat spår',
    advancedLead: 'Deltagaren ligger {weeks} veckor före sin plan och föreslås för det avancerade spåret.',
    advancedAccept: 'Godkänn avancerat spår',
    advancedDecline: 'Avböj',
    progressHeading: 'Rapportera veckans framsteg',
    progressCompleted: 'Avklarade moment',
    progressButton: 'Rapportera',
    progressReported: 'Vecka {week}: {n} moment rapporterade.',
    followUpHeading: 'Uppföljande bedömning av kunskapsnivån',
    followUpButton: 'Registrera bedömningen',
    followUpRecorded: 'Vecka {week}: kunskapsnivå {level}.',
    planHeading: 'Ändra studieplanen',
    planLead: 'Ändringar som överenskommits i ett samtal; planen räknas om från takten och ambitionen.',
    planButton: 'Ändra planen',
    planChanged: 'Studieplanen är ändrad (version {version}, {weeks} veckor).',
    projectStartHeading: 'Projektarbetet börjar',
    projectStartLead: 'Efter studieveckorna, eller när alla moment är klara.',
    projectStartButton: 'Starta projektarbetet',
    projectStarted: 'Projektarbetet startade vecka {week}.',
    projectSubmitHeading: 'Projektarbetet lämnas in',
    projectSubmitButton: 'Registrera inlämningen',
    projectSubmitted: 'Projektarbetet lämnades in vecka {week}.',
    completeHeading: 'Programmet fullföljt',
    completeLead: 'Projektarbetet är inlämnat: deltagaren kan avsluta programmet.',
    completeButton: 'Registrera att programmet är fullföljt',
    dropHeading: 'Avhopp',
    dropLead: 'Deltagaren avbryter studierna. Platsen erbjuds nästa person på listorna medan antagningen pågår.',
    dropButton: 'Registrera avhopp',
    dropConfirm: 'Bekräfta avhoppet',
    dropCancel: 'Ångra',
    dropQuestion: 'Avhoppet kan inte tas tillbaka. Bekräfta att deltagaren har avbrutit studierna.',
  },
  {
    week: 'Week',
    level: 'Knowledge level',
    pace: 'Pace',
    ambition: 'Ambition (1 = as planned)',
    university: 'Has studied at a university or college',
    assessHeading: 'Prior-knowledge assessment',
    assessLead: 'The assessment made in the conversation with the participant gives the tailored study plan.',
    assessButton: 'Save the assessment and create the study plan',
    assessed: 'The study plan is created: {weeks} weeks.',
    advancedHeading: 'Advanced track',
    advancedLead: 'The participant is {weeks} weeks ahead of their plan and proposed for the advanced track.',
    advancedAccept: 'Accept the advanced track',
    advancedDecline: 'Decline',
    progressHeading: "Report the week's progress",
    progressCompleted: 'Items completed',
    progressButton: 'Report',
    progressReported: 'Week {week}: {n} items reported.',
    followUpHeading: 'Follow-up assessment of the knowledge level',
    followUpButton: 'Record the assessment',
    followUpRecorded: 'Week {week}: knowledge level {level}.',
    planHeading: 'Change the study plan',
    planLead: 'Changes agreed in a conversation; the plan is worked out again from the pace and the ambition.',
    planButton: 'Change the plan',
    planChanged: 'The study plan is changed (version {version}, {weeks} weeks).',
    projectStartHeading: 'Project work starts',
    projectStartLead: 'After the study weeks, or once every item is done.',
    projectStartButton: 'Start the project work',
    projectStarted: 'Project work started in week {week}.',
    projectSubmitHeading: 'Project work handed in',
    projectSubmitButton: 'Record the hand-in',
    projectSubmitted: 'Project work handed in in week {week}.',
    completeHeading: 'Program completed',
    completeLead: 'The project work is handed in: the participant can complete the program.',
    completeButton: 'Record that the program is completed',
    dropHeading: 'Dropping out',
    dropLead: 'The participant stops studying. The place is offered to the next person on the lists while admission is open.',
    dropButton: 'Record the dropout',
    dropConfirm: 'Confirm the dropout',
    dropCancel: 'Cancel',
    dropQuestion: 'A dropout cannot be undone. Confirm that the participant has stopped studying.',
  },
);

interface Props {
  cohortId: string;
  personId: string;
  journey: Journey;
  paceProfiles: { key: string; name: string }[];
  /** The cohort template's knowledge levels, lowest first, named. */
  levels: { key: Level; name: string }[];
  /** After a command took effect: reload the journeys. */
  onChanged(): void;
}

/**
 * The project office's commands on one participant's journey, by where the journey is: the
 * assessment that creates the plan; then the advanced-track decision when proposed, the week's
 * progress, a follow-up assessment of the knowledge level, a plan change, project work and its
 * hand-in, completing the program, or dropping out.
 */
export function JourneyCommands(props: Props) {
  const { journey } = props;
  if (journey.status === 'assessment') {
    return (
      <>
        <Assessment {...props} />
        <DropOut {...props} />
      </>
    );
  }
  if (journey.status !== 'studying') return null;
  return (
    <>
      {journey.advancedTrack === 'proposed' ? <AdvancedTrack {...props} /> : null}
      <WeeklyProgress {...props} />
      <LevelFollowUp {...props} />
      <PlanChange {...props} />
      <ProjectWork {...props} />
      <DropOut {...props} />
    </>
  );
}

type JourneyParams = { path: operations['CohortsController_journey']['parameters']['path'] };
const P = '/cohorts/{id}/participants/{personId}';
/** A journey command's call: it answers the journey, or a problem. */
type JourneyCall = Promise<{ data: Journey; error?: never; response: Response } | { data?: never; error: unknown; response: Response }>;

/** Sends a journey command; the journeys reload and the answer (the journey) goes to `then`. */
async function journeyCommand(props: Props, send: (params: JourneyParams) => JourneyCall, then: (j: Journey) => string): Promise<string> {
  const journey = await ok(send({ path: { id: props.cohortId, personId: props.personId } }));
  props.onChanged();
  return then(journey);
}

function WeekField({ id, value, onInput }: { id: string; value: string; onInput(value: string): void }) {
  const text = useMessages(M);
  return (
    <div>
      <label for={id}>{text('week')}</label>
      <input id={id} type="number" min={1} max={104} required value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}

function LevelField({ id, value, onChange, levels }: { id: string; value: Level; onChange(level: Level): void; levels: Props['levels'] }) {
  const text = useMessages(M);
  return (
    <div>
      <label for={id}>{text('level')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Level)}>
        {levels.map((k) => (
          <option key={k.key} value={k.key}>
            {k.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function PlanSettings({ idPrefix, pace, ambition, onPace, onAmbition, paceProfiles }: { idPrefix: string; pace: string; ambition: string; onPace(v: string): void; onAmbition(v: string): void; paceProfiles: Props['paceProfiles'] }) {
  const text = useMessages(M);
  return (
    <>
      <div>
        <label for={`${idPrefix}-pace`}>{text('pace')}</label>
        <select id={`${idPrefix}-pace`} value={pace} onChange={(e) => onPace(e.currentTarget.value)}>
          {paceProfiles.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for={`${idPrefix}-ambition`}>{text('ambition')}</label>
        <input id={`${idPrefix}-ambition`} type="number" min={0.5} max={2} step={0.05} required value={ambition} onInput={(e) => onAmbition(e.currentTarget.value)} />
      </div>
    </>
  );
}

/** The prior-knowledge assessment made in the conversation: level, university studies, pace, ambition → the plan. */
function Assessment(props: Props) {
  const text = useMessages(M);
  // The middle level to start with (Fast Track: good).
  const [level, setLevel] = useState<Level>(props.levels[Math.floor((props.levels.length - 1) / 2)]?.key ?? '');
  const [university, setUniversity] = useState(false);
  const [pace, setPace] = useState(props.paceProfiles.find((p) => p.key === 'planned')?.key ?? props.paceProfiles[0]?.key ?? '');
  const [ambition, setAmbition] = useState('1');
  return (
    <CommandForm
      id="assessment"
      heading={text('assessHeading')}
      lead={text('assessLead')}
      button={text('assessButton')}
      send={() => journeyCommand(props, (params) => api.POST(`${P}/assessment`, { params, body: { level, universityStudies: university, paceKey: pace, ambition: Number(ambition) } }), (j) => text('assessed', { weeks: j.plan.length }))}
    >
      <LevelField id="assessment-level" value={level} onChange={setLevel} levels={props.levels} />
      <PlanSettings idPrefix="assessment" pace={pace} ambition={ambition} onPace={setPace} onAmbition={setAmbition} paceProfiles={props.paceProfiles} />
      <p class="check">
        <input type="checkbox" id="assessment-university" checked={university} onChange={(e) => setUniversity(e.currentTarget.checked)} />
        <label for="assessment-university">{text('university')}</label>
      </p>
    </CommandForm>
  );
}

/** The office decides a proposal for the advanced track. */
function AdvancedTrack(props: Props) {
  const text = useMessages(M);
  const command = useCommand();
  const decide = (accept: boolean) => command.run(() => journeyCommand(props, (params) => api.POST(`${P}/advanced-track`, { params, body: { accept } }), () => ''));
  return (
    <section aria-labelledby="advanced-heading" data-testid="advanced-track">
      <h4 id="advanced-heading">{text('advancedHeading')}</h4>
      <p>{text('advancedLead', { weeks: props.journey.weeksAhead ?? '–' })}</p>
      <button type="button" class="primary" disabled={command.busy} onClick={() => decide(true)}>
        {text('advancedAccept')}
      </button>
      <button type="button" disabled={command.busy} onClick={() => decide(false)}>
        {text('advancedDecline')}
      </button>
      <ProblemAlert error={command.error} />
    </section>
  );
}

/** The project office's weekly report for one participant: the week and the items completed in it. */
function WeeklyProgress(props: Props) {
  const text = useMessages(M);
  const [week, setWeek] = useState(String(Math.max(0, ...props.journey.progress.map((p) => p.week)) + 1));
  const [completed, setCompleted] = useState('');
  const send = () =>
    journeyCommand(props, (params) => api.POST(`${P}/progress`, { params, body: { week: Number(week), completed: Number(completed) } }), () => {
      const message = text('progressReported', { week, n: completed });
      setWeek(String(Number(week) + 1));
      setCompleted('');
      return message;
    });
  return (
    <CommandForm id="weekly-progress" heading={text('progressHeading')} button={text('progressButton')} send={send}>
      <WeekField id="progress-week" value={week} onInput={setWeek} />
      <div>
        <label for="progress-completed">{text('progressCompleted')}</label>
        <input id="progress-completed" type="number" min={0} max={1000} required value={completed} onInput={(e) => setCompleted(e.currentTarget.value)} />
      </div>
    </CommandForm>
  );
}

/** A follow-up assessment of the knowledge level in a later week (the development the charts show). */
function LevelFollowUp(props: Props) {
  const text = useMessages(M);
  const { journey } = props;
  const latest = journey.levels?.at(-1);
  const [week, setWeek] = useState(String(Math.max((latest?.week ?? 0) + 1, ...journey.progress.map((p) => p.week))));
  const [level, setLevel] = useState<Level>(latest?.level ?? journey.assessment?.level ?? props.levels[0]?.key ?? '');
  return (
    <CommandForm
      id="level-follow-up"
      heading={text('followUpHeading')}
      button={text('followUpButton')}
      send={() => journeyCommand(props, (params) => api.POST(`${P}/level-assessments`, { params, body: { week: Number(week), level } }), () => text('followUpRecorded', { week, level: props.levels.find((k) => k.key === level)?.name ?? level }))}
    >
      <WeekField id="follow-up-week" value={week} onInput={setWeek} />
      <LevelField id="follow-up-level" value={level} onChange={setLevel} levels={props.levels} />
    </CommandForm>
  );
}

/** A plan change agreed in a conversation: pace and ambition; the plan is regenerated. */
function PlanChange(props: Props) {
  const text = useMessages(M);
  const [pace, setPace] = useState(props.journey.paceKey);
  const [ambition, setAmbition] = useState(String(props.journey.ambition));
  return (
    <CommandForm
      id="plan-change"
      heading={text('planHeading')}
      lead={text('planLead')}
      button={text('planButton')}
      send={() => journeyCommand(props, (params) => api.POST(`${P}/plan`, { params, body: { paceKey: pace, ambition: Number(ambition) } }), (j) => text('planChanged', { version: j.planVersion, weeks: j.plan.length }))}
    >
      <PlanSettings idPrefix="plan" pace={pace} ambition={ambition} onPace={setPace} onAmbition={setAmbition} paceProfiles={props.paceProfiles} />
    </CommandForm>
  );
}

/** Project work: started (a week), handed in (a week), then the program completed. */
function ProjectWork(props: Props) {
  const text = useMessages(M);
  const project = props.journey.project;
  const lastWeek = Math.max(0, ...props.journey.progress.map((p) => p.week));
  const [week, setWeek] = useState(String(Math.max(lastWeek + 1, project?.startedWeek ?? 0)));
  if (!project) return null;
  if (project.status === 'submitted') {
    return (
      <CommandForm
        id="complete-program"
        heading={text('completeHeading')}
        lead={text('completeLead')}
        button={text('completeButton')}
        send={() => journeyCommand(props, (params) => api.POST(`${P}/leave`, { params, body: { outcome: 'completed' } }), () => '')}
      />
    );
  }
  const starting = project.status === 'not-started';
  return (
    <CommandForm
      id={starting ? 'project-start' : 'project-submit'}
      heading={text(starting ? 'projectStartHeading' : 'projectSubmitHeading')}
      lead={starting ? text('projectStartLead') : undefined}
      button={text(starting ? 'projectStartButton' : 'projectSubmitButton')}
      send={() => journeyCommand(props, (params) => api.POST(starting ? `${P}/project/start` : `${P}/project/submit`, { params, body: { week: Number(week) } }), () => text(starting ? 'projectStarted' : 'projectSubmitted', { week }))}
    >
      <WeekField id="project-week" value={week} onInput={setWeek} />
    </CommandForm>
  );
}

/** Dropping out, confirmed in a second step (it cannot be undone; the place moves on). */
function DropOut(props: Props) {
  const text = useMessages(M);
  const command = useCommand();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="drop-heading" data-testid="drop-out">
      <h4 id="drop-heading">{text('dropHeading')}</h4>
      <p>{text('dropLead')}</p>
      {confirming ? (
        <div role="group" aria-labelledby="drop-question">
          <p id="drop-question">
            <strong>{text('dropQuestion')}</strong>
          </p>
          <button type="button" class="danger" disabled={command.busy} onClick={() => command.run(() => journeyCommand(props, (params) => api.POST(`${P}/leave`, { params, body: { outcome: 'dropped' } }), () => ''))}>
            {text('dropConfirm')}
          </button>
          <button type="button" disabled={command.busy} onClick={() => setConfirming(false)}>
            {text('dropCancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {text('dropButton')}
        </button>
      )}
      <ProblemAlert error={command.error} />
    </section>
  );
}
