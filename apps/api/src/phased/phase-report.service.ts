import { Inject, Injectable } from '@nestjs/common';
import { markdownDocument } from '../documents/markdown-document.js';
import { phaseReportMarkdown, type Locale, type PhaseReport } from '@gov/domain';
import type { Principal } from '../auth/principal.js';
import { CollaborationModelService } from './collaboration-model.service.js';
import { CommunicationPlanService } from './communication-plan.service.js';
import { ContactNetworkService } from './contact-network.service.js';
import { FocusAreasService } from './focus-areas.service.js';
import { NeedsGatheringService } from './needs-gathering.service.js';
import { ProgramContext } from './program-context.js';

/** The phase report (delrapport), generated from the program's data whenever it is asked for. */
@Injectable()
export class PhaseReportService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(NeedsGatheringService) private readonly gathering: NeedsGatheringService,
    @Inject(FocusAreasService) private readonly focusAreas: FocusAreasService,
    @Inject(CollaborationModelService) private readonly collaboration: CollaborationModelService,
    @Inject(ContactNetworkService) private readonly contacts: ContactNetworkService,
    @Inject(CommunicationPlanService) private readonly communication: CommunicationPlanService,
  ) {}

  /** The report as the caller may read it: a contact person's names no other organization's contact person. */
  async report(principal: Principal, programId: string): Promise<PhaseReport> {
    const program = await this.ctx.read(programId);
    const g = program.governance;
    const [stats, focus, model, network, plan] = await Promise.all([
      this.gathering.statistics(programId),
      this.focusAreas.focusAreas(programId),
      this.collaboration.collaborationModel(principal, programId),
      this.contacts.network(principal, programId),
      this.communication.communicationPlan(programId),
    ]);
    const label = (list: { key: string; name: { sv: string; en: string } }[], key: string) => list.find((x) => x.key === key)?.name ?? { sv: key, en: key };
    return {
      program: { id: program.id, name: program.name, templateKey: program.templateKey, templateVersion: program.templateVersion },
      generatedAt: new Date().toISOString(),
      questions: g.questions,
      sessions: stats.sessions,
      needs: { total: stats.total, uncategorized: stats.uncategorized, byCategory: stats.byCategory },
      focusAreas: focus.focusAreas.map((f) => ({ key: f.key, name: f.name, categories: f.categories.map((c) => ({ key: c.key, name: c.name ?? { sv: c.key, en: c.key } })) })),
      collaborationModel: model.roles.map((r) => ({ roleKey: r.roleKey, roleName: r.name, bodies: r.bodies })),
      network: {
        started: network.started,
        kickoffAt: network.kickoffAt,
        members: network.members.filter((x) => !x.leftAt).map((x) => ({ organization: x.organization, contactPerson: x.contactPerson })),
        meetings: network.meetings.map((x) => ({ number: x.number, startsAt: x.startsAt, attendees: x.attendees })),
      },
      communicationPlan: plan.map((c) => ({ title: c.title, channel: label(g.communicationChannels, c.channelKey), audience: label(g.communicationAudiences, c.audienceKey), recurrence: c.recurrence, dueOn: c.dueOn })),
    };
  }

  markdown(report: PhaseReport, locale: Locale): string {
    return phaseReportMarkdown(report, locale);
  }

  /** A standalone HTML document: the Markdown rendered (users' text is escaped in the Markdown already). */
  html(report: PhaseReport, locale: Locale): Promise<string> {
    return markdownDocument(phaseReportMarkdown(report, locale), report.program.name, locale);
  }
}
