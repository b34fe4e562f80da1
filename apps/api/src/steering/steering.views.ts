import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECISION_RULE_KINDS, POSITIONS, STEERING_ROLES, type DecisionRuleKind, type Position, type SteeringRole } from '@gov/domain';
import { LocalizedLabelView } from '../programs/program.dto.js';

const uuid = { type: String, format: 'uuid' } as const;
const nullableUuid = { type: String, format: 'uuid', nullable: true, description: 'null where the caller may not know the person (another organization\'s contact person)' } as const;
const moment = { type: String, format: 'date-time' } as const;

export class DecisionRuleView {
  @ApiProperty({ enum: DECISION_RULE_KINDS }) kind: DecisionRuleKind;
  @ApiProperty({ type: 'integer' }) quorum: number;
}

export class SteeringSeatView {
  @ApiProperty({ ...nullableUuid, description: "null where the caller may not know the person; the group's members know each other" }) personId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The name, where the caller may know the person' }) name: string | null;
  @ApiProperty({ enum: STEERING_ROLES }) role: SteeringRole;
  @ApiProperty({ description: 'Whether the seat votes and counts toward the quorum (chair, member)' }) votes: boolean;
  @ApiProperty(moment) from: string;
  @ApiProperty({ ...moment, nullable: true, description: 'When the seat ended; null while it is held' }) until: string | null;
}

export class SteeringGroupView {
  @ApiProperty(uuid) programId: string;
  @ApiProperty({ type: DecisionRuleView, nullable: true, description: 'null: the program has no steering group (one decision maker decides its gates)' }) rule: DecisionRuleView | null;
  @ApiProperty({ type: [SteeringSeatView], description: 'The seats held now' }) members: SteeringSeatView[];
  @ApiProperty({ type: [SteeringSeatView], description: 'Every seat ever held, oldest first (who was a member when)' }) history: SteeringSeatView[];
}

export class MaterialProvidedView {
  @ApiProperty() title: string;
  @ApiProperty() link: string;
  @ApiProperty(nullableUuid) recordedBy: string | null;
  @ApiProperty(moment) recordedAt: string;
}

export class GateMaterialView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiPropertyOptional({ type: LocalizedLabelView }) description?: LocalizedLabelView;
  @ApiProperty({ type: MaterialProvidedView, nullable: true, description: 'null until provided; the decision waits for every piece' }) provided: MaterialProvidedView | null;
}

export class GateOutcomeView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ enum: ['next', 'repeat', 'back', 'close'] }) effect: string;
  @ApiProperty() commentRequired: boolean;
}

export class OpenGateView {
  @ApiProperty(uuid) programId: string;
  @ApiProperty() phaseKey: string;
  @ApiProperty({ type: 'integer', description: 'The how-manieth time this decision point is decided (a returned phase comes back)' }) round: number;
  @ApiProperty(uuid) taskId: string;
  @ApiProperty({ type: [GateOutcomeView] }) outcomes: GateOutcomeView[];
  @ApiProperty({ type: [GateMaterialView] }) material: GateMaterialView[];
  @ApiProperty({ description: 'Whether every piece of material is provided (the decision can be taken)' }) materialComplete: boolean;
  @ApiProperty({ ...nullableUuid, description: 'Who decides where there is no steering group, and whose inbox holds the gate (the chair where there is one)' }) decisionMakerId: string | null;
  @ApiProperty({ type: SteeringGroupView }) steeringGroup: SteeringGroupView;
}

export class DecisionSummaryView {
  @ApiProperty(uuid) gateTaskId: string;
  @ApiProperty() phaseKey: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty() decision: string;
  @ApiProperty(moment) decidedAt: string;
}

export class DecisionListView {
  @ApiProperty({ type: [DecisionSummaryView], description: 'The program\'s decisions at its decision points, oldest first' }) items: DecisionSummaryView[];
}

export class ProtocolMemberView {
  @ApiProperty(nullableUuid) personId: string | null;
  @ApiProperty({ description: 'The name, or "—" where the caller may not know the person' }) name: string;
  @ApiProperty({ enum: STEERING_ROLES }) role: SteeringRole;
  @ApiProperty() present: boolean;
  @ApiProperty({ enum: POSITIONS, nullable: true }) position: Position | null;
}

export class ProtocolConditionView {
  @ApiProperty() text: string;
  @ApiProperty(nullableUuid) ownerId: string | null;
  @ApiProperty() ownerName: string;
  @ApiProperty({ type: String, format: 'date' }) dueDate: string;
  @ApiProperty({ ...uuid, description: 'The task the condition became' }) taskId: string;
}

export class ProtocolReservationView {
  @ApiProperty(nullableUuid) personId: string | null;
  @ApiProperty() name: string;
  @ApiProperty() text: string;
}

export class ProtocolMaterialView {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty() link: string;
}

export class ProtocolAuditView {
  @ApiProperty({ description: "The entry's sequence id in the trail" }) eventId: string;
  @ApiProperty({ description: "The entry's hash in the chain" }) hash: string;
}

