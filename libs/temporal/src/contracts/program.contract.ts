import { defineQuery } from '@temporalio/workflow';

/** Workflow type name of the program lifecycle workflow. */
export const GOVERNANCE_PROGRAM_WORKFLOW = 'governanceProgram';

/** Keyed to the business entity, so starting the same program twice is refused by Temporal. */
export function programWorkflowId(programId: string): string {
  return `program-${programId}`;
}

/** Input of the program workflow: identifiers only, never personal data. */
export interface GovernanceProgramInput {
  programId: string;
  templateKey: string;
  templateVersion: number;
  /** Pseudonymous id of whoever asked for the program, when known. */
  requestedBy?: string;
}

export type PhaseStatus = 'pending' | 'active' | 'completed';

export interface ProgramPhaseState {
  key: string;
  status: PhaseStatus;
}

/** The live state of a program as its workflow holds it. */
export interface ProgramState {
  programId: string;
  templateKey: string;
  templateVersion: number;
  status: 'active' | 'closed';
  currentPhaseKey: string | null;
  phases: ProgramPhaseState[];
  startedAt: string;
}

/** Live program state: status, current phase and every phase's status. */
export const programStateQuery = defineQuery<ProgramState>('programState');
