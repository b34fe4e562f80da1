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
  const plan = input.plan ?? legacyPlan(input.templateKey, input.templateVersion, input.settings?.yearlyCheckEvery);
  if (!plan) throw new Error(`Program ${input.programId} has no plan (template ${input.templateKey} v${input.templateVersion})`);

  const state: ProgramState = {
    programId: input.programId,
    templateKey: input.templateKey,
    templateVersion: input.templateVersion,
    status: 'active',
    currentPhaseKey: plan.phases[input.resume?.phaseIndex ?? 0]?.key ?? null,
    phases: input.resume?.phases ?? plan.phases.map((p, i) => ({ key: p.key, status: i === 0 ? 'active' : 'pending' })),
    startedAt: input.resume?.startedAt ?? new Date(workflowInfo().startTime).toISOString(),
    activePhaseWorkflowId: null,
    gate: null,
  };
  setHandler(programStateQuery, () => state);

  if (!input.resume) {
    await audit.recordAuditEvent({
      type: 'program.started',
      actor: input.requestedBy ? { kind: 'person', id: input.requestedBy } : SYSTEM,
      programId: input.programId,
      data: { templateKey: input.templateKey, templateVersion: input.templateVersion, firstPhase: state.currentPhaseKey },
    });
  }
  if (!plan.phases.some((p) => p.steps.length)) {
    await condition(() => state.status === 'closed');
    return state;
  }
  return runPhases(input, plan, state);
}

async function runPhases(input: GovernanceProgramInput, plan: ProgramPlan, state: ProgramState): Promise<ProgramState> {
  const { programId } = input;
  const rounds: Record<string, number> = { ...input.resume?.rounds };
  let i = input.resume?.phaseIndex ?? 0;
  while (i < plan.phases.length) {
    const phase = plan.phases[i];
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
          // Programs started with a plan hand its steps down; older ones keep the input they had.
          ...(input.plan ? { steps: phase.steps } : {}),
        },
      ],
    });
    state.activePhaseWorkflowId = null;

    let outcome = PHASE_ENDS;
    if (phase.gate) {
      const outcomes = phase.gate.outcomes;
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
    const next = phaseAfter(plan, i, outcome);
    state.phases[i] = { key: phase.key, status, rounds: round };
    await programs.recordProgramPosition({
      programId,
      gateTaskId: null,
      events: [{ type: `phase.${status}`, actor: SYSTEM, programId, data: { phaseKey: phase.key, round, ...(outcome.effect === 'back' && next !== null ? { to: plan.phases[next].key } : {}) } }],
    });
    if (next === null) break;
    i = next;
    if (shouldContinueAsNew(input.historyLimit)) {
      await continueAsNew<typeof governanceProgram>({ ...input, resume: { phaseIndex: i, rounds, phases: state.phases, startedAt: state.startedAt } });
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
