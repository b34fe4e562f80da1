import type { TaskPurpose } from '../programs/phase-steps.js';

/**
 * The roles of the source documents: the project office runs programs, contact persons act for
 * their organization, managers read everything and change nothing, and participants of a cohort
 * (Fast Track) see their own tasks and answer their own offers.
 */
export const ROLES = ['project_office', 'contact_person', 'manager', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { sv: string; en: string }> = {
  project_office: { sv: 'Projektkontor', en: 'Project office' },
  contact_person: { sv: 'Kontaktperson', en: 'Contact person' },
  manager: { sv: 'Chef/granskare', en: 'Manager/auditor' },
  participant: { sv: 'Deltagare', en: 'Participant' },
};

/**
 * Permissions a person can hold on top of a role. Deciding phase gates belongs to the steering
 * group (Hållbarhetsarenan in Skola först): a program's collaboration model grants it.
 */
export const PERMISSIONS = ['gate.decide'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Methods that change nothing; everything else is a command. */
export function isReadOnlyMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/** Managers are read-only over everything; other roles may send commands their endpoints allow. */
export function mayIssueCommands(role: Role): boolean {
  return role !== 'manager';
}

/** The project office and managers read everything; contact persons and participants only what is theirs. */
export function readsEverything(role: Role): boolean {
  return role === 'project_office' || role === 'manager';
}

/**
 * Whether a caller reads an organization's data: everything for the project office and managers,
 * their own organization's for a contact person (a participant, bound to none, reads none).
 */
export function readsOrganization(caller: { role: Role; organizationId: string | null }, organizationId: string | null): boolean {
  return readsEverything(caller.role) || (caller.organizationId !== null && caller.organizationId === organizationId);
}

/**
 * Whether a person can decide a phase gate when named its decision maker: a role that sends
 * commands to the gate (project office, contact person) and the steering group's permission.
 */
export function mayDecideGates(person: { role: Role; permissions: readonly string[] }): boolean {
  return (person.role === 'project_office' || person.role === 'contact_person') && person.permissions.includes('gate.decide');
}

/** The tasks a participant acts on: their own offers, answered through the cohort. */
export const PARTICIPANT_TASK_PURPOSES: readonly TaskPurpose[] = ['offer'];

/**
 * Why a person of this role cannot be given a task of this purpose (null when they can): managers
 * never act, and participants complete no task but the offers made to them.
 */
export function assigneeProblem(role: Role, purpose: TaskPurpose | null): string | null {
  if (role === 'manager') return 'a manager has read-only access and can never complete a task';
  if (role === 'participant' && !(purpose && PARTICIPANT_TASK_PURPOSES.includes(purpose))) {
    return 'a participant acts only on the offers made to them; give the task to the project office or a contact person';
  }
  return null;
}
