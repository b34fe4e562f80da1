import { condition, setHandler } from '@temporalio/workflow';
import { durationToMs, legacyPlan, type StepPlan } from '@gov/domain/workflow';
import { phaseStateQuery, type PhaseState, type ProgramPhaseInput } from '@gov/temporal/contracts';
import { programs } from './configured-activities.js';
import { startDetachedTasks, untilTaskDone } from './program-tasks.js';

/**
 * One phase of a program: its steps in order, each a task for the project office that the API
 * completes only when the step's data is valid by its kind (e.g. every need categorized). Steps of a
 * recurring kind (the yearly planning check) run alongside until the phase completes. The steps come
 * from the program's plan in the input, never from a template compiled in.
 */
export async function programPhase(input: ProgramPhaseInput): Promise<PhaseState> {
  const steps = input.steps ?? legacyPlan(input.templateKey, input.templateVersion, input.settings?.yearlyCheckEvery)?.phases.find((p) => p.key === input.phaseKey)?.steps;
  if (!steps) throw new Error(`Program ${input.programId} has no plan for phase ${input.phaseKey}`);
  const ordered = steps.filter((s) => !s.recurEvery);
  const recurring = steps.filter((s) => s.recurEvery);

  const state: PhaseState = {
    programId: input.programId,
    phaseKey: input.phaseKey,
    round: input.round,
    status: 'active',
    currentStepKey: null,
    steps: ordered.map((s) => ({ key: s.key, status: 'pending', taskId: null })),
  };
  setHandler(phaseStateQuery, () => state);

  const alongside = recurring.map((step) => recur(input, step, () => state.status === 'completed'));

  for (const step of state.steps) {
    state.currentStepKey = step.key;
    step.status = 'open';
    await untilTaskDone({ programId: input.programId, purpose: 'step', subjectKey: step.key, phaseKey: input.phaseKey, assignee: 'owner' }, (taskId) => {
      step.taskId = taskId;
      return programs.recordProgramPosition({
        programId: input.programId,
        phaseKey: input.phaseKey,
        stepKey: step.key,
        stepStatus: 'open',
        stepTaskId: taskId,
        events: [{ type: 'step.opened', actor: { kind: 'system' }, programId: input.programId, data: { phaseKey: input.phaseKey, stepKey: step.key, taskId, round: input.round } }],
      });
    });
    step.status = 'completed';
  }
  state.currentStepKey = null;
  state.status = 'completed';
  await Promise.all(alongside);
  return state;
}

/** Opens a recurring step's tasks now and again every period, until the phase is over. */
async function recur(input: ProgramPhaseInput, step: StepPlan, over: () => boolean): Promise<void> {
  const every = durationToMs(step.recurEvery ?? 'P52W');
  for (let round = 1; !over(); round++) {
    await startDetachedTasks(await programs.openYearlyPlanningCheck({ programId: input.programId, round }));
    if (await condition(over, every)) return;
  }
}
