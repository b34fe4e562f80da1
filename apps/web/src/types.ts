/** The shapes of the API answers the pages read (see the OpenAPI document at /docs). */
import type { Localized } from './i18n.js';

export interface Labelled {
  key: string;
  name: Localized;
}

export interface PhaseDefinition extends Labelled {
  gate: boolean;
  steps: Labelled[];
}

export interface Template extends Labelled {
  version: number;
  kind: 'phased-program' | 'cohort';
  description: Localized;
  phases: PhaseDefinition[];
}

export interface ProgramPosition {
  status: 'active' | 'closed';
  phaseKey: string | null;
  stepKey: string | null;
  stepStatus: 'open' | 'completed' | null;
  stepTaskId: string | null;
  gateTaskId: string | null;
  /** The gate's decision maker (null for a contact person unless themselves or a colleague). */
  gateOwnerId: string | null;
}

export interface Program {
  id: string;
  name: string;
  templateKey: string;
  templateVersion: number;
  workflowId: string;
  createdAt: string;
  position?: ProgramPosition;
  live?: {
    status: 'active' | 'closed';
    currentPhaseKey: string | null;
    phases: { key: string; status: 'pending' | 'active' | 'returned' | 'completed' | 'stopped'; rounds?: number }[];
    startedAt: string;
    activePhaseWorkflowId?: string | null;
    gate?: { phaseKey: string; round: number; taskId: string; status: 'open' | 'decided'; decision: 'approve' | 'return' | 'stop' | null } | null;
  } | null;
  phases?: PhaseDefinition[];
}

export interface FormField {
  key: string;
  type: 'text' | 'number' | 'boolean' | 'choice';
  label: Localized;
  required: boolean;
  maxLength?: number;
  options?: string[];
}

export interface Task {
  id: string;
  title: string;
  instructions: string | null;
  purpose: string;
  status: 'open' | 'completed' | 'cancelled' | 'expired';
  dueAt: string;
  overdue: boolean;
  escalated: boolean;
  remindersSent: number;
  assigneeId: string;
  answerForm: { fields: FormField[] } | null;
  answer: Record<string, unknown> | null;
  meeting: { startsAt: string; minutes: number; location?: string | null } | null;
  programId: string | null;
  subjectKey: string | null;
  activityId: string | null;
  createdAt: string;
  closedAt: string | null;
}
