/** Phase II activities as the matrix of focus areas × levels shows them. */
export const ACTIVITY_STATUSES = ['planning', 'execution', 'evaluation', 'ended', 'scaled-up'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const OPEN_ACTIVITY_STATUSES: readonly ActivityStatus[] = ['planning', 'execution', 'evaluation'];

export type EvaluationDecision = 'end' | 'continue' | 'scale-up';

export interface MatrixActivity {
  focusAreaKeys: string[];
  levelKeys: string[];
  status: ActivityStatus;
}

export interface MatrixCell {
  focusAreaKey: string;
  levelKey: string;
  total: number;
  byStatus: Record<ActivityStatus, number>;
}

/** Every cell (focus area × level), with counts by status; an activity counts in each cell it spans. */
export function activityMatrix(focusAreaKeys: string[], levelKeys: string[], activities: MatrixActivity[]): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  for (const f of focusAreaKeys) {
    for (const l of levelKeys) {
      cells.set(`${f}\u0000${l}`, { focusAreaKey: f, levelKey: l, total: 0, byStatus: Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number> });
    }
  }
  for (const a of activities) {
    for (const f of a.focusAreaKeys) {
      for (const l of a.levelKeys) {
        const cell = cells.get(`${f}\u0000${l}`);
        if (!cell) continue;
        cell.total++;
        cell.byStatus[a.status]++;
      }
    }
  }
  return [...cells.values()];
}

/**
 * A scaled-up activity reaches further than the one it grew from: a wider level of the matrix
 * (levels are listed narrowest first) or more owning organizations (all the old ones kept).
 */
export function scaleUpProblem(levelOrder: string[], from: { levelKeys: string[]; ownerIds: string[] }, to: { levelKeys: string[]; ownerIds: string[] }): string | null {
  const widest = (keys: string[]) => Math.max(...keys.map((k) => levelOrder.indexOf(k)));
  const widerLevel = widest(to.levelKeys) > widest(from.levelKeys);
  const keepsOwners = from.ownerIds.every((o) => to.ownerIds.includes(o));
  const moreOwners = keepsOwners && to.ownerIds.length > from.ownerIds.length;
  if (widerLevel || moreOwners) return null;
  return 'A scaled-up activity must reach a wider level of the matrix or add owning organizations (keeping the current ones).';
}
