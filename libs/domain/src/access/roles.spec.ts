import { describe, expect, it } from '@jest/globals';
import { assigneeProblem, mayDecideGates, readsEverything, readsOrganization } from './roles.js';

describe('roles and access', () => {
  it('lets the project office and managers read every organization, a contact person only their own', () => {
    expect(readsEverything('project_office')).toBe(true);
    expect(readsEverything('manager')).toBe(true);
    expect(readsEverything('contact_person')).toBe(false);
    expect(readsEverything('participant')).toBe(false);
    expect(readsOrganization({ role: 'manager', organizationId: null }, 'org-b')).toBe(true);
    expect(readsOrganization({ role: 'contact_person', organizationId: 'org-a' }, 'org-a')).toBe(true);
    expect(readsOrganization({ role: 'contact_person', organizationId: 'org-a' }, 'org-b')).toBe(false);
    expect(readsOrganization({ role: 'contact_person', organizationId: 'org-a' }, null)).toBe(false);
    expect(readsOrganization({ role: 'participant', organizationId: null }, null)).toBe(false);
  });

  it('names only a person who can act at the gate its decision maker', () => {
    expect(mayDecideGates({ role: 'contact_person', permissions: ['gate.decide'] })).toBe(true);
    expect(mayDecideGates({ role: 'project_office', permissions: ['gate.decide'] })).toBe(true);
    expect(mayDecideGates({ role: 'contact_person', permissions: [] })).toBe(false);
    expect(mayDecideGates({ role: 'manager', permissions: ['gate.decide'] })).toBe(false);
    expect(mayDecideGates({ role: 'participant', permissions: ['gate.decide'] })).toBe(false);
  });

  it('gives tasks only to persons who can complete them', () => {
    expect(assigneeProblem('project_office', null)).toBeNull();
    expect(assigneeProblem('contact_person', 'activity-planning')).toBeNull();
    expect(assigneeProblem('manager', null)).toMatch(/read-only/);
    expect(assigneeProblem('manager', 'gate')).toMatch(/read-only/);
    expect(assigneeProblem('participant', null)).toMatch(/offers/);
    expect(assigneeProblem('participant', 'interview')).toMatch(/offers/);
    expect(assigneeProblem('participant', 'offer')).toBeNull();
  });
});
