import { condition, continueAsNew, executeChild, getExternalWorkflowHandle, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { findTemplate } from '@gov/domain/workflow';
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

function isGateDecision(outcome: string | null | undefined): outcome is 'approve' | 'return' | 'stop' {
  return outcome === 'approve' || outcome === 'return' || outcome === 'stop';
}

type ProgramTemplate = NonNullable<ReturnType<typeof findTemplate>>;

/**
 * A program's lifecycle as a long-lived entity workflow: the template's phases in order, each a
 * child workflow; after a gated phase the steering group decides (approve → next phase, return →
 * the phase opens again, stop → the program closes). Templates without steps (version 1 of Skola
 * först) only hold the program open, as they always did.
 */
export async function governanceProgram(input: GovernanceProgramInput): Promise<ProgramState> {
  const template = findTemplate(input.templateKey, input.templateVersion);
  if (!template) throw new Error(`Unknown template ${input.templateKey} v${input.templateVersion}`);

  const state: ProgramState = {
    programId: input.programId,
    templateKey: template.key,
    templateVersion: template.version,
    status: 'active',
    currentPhaseKey: template.phases[input.resume?.phaseIndex ?? 0]?.key ?? null,
    phases: input.resume?.phases ?? template.phases.map((p, i) => ({ key: p.key, status: i === 0 ? 'active' : 'pending' })),
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
      data: { templateKey: template.key, templateVersion: template.version, firstPhase: state.currentPhaseKey },
    });
  }
  if (!template.phases.some((p) => p.steps.length)) {
    await condition(() => state.status === 'closed');
    return state;
  }
  return runPhases(input, template, state);
}

async function runPhases(input: GovernanceProgramInput, template: ProgramTemplate, state: ProgramState): Promise<ProgramState> {
  const { programId } = input;
  const rounds: Record<string, number> = { ...input.resume?.rounds };
  let i = input.resume?.phaseIndex ?? 0;
  while (i < template.phases.length) {
    const phase = template.phases[i];
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
      args: [{ programId, templateKey: template.key, templateVersion: template.version, phaseKey: phase.key, round, settings: input.settings }],
    });
    state.activePhaseWorkflowId = null;

    let decision: 'approve' | 'return' | 'stop' = 'approve';
    if (phase.gate) {
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
      decision = patched('decision-in-command') && isGateDecision(done.outcome) ? done.outcome : (await programs.readGateDecision({ taskId: state.gate!.taskId })).decision;
      state.gate = { ...state.gate!, status: 'decided', decision };
    }
    const status = decision === 'approve' ? 'completed' : decision === 'return' ? 'returned' : 'stopped';
    state.phases[i] = { key: phase.key, status, rounds: round };
    await programs.recordProgramPosition({
      programId,
      gateTaskId: null,
      events: [{ type: `phase.${status}`, actor: SYSTEM, programId, data: { phaseKey: phase.key, round } }],
    });
    if (decision === 'stop') break;
    if (decision === 'approve') i++;
    if (i < template.phases.length && shouldContinueAsNew(input.historyLimit)) {
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
