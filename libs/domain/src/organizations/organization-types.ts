/** Kinds of organization in a municipal group (koncernen): each has one contact person in the network. */
export const ORGANIZATION_TYPES = ['department', 'company', 'board', 'network', 'other'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, { sv: string; en: string }> = {
  department: { sv: 'Förvaltning', en: 'Department' },
  company: { sv: 'Bolag', en: 'Company' },
  board: { sv: 'Nämnd/styrelse', en: 'Board' },
  network: { sv: 'Nätverk/grupp', en: 'Network/group' },
  other: { sv: 'Övrig', en: 'Other' },
};
