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
