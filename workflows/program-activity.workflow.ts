import { condition, continueAsNew, patched, setHandler, uuid4 } from '@temporalio/workflow';
import { durationToMs, type ActivityStatus, type EvaluationDecision } from '@gov/domain/workflow';
import {
  activityStateQuery,
  finishExecutionUpdate,
  type ActivityState,
  type AuditActor,
  type ProgramActivityInput,
  type TaskActorInput,
} from '@gov/temporal/contracts';
import { programs } from './configured-activities.js';
import { shouldContinueAsNew } from './continue-as-new.js';
import { startDetachedTasks, untilTaskDone } from './program-tasks.js';

const SYSTEM: AuditActor = { kind: 'system' };

function isEvaluationDecision(outcome: string | null | undefined): outcome is EvaluationDecision {
  return outcome === 'end' || outcome === 'continue' || outcome === 'scale-up';
}

/**
 * A phase II activity, cycle after cycle: planning (a task for the responsible contact person) →
 * execution, with a status-report task on the network cadence until execution is declared over →
 * evaluation (a task) whose decision ends the activity, starts a new cycle, or scales it up (the
 * API creates the wider successor).
 */
export async function programActivity(input: ProgramActivityInput): Promise<ActivityState> {
  const { activityId, programId } = input;
  const state: ActivityState = { activityId, cycle: input.cycle ?? 1, status: 'planning', taskId: null, statusReports: 0, decisions: [] };
  let finishedBy: string | null = null;
  setHandler(activityStateQuery, () => state);
  setHandler(
    finishExecutionUpdate,
    ({ actorId }: TaskActorInput) => {
      finishedBy = actorId;
      return state;
    },
    {
      validator: (_command: TaskActorInput) => {
        if (state.status !== 'execution' || finishedBy) throw new Error(`The activity is in ${state.status}; only an activity in execution can finish its execution.`);
      },
    },
  );

  /** Records a stage; `show: false` leaves the state as it was until the stage can take its command. */
  const stage = (status: ActivityStatus, actor: AuditActor = SYSTEM, data: Record<string, string | number> = {}, show = true) => {
    if (show) state.status = status;
    return programs.recordActivityStage({
      activityId,
      programId,
      status,
      cycle: state.cycle,
      events: [{ type: `activity.${status}`, actor, programId, data: { activityId, cycle: state.cycle, ...data } }],
    });
  };
  const task = (purpose: 'activity-planning' | 'activity-evaluation', opened: (taskId: string) => void = () => undefined) =>
    untilTaskDone({ programId, purpose, subjectKey: `cycle-${state.cycle}`, activityId, assignee: 'activity-responsible' }, (taskId) => {
      state.taskId = taskId;
      opened(taskId);
    });

  for (;;) {
    await stage('planning');
    await task('activity-planning');
    state.taskId = null;

    finishedBy = null;
    await stage('execution');
    while (!(await condition(() => finishedBy !== null, durationToMs(input.statusEvery)))) {
      state.statusReports++;
      await startDetachedTasks([
        await programs.openProgramTask({ taskId: uuid4(), programId, purpose: 'activity-status', subjectKey: `cycle-${state.cycle}/report-${state.statusReports}`, activityId, assignee: 'activity-responsible' }),
      ]);
    }

    // The activity shows "evaluation" once its evaluation task runs: an evaluation sent the moment
    // the page shows the stage is accepted.
    await stage('evaluation', { kind: 'person', id: finishedBy! }, {}, false);
    const evaluated = await task('activity-evaluation', () => void (state.status = 'evaluation'));
    state.taskId = null;
    // The decision travels with the completion; workflows started before read it back from the evaluation row.
    const decision: EvaluationDecision =
      patched('decision-in-command') && isEvaluationDecision(evaluated.outcome) ? evaluated.outcome : (await programs.readEvaluation({ activityId, cycle: state.cycle })).decision;
    state.decisions.push({ cycle: state.cycle, decision });
    if (decision === 'end') {
      await stage('ended');
      return state;
    }
    if (decision === 'scale-up') {
      await stage('scaled-up');
      return state;
    }
    state.cycle++;
    if (shouldContinueAsNew(input.historyLimit)) {
      await continueAsNew<typeof programActivity>({ ...input, cycle: state.cycle });
    }
  }
}
