import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { editRefusal, OPEN_ACTIVITY_STATUSES, type EditableData, type Governance, type PhaseSnapshot, type ProgramPosition, type ProgramTemplate } from '@gov/domain';
import {
  AuditTrail,
  CollaborationBodyEntity,
  CommunicationItemEntity,
  FocusAreaEntity,
  GatheringSessionEntity,
  NeedEntity,
  NetworkMemberEntity,
  ProgramActivityEntity,
  ProgramEntity,
  TemplateStore,
} from '@gov/persistence';
import { programWorkflowId } from '@gov/temporal/contracts';
import type { Principal } from '../auth/principal.js';
import { asCommand } from '../common/database-errors.js';

export type GovernedProgram = ProgramEntity & { governance: Governance };

/**
 * Transactions over one program: the program row is locked (shared for edits, exclusive for step
 * completion and gate decisions), so a step can never complete while its data is being changed,
 * and every command's audit entry is written in the command's own transaction.
 */
@Injectable()
export class ProgramContext {
  constructor(
    @Inject(DataSource) readonly db: DataSource,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(TemplateStore) readonly templates: TemplateStore,
  ) {}

  /** Runs `work` with the program locked; 404 when it does not exist, 409 when it has no governed phases. */
  async locked<T>(programId: string, mode: 'share' | 'exclusive', work: (m: EntityManager, program: GovernedProgram) => Promise<T>): Promise<T> {
    return asCommand(() =>
      this.db.transaction(async (m) => {
        const program = await m.findOne(ProgramEntity, { where: { id: programId }, lock: { mode: mode === 'share' ? 'pessimistic_read' : 'pessimistic_write' } });
        return work(m, governed(program, programId));
      }),
    );
  }

  /** Like `locked`, and refused (409, nothing changed) unless `data` may change in the program's current step. */
  edit<T>(programId: string, data: EditableData, work: (m: EntityManager, program: GovernedProgram) => Promise<T>): Promise<T> {
    return this.locked(programId, 'share', async (m, program) => {
      const template = await this.template(program, m);
      const refusal = editRefusal(data, positionOf(program), template.phases.flatMap((p) => p.steps));
      if (refusal) throw new ConflictException(refusal);
      return work(m, program);
    });
  }

  /** The template version the program runs. */
  async template(program: ProgramEntity, m?: EntityManager): Promise<ProgramTemplate> {
    const template = await this.templates.find(program.templateKey, program.templateVersion, m);
    if (!template) throw new Error(`Program ${program.id} runs template ${program.templateKey} v${program.templateVersion}, which is not stored`);
    return template;
  }

  async read(programId: string): Promise<GovernedProgram> {
    return governed(await this.db.manager.findOneBy(ProgramEntity, { id: programId }), programId);
  }

  /** The command's audit entry, in its transaction, with who sent it. */
  record(m: EntityManager, principal: Principal, programId: string, type: string, data: Record<string, string | number | boolean | null> = {}): Promise<void> {
    return this.trail.record(
      { type, actorKind: 'person', actorId: principal.personId, actorRole: principal.role, programId, workflowId: programWorkflowId(programId), runId: null, dedupeKey: `${type}/${randomUUID()}`, data },
      m,
    );
  }

}

export function positionOf(p: ProgramEntity): ProgramPosition {
  return { status: p.status, phaseKey: p.phaseKey, stepKey: p.stepKey, stepStatus: p.stepStatus, gateOpen: Boolean(p.gateTaskId) };
}

function governed(program: ProgramEntity | null, id: string): GovernedProgram {
  if (!program) throw new NotFoundException(`Program ${id} not found`);
  if (!program.governance) {
    throw new ConflictException(`Program ${id} runs template ${program.templateKey} v${program.templateVersion}, which has no governed phases; create the program from the current version.`);
  }
  return program as GovernedProgram;
}

/** What the step kinds' completion rules look at, read in the caller's transaction. */
export async function phaseSnapshot(m: EntityManager, program: GovernedProgram): Promise<PhaseSnapshot> {
  const programId = program.id;
  const bodies = await m.find(CollaborationBodyEntity, { where: { programId } });
  const uncategorized = await m.find(NeedEntity, { select: { id: true }, where: { programId, categoryKey: IsNull() }, order: { createdAt: 'ASC' } });
  return {
    questions: program.governance.questions.length,
    sessions: await m.countBy(GatheringSessionEntity, { programId }),
    needs: await m.countBy(NeedEntity, { programId }),
    uncategorizedNeedIds: uncategorized.map((n) => n.id),
    focusAreas: await m.countBy(FocusAreaEntity, { programId }),
    focusAreaCount: program.governance.focusAreas?.count ?? 0,
    rolesWithoutBodies: program.governance.collaborationRoles.filter((r) => !bodies.some((b) => b.roleKey === r.key)).map((r) => r.key),
    gateOwnerSet: Boolean(program.gateOwnerId),
    networkMembers: await m.countBy(NetworkMemberEntity, { programId, leftAt: IsNull() }),
    networkStarted: Boolean(program.networkKickoffAt),
    communicationItems: await m.countBy(CommunicationItemEntity, { programId }),
    openActivities: await m.countBy(ProgramActivityEntity, { programId, status: In([...OPEN_ACTIVITY_STATUSES]) }),
  };
}
