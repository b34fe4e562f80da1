import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { gateMaterialOf, gateOutcomesOf } from '@gov/domain';
import { AuditEventEntity, GateDecisionEntity, PersonEntity, SteeringSeatEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';
import { ProgramContext } from '../phased/program-context.js';
import { protocolHtml, protocolPdf, type ProtocolData } from './protocol.js';
import type { DecisionListView, ProtocolView } from './steering.views.js';

const HIDDEN = '—';

/** The decisions taken at a program's decision points, and each one's protocol (beslutsprotokoll) generated from its record. */
@Injectable()
export class ProtocolService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  async list(programId: string): Promise<DecisionListView> {
    await this.ctx.read(programId);
    const rows = await this.ctx.db.manager.find(GateDecisionEntity, { where: { programId }, order: { decidedAt: 'ASC' } });
    return { items: rows.map((r) => ({ gateTaskId: r.gateTaskId, phaseKey: r.phaseKey, round: r.round, decision: r.decision, decidedAt: r.decidedAt.toISOString() })) };
  }

  async protocol(principal: Principal, programId: string, gateTaskId: string, lang: 'sv' | 'en'): Promise<ProtocolView> {
    const m = this.ctx.db.manager;
    const program = await this.ctx.read(programId);
    const d = await m.findOneBy(GateDecisionEntity, { programId, gateTaskId });
    if (!d) throw new NotFoundException(`No decision of program ${programId} was taken at decision point task ${gateTaskId}`);
    const template = await this.ctx.template(program);
    const phase = template.phases.find((p) => p.key === d.phaseKey);
    const ids = [d.recordedBy, ...d.seats.map((s) => s.personId), ...d.conditions.map((c) => c.ownerId), ...d.reservations.map((r) => r.personId)];
    const known = await knownPersons(m, principal, ids);
    // The group's members know each other (and so who sat when it decided).
    if (await m.exists(SteeringSeatEntity, { where: { programId, personId: principal.personId, untilAt: IsNull() } })) for (const s of d.seats) known.add(s.personId);
    const persons = await m.find(PersonEntity, { select: { id: true, displayName: true }, where: { id: In([...known]) } });
    const name = (id: string) => (known.has(id) ? (persons.find((p) => p.id === id)?.displayName ?? HIDDEN) : HIDDEN);
    const outcome = phase ? gateOutcomesOf(phase).find((o) => o.key === d.decision) : undefined;
    const materialNames = phase ? gateMaterialOf(phase) : [];
    const audit = await m
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.program_id = :programId AND e.type = :type AND e.data->>\'taskId\' = :taskId', { programId, type: 'gate.decided', taskId: gateTaskId })
      .getOne();
    return {
      programId,
      gateTaskId,
      lang,
      programName: program.name,
      templateName: template.name[lang],
      phaseKey: d.phaseKey,
      phaseName: phase?.name[lang] ?? d.phaseKey,
      round: d.round,
      decidedAt: d.decidedAt.toISOString(),
      recordedBy: name(d.recordedBy),
      rule: d.rule,
      members: d.seats.map((s) => ({
        personId: shownPerson(known, s.personId),
        name: name(s.personId),
        role: s.role,
        present: d.present.includes(s.personId),
        position: d.positions.find((p) => p.personId === s.personId)?.position ?? null,
      })),
      material: d.material.map((x) => ({ key: x.key, name: materialNames.find((n) => n.key === x.key)?.name[lang] ?? x.key, title: x.title, link: x.link })),
      decision: d.decision,
      decisionName: outcome?.name[lang] ?? d.decision,
      comment: d.comment,
      conditions: d.conditions.map((c) => ({ text: c.text, ownerId: shownPerson(known, c.ownerId), ownerName: name(c.ownerId), dueDate: c.dueDate, taskId: c.taskId })),
      reservations: d.reservations.map((r) => ({ personId: shownPerson(known, r.personId), name: name(r.personId), text: r.text })),
      audit: audit ? { eventId: audit.id, hash: audit.hash } : null,
    };
  }

  html(view: ProtocolView): string {
    return protocolHtml(rendered(view));
  }

  pdf(view: ProtocolView): Promise<Buffer> {
    return protocolPdf(rendered(view));
  }
}

/** What the renderer prints, from the protocol's data. */
function rendered(v: ProtocolView): ProtocolData {
  return {
    lang: v.lang,
    program: { name: v.programName, templateName: v.templateName },
    decisionPoint: { phaseName: v.phaseName, round: v.round },
    decidedAt: v.decidedAt,
    recordedBy: v.recordedBy,
    rule: v.rule,
    members: v.members.map((x) => ({ name: x.name, role: x.role, present: x.present, position: x.position })),
    material: v.material.map((x) => ({ name: x.name, title: x.title, link: x.link })),
    decision: { outcomeName: v.decisionName, comment: v.comment },
    conditions: v.conditions.map((c) => ({ text: c.text, ownerName: c.ownerName, dueDate: c.dueDate })),
    reservations: v.reservations.map((r) => ({ name: r.name, text: r.text })),
    audit: v.audit,
  };
}
