import { condition, setHandler, workflowInfo } from '@temporalio/workflow';
import { findTemplate } from '@gov/domain/workflow';
import { programStateQuery, type GovernanceProgramInput, type ProgramState } from '@gov/temporal/contracts';
import { audit } from './configured-activities.js';

/**
 * A program's lifecycle (Skola först, Fast Track, …) as a long-lived entity workflow.
 * It holds the phase state; the phases themselves arrive with the program issues.
 */
export async function governanceProgram(input: GovernanceProgramInput): Promise<ProgramState> {
  const template = findTemplate(input.templateKey, input.templateVersion);
  if (!template) throw new Error(`Unknown template ${input.templateKey} v${input.templateVersion}`);

  const state: ProgramState = {
    programId: input.programId,
    templateKey: template.key,
    templateVersion: template.version,
    status: 'active',
    currentPhaseKey: template.phases[0].key,
    phases: template.phases.map((p, i) => ({ key: p.key, status: i === 0 ? 'active' : 'pending' })),
    startedAt: new Date(workflowInfo().startTime).toISOString(),
  };
  setHandler(programStateQuery, () => state);

  await audit.recordAuditEvent({
    type: 'program.started',
    actor: input.requestedBy ? { kind: 'person', id: input.requestedBy } : { kind: 'system' },
    programId: input.programId,
    data: { templateKey: template.key, templateVersion: template.version, firstPhase: state.currentPhaseKey },
  });

  await condition(() => state.status === 'closed');
  return state;
}
