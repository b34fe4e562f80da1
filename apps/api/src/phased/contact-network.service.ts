import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { plannedNetworkMeeting, type CalendarRule, type Governance, type NetworkCadence } from '@gov/domain';
import { CalendarRules, NetworkMeetingEntity, NetworkMemberEntity, OrganizationEntity, PersonEntity, ProgramEntity } from '@gov/persistence';
import { ProgramWorkflows, WorkflowCommands } from '@gov/temporal';
import type { Principal } from '../auth/principal.js';
import { knownPersons } from '../auth/read-scope.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import type { AddNetworkMemberDto, RecordMeetingDto, StartNetworkDto } from './phased.dto.js';
import { ProgramContext } from './program-context.js';

/** A network member as the network answer lists it. */
interface NetworkMemberRow {
  id: string;
  organizationId: string;
  organization: string;
  personId: string;
  contactPerson: string;
  joinedAt: Date;
  leftAt: Date | null;
}

/** Phase I's contact-person network: its members, its start (the network's own workflow) and its meetings. */
@Injectable()
export class ContactNetworkService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(ProgramWorkflows) private readonly workflows: ProgramWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(CalendarRules) private readonly calendars: CalendarRules,
  ) {}

  /** One contact person per department and company; members may join while the network runs. */
  addNetworkMember(principal: Principal, programId: string, dto: AddNetworkMemberDto) {
    return this.ctx.locked(programId, 'share', async (m, program) => {
      const open = program.status === 'active' && (program.networkKickoffAt || (program.stepKey === 'network' && program.stepStatus === 'open'));
      if (!open) throw new ConflictException("Members join the network from the step 'network' on, while the program is active.");
      const person = await m.findOneBy(PersonEntity, { id: dto.personId });
      if (!(await m.existsBy(OrganizationEntity, { id: dto.organizationId }))) throw new ValidationProblem([{ field: 'organizationId', message: `organization ${dto.organizationId} does not exist` }]);
      if (!person || person.role !== 'contact_person' || person.organizationId !== dto.organizationId) {
        throw new ValidationProblem([{ field: 'personId', message: 'must be a contact person of that organization' }]);
      }
      if (await m.existsBy(NetworkMemberEntity, { programId, organizationId: dto.organizationId, leftAt: IsNull() })) {
        throw new ConflictException('This organization already has its contact person in the network; remove them first.');
      }
      const member = { id: randomUUID(), programId, organizationId: dto.organizationId, personId: dto.personId, joinedAt: new Date(), leftAt: null };
      await m.insert(NetworkMemberEntity, member);
      await this.ctx.record(m, principal, programId, 'network.member_joined', { organizationId: dto.organizationId, personId: dto.personId });
      return member;
    });
  }

  removeNetworkMember(principal: Principal, programId: string, organizationId: string) {
    return this.ctx.locked(programId, 'share', async (m) => {
      const member = await m.findOneBy(NetworkMemberEntity, { programId, organizationId, leftAt: IsNull() });
      if (!member) throw new NotFoundException('This organization has no member in the network');
      await m.update(NetworkMemberEntity, { id: member.id }, { leftAt: new Date() });
      await this.ctx.record(m, principal, programId, 'network.member_left', { organizationId, personId: member.personId });
      return { ...member, leftAt: new Date() };
    });
  }

  /** The calendar a network's cadence keeps meetings off, as the workflow carries it (days only, registered closures included). */
  private async networkCalendar(cadence: NetworkCadence, m: EntityManager): Promise<{ calendar?: CalendarRule }> {
    const calendar = await this.calendars.ruleFor(cadence.calendar, m);
    return calendar ? { calendar } : {};
  }

  /** Starts the network's own workflow: the kickoff, then meetings at the program's cadence. */
  async startNetwork(principal: Principal, programId: string, dto: StartNetworkDto) {
    const { command, network } = await this.ctx.edit(programId, 'network', async (m, program) => {
      if (program.networkKickoffAt) throw new ConflictException('The network is already started.');
      if (!(await m.countBy(NetworkMemberEntity, { programId, leftAt: IsNull() }))) throw new ConflictException('Add the contact persons before starting the network.');
      const kickoffAt = new Date(dto.kickoffAt);
      await m.update(ProgramEntity, { id: programId }, { networkKickoffAt: kickoffAt });
      await this.ctx.record(m, principal, programId, 'network.started', { kickoffAt: kickoffAt.toISOString() });
      const cadence = program.governance.network;
      if (!cadence) throw new ConflictException("This program's template gives no contact-person network cadence.");
      const recorded = await this.commands.record(m, [this.workflows.networkStartStep({ programId, kickoffAt: kickoffAt.toISOString(), cadence, ...(await this.networkCalendar(cadence, m)) })]);
      return { command: recorded, network: await this.networkOf(programId, m) };
    });
    await this.commands.deliverOrLeave(command);
    return network;
  }

  /**
   * The network as the caller may read it. Everyone who reads the program sees its member
   * organizations, the meetings and their minutes; a contact person sees no other organization's
   * contact person (personId and name null) and of each meeting's attendance the count and
   * whoever of their own organization attended.
   */
  async network(principal: Principal, programId: string) {
    await this.ctx.read(programId);
    const network = await this.networkOf(programId);
    const known = await knownPersons(this.ctx.db.manager, principal, [...network.members.map((x) => x.personId), ...network.meetings.flatMap((x) => x.attendeeIds ?? [])]);
    return {
      ...network,
      members: network.members.map((x) => (known.has(x.personId) ? x : { ...x, personId: null, contactPerson: null })),
      meetings: network.meetings.map((x) => ({ ...x, attendeeIds: x.attendeeIds && x.attendeeIds.filter((id) => known.has(id)) })),
    };
  }

  private async networkOf(programId: string, m: EntityManager = this.ctx.db.manager) {
    // An unknown program is a 404 (findOneByOrFail's EntityNotFoundError would answer 500).
    const program = await m.findOneBy(ProgramEntity, { id: programId });
    if (!program) throw new NotFoundException(`Program ${programId} not found`);
    const members: NetworkMemberRow[] = await m
      .createQueryBuilder(NetworkMemberEntity, 'nm')
      .innerJoin(OrganizationEntity, 'o', 'o.id = nm.organization_id')
      .innerJoin(PersonEntity, 'p', 'p.id = nm.person_id')
      .select(['nm.id AS id', 'nm.organization_id AS "organizationId"', 'o.name AS organization', 'nm.person_id AS "personId"', 'p.display_name AS "contactPerson"', 'nm.joined_at AS "joinedAt"', 'nm.left_at AS "leftAt"'])
      .where('nm.program_id = :programId', { programId })
      .orderBy('nm.joined_at', 'ASC')
      .getRawMany();
    const meetings = await m.find(NetworkMeetingEntity, { where: { programId }, order: { number: 'ASC' } });
    const cadence = (program.governance as Governance | null)?.network ?? null;
    // The next meetings as the network's workflow will plan them (the same rule, the same calendar), with why a date moved.
    const next = meetings.length ? meetings[meetings.length - 1].number + 1 : 0;
    const rule = cadence ? await this.calendars.labelledRuleFor(cadence.calendar) : undefined;
    const plan =
      program.networkKickoffAt && cadence
        ? [0, 1, 2, 3].map((i) => {
            const planned = plannedNetworkMeeting(program.networkKickoffAt!.getTime(), cadence, next + i, rule);
            return { number: next + i, startsAt: new Date(planned.at).toISOString(), byCadence: new Date(planned.byCadence).toISOString(), movedOver: planned.movedOver };
          })
        : [];
    return {
      started: Boolean(program.networkKickoffAt),
      kickoffAt: program.networkKickoffAt?.toISOString() ?? null,
      cadence,
      plan,
      members,
      meetings: meetings.map((x) => ({
        number: x.number,
        startsAt: x.startsAt.toISOString(),
        attendeeIds: x.attendeeIds,
        attendees: x.attendeeIds?.length ?? null,
        minutes: x.minutes,
        recordedAt: x.recordedAt?.toISOString() ?? null,
      })),
    };
  }

  /** Attendance and minutes of a meeting the network workflow has scheduled. */
  recordMeeting(principal: Principal, programId: string, number: number, dto: RecordMeetingDto) {
    return this.ctx.locked(programId, 'share', async (m) => {
      const meeting = await m.findOneBy(NetworkMeetingEntity, { programId, number });
      if (!meeting) throw new NotFoundException(`Meeting ${number} has not been scheduled`);
      const members = await m.find(NetworkMemberEntity, { where: { programId } });
      const strangers = dto.attendeeIds.filter((id) => !members.some((x) => x.personId === id));
      if (strangers.length) throw new ValidationProblem([{ field: 'attendeeIds', message: `not members of the network: ${strangers.join(', ')}` }]);
      await m.update(NetworkMeetingEntity, { programId, number }, { attendeeIds: dto.attendeeIds, minutes: dto.minutes, recordedBy: principal.personId, recordedAt: new Date() });
      await this.ctx.record(m, principal, programId, 'network.meeting_recorded', { number, attendees: dto.attendeeIds.length });
      return { number, startsAt: meeting.startsAt.toISOString(), attendeeIds: dto.attendeeIds, minutes: dto.minutes };
    });
  }
}