/** The decision protocol (beslutsprotokoll) as data: the HTML and PDF are rendered from it. */
export class ProtocolView {
  @ApiProperty(uuid) programId: string;
  @ApiProperty(uuid) gateTaskId: string;
  @ApiProperty({ enum: ['sv', 'en'] }) lang: 'sv' | 'en';
  @ApiProperty() programName: string;
  @ApiProperty() templateName: string;
  @ApiProperty() phaseKey: string;
  @ApiProperty() phaseName: string;
  @ApiProperty({ type: 'integer' }) round: number;
  @ApiProperty(moment) decidedAt: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ type: DecisionRuleView, nullable: true }) rule: DecisionRuleView | null;
  @ApiProperty({ type: [ProtocolMemberView], description: 'The seats when the group decided; a single decision maker alone where there was no group' }) members: ProtocolMemberView[];
  @ApiProperty({ type: [ProtocolMaterialView] }) material: ProtocolMaterialView[];
  @ApiProperty() decision: string;
  @ApiProperty() decisionName: string;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: [ProtocolConditionView] }) conditions: ProtocolConditionView[];
  @ApiProperty({ type: [ProtocolReservationView] }) reservations: ProtocolReservationView[];
  @ApiProperty({ type: ProtocolAuditView, nullable: true, description: 'The audit entry that recorded the decision' })
  audit: { eventId: string; hash: string } | null;
}

export class SteeringMeetingView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty({ type: 'integer', description: '1, 2, 3 … in the program' }) number: number;
  @ApiProperty(moment) startsAt: string;
  @ApiProperty(moment) endsAt: string;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: [String], description: 'What waits for the group, built when asked: the open decision point, activities to evaluate, overdue tasks, the changes since the last meeting' }) agenda: string[];
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' }, description: "The invitations: one task per member, with the agenda, due when the meeting starts (a calendar invitation goes with each)" }) invitationTaskIds: string[];
  @ApiProperty({ type: String, nullable: true }) minutes: string | null;
  @ApiProperty({ ...moment, nullable: true }) minutesAt: string | null;
}

export class SteeringMeetingListView {
  @ApiProperty({ type: [SteeringMeetingView], description: 'In time order' }) items: SteeringMeetingView[];
}

export class BoardPackChangeView {
  @ApiProperty({ description: "The audit entry's sequence id" }) eventId: string;
  @ApiProperty() type: string;
  @ApiProperty(moment) at: string;
  @ApiProperty({ enum: ['decision', 'activity', 'needs', 'focus-areas', 'phase', 'steering', 'other'] }) category: string;
  @ApiProperty() text: string;
}

export class BoardPackPhaseView {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['done', 'current', 'pending'] }) status: 'done' | 'current' | 'pending';
  @ApiProperty({ type: String, nullable: true }) detail: string | null;
}

export class BoardPackActivityView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiProperty({ enum: ['on-track', 'at-risk', 'off-track'] }) rag: 'on-track' | 'at-risk' | 'off-track';
  @ApiProperty() reason: string;
}

export class BoardPackOverdueView {
  @ApiProperty() organization: string;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: String, format: 'date' }) oldestDueDate: string;
  @ApiProperty({ type: [String] }) tasks: string[];
}

export class BoardPackPointView {
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() value: number;
}

export class BoardPackIndicatorView {
  @ApiProperty() goal: string;
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty({ type: BoardPackPointView }) baseline: BoardPackPointView;
  @ApiProperty({ type: BoardPackPointView }) target: BoardPackPointView;
  @ApiProperty({ type: [BoardPackPointView] }) series: BoardPackPointView[];
  @ApiProperty({ type: Boolean, nullable: true }) onTrack: boolean | null;
  @ApiProperty({ type: [String], description: 'The activities that name the indicator (or, where none names it, its effect goal): their titles' }) activities: string[];
}

/** The board pack (styrgruppsunderlag) of a meeting, generated from the data and the audit trail. */
export class BoardPackView {
  @ApiProperty(uuid) programId: string;
  @ApiProperty(uuid) meetingId: string;
  @ApiProperty({ enum: ['sv', 'en'] }) lang: 'sv' | 'en';
  @ApiProperty() programName: string;
  @ApiProperty() templateName: string;
  @ApiProperty({ type: 'integer' }) number: number;
  @ApiProperty(moment) startsAt: string;
  @ApiProperty(moment) endsAt: string;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ ...moment, nullable: true, description: "The previous meeting's start: the changes are those since then (null: since the program started)" }) since: string | null;
  @ApiProperty({ ...moment, description: 'Until when the changes are listed: the meeting\'s start, or now for a meeting ahead' }) until: string;
  @ApiProperty(moment) generatedAt: string;
  @ApiProperty({ type: [String] }) agenda: string[];
  @ApiProperty({ type: [BoardPackPhaseView] }) phases: BoardPackPhaseView[];
  @ApiProperty({ type: [BoardPackActivityView] }) activities: BoardPackActivityView[];
  @ApiProperty({ type: [BoardPackChangeView] }) changes: BoardPackChangeView[];
  @ApiProperty({ type: [BoardPackOverdueView] }) overdue: BoardPackOverdueView[];
  @ApiProperty({ type: [BoardPackIndicatorView] }) indicators: BoardPackIndicatorView[];
}
