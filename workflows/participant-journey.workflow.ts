import { condition, getExternalWorkflowHandle, patched, setHandler } from '@temporalio/workflow';
import { accessibleModules, compiledCohortSettings, levelFactorOf, proposeAdvancedTrack, studyPlan, weeksAhead } from '@gov/domain/workflow';
import {
  assessLevelUpdate,
  assessUpdate,
  changePlanUpdate,
  cohortWorkflowId,
  decideAdvancedTrackUpdate,
  journeyStateQuery,
  leaveUpdate,
  participantLeftSignal,
  reportProgressUpdate,
  startProjectWorkUpdate,
  submitProjectWorkUpdate,
  withdrawnFromCohortSignal,
  type AdvancedTrackDecision,
  type AssessCommand,
  type AuditEventInput,
  type JourneyInput,
  type JourneyState,
  type LeaveCommand,
  type LevelAssessmentCommand,
  type PlanChangeCommand,
  type ProgressCommand,
  type ProjectWorkCommand,
} from '@gov/temporal/contracts';
import { audit } from './configured-activities.js';

/**
 * One admitted participant's way through a cohort (Fast Track, Yrkessvenska …): the prior-knowledge
 * assessment (on one of the template's knowledge levels) gives
 * a tailored weekly plan (pace × knowledge × university studies × ambition); weekly progress is
 * checked against it, and a participant far enough ahead is proposed for the advanced track, which
 * the project office decides; plan changes agreed in a conversation replace the plan; dropping out
 * tells the cohort, which offers the place on. Course material opens module by module as the
 * prerequisites are finished; project work follows the study weeks and completes the program.
 */
