import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommunicationItemEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { CreateCommunicationItemDto } from './phased.dto.js';
import { keysOf, unknown } from './governance-lists.js';
import { ProgramContext } from './program-context.js';

/** Phase I's communication plan: its items by channel and audience. */
@Injectable()
export class CommunicationPlanService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  addCommunicationItem(principal: Principal, programId: string, dto: CreateCommunicationItemDto) {
    return this.ctx.edit(programId, 'communicationPlan', async (m, { governance: g }) => {
      const errors: FieldError[] = [];
      if (!keysOf(g.communicationChannels).includes(dto.channel)) errors.push(unknown('channel', dto.channel, keysOf(g.communicationChannels)));
      if (!keysOf(g.communicationAudiences).includes(dto.audience)) errors.push(unknown('audience', dto.audience, keysOf(g.communicationAudiences)));
      if (errors.length) throw new ValidationProblem(errors);
      const item = { id: randomUUID(), programId, title: dto.title, channelKey: dto.channel, audienceKey: dto.audience, recurrence: dto.recurrence, dueOn: dto.dueOn };
      await m.insert(CommunicationItemEntity, item);
      await this.ctx.record(m, principal, programId, 'communication_item.added', { itemId: item.id, channel: dto.channel, audience: dto.audience });
      return item;
    });
  }

  async communicationPlan(programId: string) {
    await this.ctx.read(programId);
    return this.ctx.db.manager.find(CommunicationItemEntity, { where: { programId }, order: { dueOn: 'ASC', createdAt: 'ASC' } });
  }
}
