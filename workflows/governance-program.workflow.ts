import { condition, continueAsNew, executeChild, getExternalWorkflowHandle, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { decidedPhaseStatus, legacyPlan, phaseAfter, type GateOutcomePlan, type ProgramPlan } from '@gov/domain/workflow';
import {
  networkWorkflowId,
  phaseWorkflowId,
  programStateQuery,
  stopNetworkSignal,
  type AuditActor,
  type GovernanceProgramInput,
  type ProgramState,
  upgradePlanUpdate,
} from '@gov/temporal/contracts';
import { audit, programs } from './configured-activities.js';
import { shouldContinueAsNew } from './continue-as-new.js';
import { programPhase } from './program-phase.workflow.js';
import { untilTaskDone } from './program-tasks.js';

const SYSTEM: AuditActor = { kind: 'system' };

/** Where a template's decision point has no outcomes of its own: on to the next phase. */
const PHASE_ENDS: GateOutcomePlan = { key: 'approve', effect: 'next' };

/**
 * A program's lifecycle as a long-lived entity workflow: the plan's phases in order, each a child
 * workflow; at a phase's decision point the steering group picks one of its outcomes (on to the
 * next phase, the phase again with a revised plan, back to an earlier phase, or closed). The plan
 * comes with the input (from the template the program started on). Plans without steps (version 1
 * of Skola först) only hold the program open, as they always did.
 */
export async function governanceProgram(input: GovernanceProgramInput): Promise<ProgramState> {
  const initial = input.plan ?? legacyPlan(input.templateKey, input.templateVersion, input.settings?.yearlyCheckEvery);
  if (!initial) throw new Error(`Program ${input.programId} has no plan (template ${input.templateKey} v${input.templateVersion})`);
  const run: PlanHolder = { plan: initial, upgraded: false };

  const state: ProgramState = {
    programId: input.programId,
    templateKey: input.templateKey,
    templateVersion: input.templateVersion,
    status: 'active',
    currentPhaseKey: initial.phases[input.resume?.phaseIndex ?? 0]?.key ?? null,
    phases: input.resume?.phases ?? initial.phases.map((p, i) => ({ key: p.key, status: i === 0 ? 'active' : 'pending' })),
    startedAt: input.resume?.startedAt ?? new Date(workflowInfo().startTime).toISOString(),
    activePhaseWorkflowId: null,
    gate: null,
  };
  setHandler(programStateQuery, () => state);
  setHandler(
    upgradePlanUpdate,
    (upgrade) => {
      run.plan = upgrade.plan;
      run.upgraded = true;
      state.templateVersion = upgrade.templateVersion;
      state.phases = upgrade.plan.phases.map((p) => state.phases.find((s) => s.key === p.key) ?? { key: p.key, status: 'pending' });
      return state;
    },
    { validator: (upgrade) => upgradeRefusal(run.plan, upgrade.plan, state) },
  );

  if (!input.resume) {
    await audit.recordAuditEvent({
      type: 'program.started',
      actor: input.requestedBy ? { kind: 'person', id: input.requestedBy } : SYSTEM,
      programId: input.programId,
      data: { templateKey: input.templateKey, templateVersion: input.templateVersion, firstPhase: state.currentPhaseKey },
    });
  }
  if (!initial.phases.some((p) => p.steps.length)) {
    await condition(() => state.status === 'closed');
    return state;
  }
  return runPhases(input, run, state);
}

/** The plan the program runs, replaced when it moves onto a newer template version. */
interface PlanHolder {
  plan: ProgramPlan;
  upgraded: boolean;
}

/** Throws when the program cannot move onto `next` now: closed, or the phase in progress would change its steps. */
function upgradeRefusal(current: ProgramPlan, next: ProgramPlan, state: ProgramState): void {
  if (state.status === 'closed') throw new Error('The program is closed; it cannot move onto another template version.');
  const key = state.currentPhaseKey;
  if (!key) return;
  const was = current.phases.find((p) => p.key === key);
  const will = next.phases.find((p) => p.key === key);
  if (!will) throw new Error(`The new version has no phase '${key}', the phase in progress.`);
  const steps = (p: typeof was) => JSON.stringify(p?.steps.map((s) => [s.key, s.kind]));
  if (steps(was) !== steps(will)) throw new Error(`The new version changes the steps of '${key}', the phase in progress; upgrade once its decision point is decided.`);
}

async function runPhases(input: GovernanceProgramInput, run: PlanHolder, state: ProgramState): Promise<ProgramState> {
  const { programId } = input;
  const rounds: Record<string, number> = { ...input.resume?.rounds };
  let i = input.resume?.phaseIndex ?? 0;
  while (i < run.plan.phases.length) {
    const phase = run.plan.phases[i];
    const round = (rounds[phase.key] ?? 0) + 1;
    rounds[phase.key] = round;
    state.currentPhaseKey = phase.key;
    state.phases[i] = { key: phase.key, status: 'active', rounds: round };
    state.activePhaseWorkflowId = phaseWorkflowId(programId, phase.key, round);
    await programs.recordProgramPosition({
      programId,
      phaseKey: phase.key,
      stepKey: null,
      stepStatus: null,
      events: [{ type: 'phase.started', actor: SYSTEM, programId, data: { phaseKey: phase.key, round } }],
    });
    await executeChild(programPhase, {
      workflowId: state.activePhaseWorkflowId,
      args: [
        {
          programId,
          templateKey: input.templateKey,
          templateVersion: input.templateVersion,
          phaseKey: phase.key,
          round,
          settings: input.settings,
          // Programs started with a plan (or moved onto one) hand its steps down; older ones keep the input they had.
          ...(input.plan || run.upgraded ? { steps: phase.steps } : {}),
        },
      ],
    });
    state.activePhaseWorkflowId = null;

    let outcome = PHASE_ENDS;
    // An upgrade during the phase may have given its decision point other outcomes, or moved it.
    const decided = run.plan.phases.find((p) => p.key === phase.key) ?? phase;
    i = Math.max(0, run.plan.phases.indexOf(decided));
    if (decided.gate) {
      const outcomes = decided.gate.outcomes;
      const known = (key: string | null | undefined) => outcomes.find((o) => o.key === key);
      const done = await untilTaskDone(
        { programId, purpose: 'gate', subjectKey: `${phase.key}#${round}`, phaseKey: phase.key, assignee: 'gate-owner' },
        (taskId) => {
          state.gate = { phaseKey: phase.key, round, taskId, status: 'open', decision: null };
          return programs.recordProgramPosition({
            programId,
            stepKey: null,
            stepStatus: null,
            gateTaskId: taskId,
            events: [{ type: 'gate.opened', actor: SYSTEM, programId, data: { phaseKey: phase.key, round, taskId } }],
          });
        },
      );
      // The decision travels with the completion; workflows started before read it back from the task row.
      const decision = patched('decision-in-command') && known(done.outcome) ? done.outcome! : (await programs.readGateDecision({ taskId: state.gate!.taskId })).decision;
      outcome = known(decision) ?? PHASE_ENDS;
      state.gate = { ...state.gate!, status: 'decided', decision };
    }
    const status = decidedPhaseStatus(outcome.effect);
    const plan = run.plan;
    const next = phaseAfter(plan, i, outcome);
    state.phases = state.phases.map((p) => (p.key === phase.key ? { key: phase.key, status, rounds: round } : p));
    await programs.recordProgramPosition({
      programId,
      gateTaskId: null,
      events: [{ type: `phase.${status}`, actor: SYSTEM, programId, data: { phaseKey: phase.key, round, ...(outcome.effect === 'back' && next !== null ? { to: plan.phases[next].key } : {}) } }],
    });
    if (next === null) break;
    i = next;
    if (shouldContinueAsNew(input.historyLimit)) {
      const moved = run.upgraded ? { plan: run.plan, templateVersion: state.templateVersion } : {};
      await continueAsNew<typeof governanceProgram>({ ...input, ...moved, resume: { phaseIndex: i, rounds, phases: state.phases, startedAt: state.startedAt } });
    }
  }
  return close(state);
}

async function close(state: ProgramState): Promise<ProgramState> {
  state.status = 'closed';
  state.currentPhaseKey = null;
  // The network meets only while the program runs; there may be none.
  await getExternalWorkflowHandle(networkWorkflowId(state.programId))
    .signal(stopNetworkSignal)
    .catch(() => undefined);
  await programs.recordProgramPosition({
    programId: state.programId,
    status: 'closed',
    phaseKey: null,
    stepKey: null,
    stepStatus: null,
    events: [{ type: 'program.closed', actor: SYSTEM, programId: state.programId, data: { phases: state.phases.map((p) => `${p.key}:${p.status}`).join(',') } }],
  });
  return state;
}
