import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A program row of the portfolio, from the programs projection. */
export interface PortfolioProgramRow {
  id: string;
  name: string;
  templateKey: string;
  templateVersion: number;
  status: 'active' | 'closed';
  phaseKey: string | null;
  createdAt: Date;
}

export interface PortfolioCohortRow {
  id: string;
  programId: string;
  name: string;
  infoMeetingAt: Date;
  interestClosesAt: Date;
}

/** Open tasks of a program (cohortId null) or of one of its cohorts, counted by what needs action. */
export interface PortfolioTaskCounts {
  programId: string;
  cohortId: string | null;
  overdueTasks: number;
  dueSoonTasks: number;
  gatesWaiting: number;
  overdueGates: number;
  activitiesWithoutReport: number;
  offersExpiring: number;
}

export interface PortfolioIndicatorRow {
  programId: string;
  baselineYear: number;
  baselineValue: string;
  targetYear: number;
  targetValue: string;
  latestYear: number | null;
  latestValue: string | null;
}

export interface OrganizationTaskCounts {
  organizationId: string | null;
  name: string | null;
  overdue: number;
  dueSoon: number;
}

/**
 * Open tasks that are someone's work: a steering meeting's invitations fall due when it starts and
 * are nobody's overdue work (as in the board pack), and a task whose answer is recorded but not yet
 * delivered to its workflow (`pending_command_id`) is decided, not waiting.
 */
const ACTIONABLE = `(t.subject_key IS NULL OR t.subject_key NOT LIKE 'steering-meeting/%') AND t.pending_command_id IS NULL`;

/**
 * The portfolio overview's reads, all from PostgreSQL projections (the programs, cohorts and tasks
 * read models the workflows' activities write), aggregated in the database and bounded.
 */
@Injectable()
export class PortfolioRepository {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /** The newest programs, at most `limit`. */
  async programs(limit: number): Promise<PortfolioProgramRow[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT id, name, template_key, template_version, status, phase_key, created_at FROM programs ORDER BY created_at DESC, id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id as string, name: r.name as string, templateKey: r.template_key as string, templateVersion: Number(r.template_version), status: r.status as 'active' | 'closed', phaseKey: (r.phase_key as string | null) ?? null, createdAt: r.created_at as Date }));
  }

  /** The programs' cohorts, newest first, at most `limit`. */
  async cohorts(programIds: string[], limit: number): Promise<PortfolioCohortRow[]> {
    if (!programIds.length) return [];
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT id, program_id, name, info_meeting_at, interest_closes_at FROM cohorts WHERE program_id = ANY($1::uuid[]) ORDER BY created_at DESC, id LIMIT $2`,
      [programIds, limit],
    );
    return rows.map((r) => ({ id: r.id as string, programId: r.program_id as string, name: r.name as string, infoMeetingAt: r.info_meeting_at as Date, interestClosesAt: r.interest_closes_at as Date }));
  }

  /**
   * Open tasks by program and cohort (a cohort's interviews and offers name it first in their
   * subject key); with `organizationId`, only tasks whose assignee belongs to that organization.
   */
  async taskCounts(programIds: string[], now: Date, soonMs: number, organizationId?: string): Promise<PortfolioTaskCounts[]> {
    if (!programIds.length) return [];
    const soon = new Date(now.getTime() + soonMs);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT t.program_id,
              CASE WHEN t.purpose IN ('interview', 'offer') THEN split_part(t.subject_key, '/', 1) END AS cohort_id,
              count(*) FILTER (WHERE t.due_at < $2) AS overdue,
              count(*) FILTER (WHERE t.due_at >= $2 AND t.due_at < $3) AS soon,
              count(*) FILTER (WHERE t.purpose = 'gate') AS gates,
              count(*) FILTER (WHERE t.purpose = 'gate' AND t.due_at < $2) AS overdue_gates,
              count(DISTINCT t.activity_id) FILTER (WHERE t.purpose = 'activity-status' AND t.due_at < $2) AS late_reports,
              count(*) FILTER (WHERE t.purpose = 'offer' AND t.due_at >= $2 AND t.due_at < $3) AS offers
         FROM tasks t
         ${organizationId ? 'JOIN persons p ON p.id = t.assignee_id AND p.organization_id = $4' : ''}
        WHERE t.status = 'open' AND t.program_id = ANY($1::uuid[]) AND ${ACTIONABLE}
        GROUP BY 1, 2`,
      [programIds, now, soon, ...(organizationId ? [organizationId] : [])],
    );
    return rows.map((r) => ({
      programId: r.program_id as string,
      cohortId: (r.cohort_id as string | null) || null,
      overdueTasks: Number(r.overdue),
      dueSoonTasks: Number(r.soon),
      gatesWaiting: Number(r.gates),
      overdueGates: Number(r.overdue_gates),
      activitiesWithoutReport: Number(r.late_reports),
      offersExpiring: Number(r.offers),
    }));
  }

  /** The programs' indicators with their latest value (the highest year), if any. */
  async indicators(programIds: string[]): Promise<PortfolioIndicatorRow[]> {
    if (!programIds.length) return [];
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT i.program_id, i.baseline_year, i.baseline_value::text AS baseline_value, i.target_year, i.target_value::text AS target_value, v.year, v.value::text AS value
         FROM effect_goal_indicators i
         LEFT JOIN LATERAL (SELECT year, value FROM indicator_values WHERE indicator_id = i.id ORDER BY year DESC LIMIT 1) v ON true
        WHERE i.program_id = ANY($1::uuid[])`,
      [programIds],
    );
    return rows.map((r) => ({
      programId: r.program_id as string,
      baselineYear: Number(r.baseline_year),
      baselineValue: r.baseline_value as string,
      targetYear: Number(r.target_year),
      targetValue: r.target_value as string,
      latestYear: r.year === null ? null : Number(r.year),
      latestValue: (r.value as string | null) ?? null,
    }));
  }

  /** Overdue and due-soon open tasks of the programs per assignee's organization (null: none), most overdue first, at most `limit`. */
  async byOrganization(programIds: string[], now: Date, soonMs: number, limit: number, organizationId?: string): Promise<OrganizationTaskCounts[]> {
    if (!programIds.length) return [];
    const soon = new Date(now.getTime() + soonMs);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT p.organization_id, o.name,
              count(*) FILTER (WHERE t.due_at < $2) AS overdue,
              count(*) FILTER (WHERE t.due_at >= $2 AND t.due_at < $3) AS soon
         FROM tasks t
         JOIN persons p ON p.id = t.assignee_id
         LEFT JOIN organizations o ON o.id = p.organization_id
        WHERE t.status = 'open' AND t.program_id = ANY($1::uuid[]) AND t.due_at < $3 AND ${ACTIONABLE}
              ${organizationId ? 'AND p.organization_id = $5' : ''}
        GROUP BY p.organization_id, o.name
        ORDER BY overdue DESC, soon DESC, o.name NULLS LAST
        LIMIT $4`,
      [programIds, now, soon, limit, ...(organizationId ? [organizationId] : [])],
    );
    return rows.map((r) => ({ organizationId: (r.organization_id as string | null) ?? null, name: (r.name as string | null) ?? null, overdue: Number(r.overdue), dueSoon: Number(r.soon) }));
  }
}
