import { condition, setHandler } from '@temporalio/workflow';
import { durationToMs, findTemplate, RECURRING_STEPS } from '@gov/domain/workflow';
import { phaseStateQuery, type PhaseState, type ProgramPhaseInput } from '@gov/temporal/contracts';
import { programs } from './configured-activities.js';
import { startDetachedTasks, untilTaskDone } from './program-tasks.js';

/**
 * One phase of a program: its steps in order, each a task for the project office that the API
 * completes only when the step's data is valid (e.g. every need categorized). Recurring steps (the
 * yearly planning check) run alongside until the phase completes.
 */
export async function programPhase(input: ProgramPhaseInput): Promise<PhaseState> {
  const template = findTemplate(input.templateKey, input.templateVersion);
  const phase = template?.phases.find((p) => p.key === input.phaseKey);
  if (!phase) throw new Error(`Template ${input.templateKey} v${input.templateVersion} has no phase ${input.phaseKey}`);
  const ordered = phase.steps.filter((s) => !RECURRING_STEPS[s.key]);
  const recurring = phase.steps.filter((s) => RECURRING_STEPS[s.key]);

  const state: PhaseState = {
    programId: input.programId,
    phaseKey: phase.key,
    round: input.round,
    status: 'active',
    currentStepKey: null,
    steps: ordered.map((s) => ({ key: s.key, status: 'pending', taskId: null })),
  };
  setHandler(phaseStateQuery, () => state);

  const alongside = recurring.map((step) => recur(input, step.key, () => state.status === 'completed'));

  for (const step of state.steps) {
    state.currentStepKey = step.key;
    step.status = 'open';
    await untilTaskDone({ programId: input.programId, purpose: 'step', subjectKey: step.key, phaseKey: phase.key, assignee: 'owner' }, (taskId) => {
      step.taskId = taskId;
      return programs.recordProgramPosition({
        programId: input.programId,
        phaseKey: phase.key,
        stepKey: step.key,
        stepStatus: 'open',
        stepTaskId: taskId,
        events: [{ type: 'step.opened', actor: { kind: 'system' }, programId: input.programId, data: { phaseKey: phase.key, stepKey: step.key, taskId, round: input.round } }],
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
async function recur(input: ProgramPhaseInput, stepKey: string, over: () => boolean): Promise<void> {
  const every = durationToMs(input.settings?.[RECURRING_STEPS[stepKey]] ?? 'P52W');
  for (let round = 1; !over(); round++) {
    await startDetachedTasks(await programs.openYearlyPlanningCheck({ programId: input.programId, round }));
    if (await condition(over, every)) return;
  }
}