export async function participantJourney(input: JourneyInput): Promise<JourneyState> {
  const cohort = input.plan ?? compiledCohortSettings(input.templateKey, input.templateVersion);
  if (!cohort) throw new Error(`Template ${input.templateKey} v${input.templateVersion} has no cohort`);
  const total = cohort.modules.reduce((n, m) => n + m.items.length, 0);
  const lastWeek = cohort.studyWeeks + cohort.projectWeeks;
  const state: JourneyState = {
    cohortId: input.cohortId,
    personId: input.personId,
    status: 'assessment',
    assessment: null,
    paceKey: 'planned',
    ambition: 1,
    plan: [],
    planVersion: 0,
    progress: [],
    completedItems: 0,
    totalItems: total,
    weeksAhead: null,
    advancedTrack: 'none',
  };
  // Material access and project work came later: journeys started before go on without them.
  const extended = patched('material-access-and-project-work');
  if (extended) {
    state.materialAccess = [];
    state.project = { status: 'not-started', startedWeek: null, submittedWeek: null };
  }
  const pending: AuditEventInput[] = [];
  const changed = (type: string, actorId: string, data: Record<string, string | number | boolean | null> = {}) =>
    pending.push({ type, actor: { kind: 'person', id: actorId }, programId: input.programId, data: { cohortId: input.cohortId, personId: input.personId, ...data } });
  const pace = (key: string) => cohort.paceProfiles.find((p) => p.key === key);
  const replan = () => {
    state.plan = studyPlan({
      modules: cohort.modules,
      weeks: cohort.studyWeeks,
      pace: pace(state.paceKey)!.factor,
      level: state.assessment!.level,
      // The template's factor for the level: Fast Track's are the ones its journeys always planned with.
      levelFactor: levelFactorOf(cohort.knowledgeLevels, state.assessment!.level),
      universityStudies: state.assessment!.universityStudies,
      ambition: state.ambition,
    });
    state.planVersion++;
  };
  const studying = () => {
    if (state.status === 'dropped') throw new Error('The participant has dropped out; nothing more can be recorded.');
    if (state.status === 'completed') throw new Error('The participant has completed the program.');
    if (state.status !== 'studying') throw new Error('Assess the participant first: the study plan comes from the assessment.');
  };
  /** Opens the material of every module whose prerequisites are now finished. */
  const grantMaterial = (actorId: string) => {
    if (!state.materialAccess) return;
    for (const module of accessibleModules(cohort.modules, state.completedItems)) {
      if (state.materialAccess.includes(module)) continue;
      state.materialAccess.push(module);
      changed('journey.material_granted', actorId, { module });
    }
  };
  const projectWeek = (week: number) => {
    if (!Number.isInteger(week) || week < 1 || week > lastWeek) throw new Error(`week must be 1 … ${lastWeek}`);
  };
  const knownLevel = (level: string) => {
    if (!cohort.knowledgeLevels.some((l) => l.key === level)) throw new Error(`level must be one of: ${cohort.knowledgeLevels.map((l) => l.key).join(', ')}`);
  };
  const planSettings = (paceKey: string, ambition: number) => {
    if (!pace(paceKey)) throw new Error(`paceKey must be one of: ${cohort.paceProfiles.map((p) => p.key).join(', ')}`);
    if (!(ambition >= 0.5 && ambition <= 2)) throw new Error('ambition must be between 0.5 and 2 (1 = as planned)');
  };

  setHandler(journeyStateQuery, () => state);
  // Withdrawn by the project office in the cohort, which has already offered the place on.
  let withdrawnByCohort = false;
  setHandler(withdrawnFromCohortSignal, ({ actorId }) => {
    if (state.status === 'completed' || state.status === 'dropped') return;
    state.status = 'dropped';
    withdrawnByCohort = true;
    changed('journey.withdrawn', actorId, { completedItems: state.completedItems });
  });
  setHandler(
    assessUpdate,
    ({ actorId, level, universityStudies, paceKey, ambition }) => {
      state.assessment = { level, universityStudies };
      state.levels = [{ week: 0, level }];
      state.paceKey = paceKey;
      state.ambition = ambition;
      replan();
      state.status = 'studying';
      changed('journey.assessed', actorId, { level, universityStudies, paceKey, ambition, planWeeks: state.plan.length });
      grantMaterial(actorId);
      return state;
    },
    {
      validator: ({ level, paceKey, ambition }: AssessCommand) => {
        if (state.status !== 'assessment') throw new Error('The participant is already assessed; change the plan instead.');
        knownLevel(level);
        planSettings(paceKey, ambition);
      },
    },
  );
  setHandler(
    assessLevelUpdate,
    ({ actorId, week, level }) => {
      // Journeys assessed before follow-ups were kept start their history with what they have.
      state.levels ??= state.assessment ? [{ week: 0, level: state.assessment.level }] : [];
      state.levels.push({ week, level });
      changed('journey.level_assessed', actorId, { week, level });
      return state;
    },
    {
      validator: ({ week, level }: LevelAssessmentCommand) => {
        studying();
        projectWeek(week);
        knownLevel(level);
        const latest = state.levels?.at(-1)?.week ?? 0;
        if (week <= latest) throw new Error(`The knowledge level was last assessed in week ${latest}: a follow-up comes in a later week.`);
      },
    },
  );
  setHandler(
    reportProgressUpdate,
    ({ actorId, week, completed }) => {
      state.progress.push({ week, completed });
      state.completedItems += completed;
      state.weeksAhead = weeksAhead(state.plan, state.completedItems, week);
      changed('journey.progress_reported', actorId, { week, completed, cumulative: state.completedItems, weeksAhead: state.weeksAhead });
      if (state.advancedTrack === 'none' && proposeAdvancedTrack(state.weeksAhead, cohort.advancedTrack.minWeeksAhead)) {
        state.advancedTrack = 'proposed';
        changed('journey.advanced_track_proposed', actorId, { week, weeksAhead: state.weeksAhead });
      }
      grantMaterial(actorId);
      return state;
    },
    {
      validator: ({ week, completed }: ProgressCommand) => {
        studying();
        if (!Number.isInteger(week) || week < 1 || week > lastWeek) throw new Error(`week must be 1 … ${lastWeek}`);
        if (state.progress.some((p) => p.week === week)) throw new Error(`Progress for week ${week} is already reported.`);
        if (!Number.isInteger(completed) || completed < 0) throw new Error('completed must be a whole number of items, 0 or more');
        const left = state.totalItems - state.completedItems;
        if (completed > left) throw new Error(`${completed} items completed, but only ${left} of the modules' ${state.totalItems} items are left.`);
      },
    },
  );
  setHandler(
    changePlanUpdate,
    ({ actorId, paceKey, ambition }) => {
      state.paceKey = paceKey;
      state.ambition = ambition;
      replan();
      changed('journey.plan_changed', actorId, { paceKey, ambition, planWeeks: state.plan.length, planVersion: state.planVersion });
      return state;
    },
    {
      validator: ({ paceKey, ambition }: PlanChangeCommand) => {
        studying();
        planSettings(paceKey, ambition);
      },
    },
  );
  setHandler(
    decideAdvancedTrackUpdate,
    ({ actorId, accept }) => {
      state.advancedTrack = accept ? 'accepted' : 'declined';
      changed(accept ? 'journey.advanced_track_accepted' : 'journey.advanced_track_declined', actorId);
      return state;
    },
    {
      validator: (_command: AdvancedTrackDecision) => {
        studying();
        if (state.advancedTrack !== 'proposed') throw new Error('The participant has not been proposed for the advanced track.');
      },
    },
  );
  setHandler(
    startProjectWorkUpdate,
    ({ actorId, week }) => {
      state.project = { status: 'in-progress', startedWeek: week, submittedWeek: null };
      changed('journey.project_started', actorId, { week });
      return state;
    },
    {
      validator: ({ week }: ProjectWorkCommand) => {
        studying();
        if (!state.project) throw new Error('This journey started before project work was tracked.');
        if (state.project.status !== 'not-started') throw new Error(`Project work is already ${state.project.status}.`);
        projectWeek(week);
        if (week <= cohort.studyWeeks && state.completedItems < state.totalItems) {
          throw new Error(`Project work starts after the ${cohort.studyWeeks} study weeks, or once every item is done (${state.completedItems} of ${state.totalItems}).`);
        }
      },
    },
  );
  setHandler(
    submitProjectWorkUpdate,
    ({ actorId, week }) => {
      state.project = { ...state.project!, status: 'submitted', submittedWeek: week };
      changed('journey.project_submitted', actorId, { week });
      return state;
    },
    {
      validator: ({ week }: ProjectWorkCommand) => {
        studying();
        if (state.project?.status !== 'in-progress') throw new Error('Project work has not started.');
        projectWeek(week);
        if (week < state.project.startedWeek!) throw new Error(`Project work started in week ${state.project.startedWeek}.`);
      },
    },
  );
  setHandler(
    leaveUpdate,
    ({ actorId, outcome }) => {
      state.status = outcome;
      changed(outcome === 'completed' ? 'journey.completed' : 'journey.dropped_out', actorId, { completedItems: state.completedItems });
      return state;
    },
    {
      validator: ({ outcome }: LeaveCommand) => {
        if (state.status === 'completed' || state.status === 'dropped') throw new Error(`The participant has already ${state.status === 'dropped' ? 'dropped out' : 'completed'}.`);
        if (outcome !== 'completed' && outcome !== 'dropped') throw new Error('outcome must be completed or dropped');
        if (outcome === 'completed' && state.project && state.project.status !== 'submitted') throw new Error('The program is completed with the project work: submit it first.');
      },
    },
  );

  for (;;) {
    await condition(() => pending.length > 0);
    // Commands accepted while an entry is being written queue more: write until none are left, so
    // the last ones (project work handed in, then completed) are not lost when the journey ends.
    while (pending.length) for (const event of pending.splice(0)) await audit.recordAuditEvent(event);
    if (state.status === 'dropped' || state.status === 'completed') break;
  }
  if (state.status === 'dropped' && !withdrawnByCohort) {
    // The place frees up while admission is open: the cohort offers it on.
    await getExternalWorkflowHandle(cohortWorkflowId(input.cohortId)).signal(participantLeftSignal, { personId: input.personId }).catch(() => undefined);
  }
  return state;
}
