import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { ACTIVITY_STATUSES } from '@gov/domain';
import { LocalizedLabelView } from '../programs/program.dto.js';

/** The answers of the phased-program endpoints (phase I and phase II), as the services build them. */

const uuid = { type: String, format: 'uuid' } as const;
const nullableUuid = { type: String, format: 'uuid', nullable: true } as const;
const dateTime = { type: String, format: 'date-time' } as const;
const nullableDateTime = { type: String, format: 'date-time', nullable: true } as const;
const date = { type: String, format: 'date', example: '2019-01-15' } as const;

export class LabelledView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiPropertyOptional({ type: LocalizedLabelView }) description?: LocalizedLabelView;
}

export class EffectGoalDefinitionView {
  @ApiProperty({ type: 'integer', minimum: 1 }) number: number;
  @ApiProperty({ type: LocalizedLabelView }) text: LocalizedLabelView;
}

export class SubQuestionView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) text: LocalizedLabelView;
}

export class QuestionView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) text: LocalizedLabelView;
  @ApiProperty({ type: [SubQuestionView] }) subQuestions: SubQuestionView[];
}

export class FocusAreaSettingsView {
  @ApiProperty({ type: 'integer', description: 'How many focus areas the program chooses' }) count: number;
  @ApiProperty({ type: [LabelledView] }) suggestions: LabelledView[];
}

export class CollaborationRoleView extends LabelledView {
  @ApiProperty({ type: [String] }) suggestedBodies: string[];
}

export class CalendarChoiceView {
  @ApiProperty({ enum: ['sverige', 'vasteras', 'stockholm'] }) key: string;
  @ApiProperty({ enum: ['working-days', 'school-year'] }) basis: string;
}

export class NetworkCadenceView {
  @ApiProperty({ example: 'P4W', description: 'ISO 8601 duration between the first meetings' }) initialEvery: string;
  @ApiProperty({ type: 'integer' }) initialMeetings: number;
  @ApiProperty({ example: 'P13W' }) thenEvery: string;
  @ApiProperty({ example: 'P7D', description: 'How long before each meeting the status reports are due' }) statusReportBefore: string;
  @ApiPropertyOptional({ type: CalendarChoiceView, description: 'The calendar whose days off meetings are kept off (school breaks too with school-year)' }) calendar?: CalendarChoiceView;
}

export class DayOffView {
  @ApiProperty(date) date: string;
  @ApiProperty({ enum: ['weekend', 'public-holiday', 'eve', 'closure', 'school-break'] }) kind: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
}

export class PlannedMeetingView {
  @ApiProperty({ type: 'integer', minimum: 0 }) number: number;
  @ApiProperty({ ...dateTime, description: 'When it is planned' }) startsAt: string;
  @ApiProperty({ ...dateTime, description: 'When the cadence alone would put it' }) byCadence: string;
  @ApiProperty({ type: [DayOffView], description: 'The days off it was moved over to the next working day (empty: not moved)' }) movedOver: DayOffView[];
}

const reminderPolicy: ApiPropertyOptions = {
  type: 'object',
  description: 'ISO 8601 durations: {"before":["P3D","PT0S"],"overdueEvery":"P2D","maxOverdue":5,"escalateAfter":"P5D"}',
  properties: { before: { type: 'array', items: { type: 'string' } }, overdueEvery: { type: 'string' }, maxOverdue: { type: 'integer' }, escalateAfter: { type: 'string' } },
  required: ['before'],
};

export class ProgramReminderPoliciesView {
  @ApiProperty(reminderPolicy) default: object;
  @ApiProperty(reminderPolicy) gate: object;
  @ApiProperty(reminderPolicy) statusReport: object;
}

export class ProgramDurationsView {
  @ApiProperty({ example: 'P14D' }) step: string;
  @ApiProperty({ example: 'P14D' }) gate: string;
  @ApiProperty({ example: 'P30D' }) activityPlanning: string;
  @ApiProperty({ example: 'P30D' }) activityEvaluation: string;
  @ApiProperty({ example: 'P52W' }) yearlyCheckEvery: string;
}

/** The governance a program runs with: its template's lists and settings with the program's overrides. */
export class GovernanceView {
  @ApiProperty({ type: [EffectGoalDefinitionView] }) effectGoals: EffectGoalDefinitionView[];
  @ApiProperty({ type: [LabelledView] }) needCategories: LabelledView[];
  @ApiProperty({ type: [LabelledView] }) participantGroups: LabelledView[];
  @ApiProperty({ type: [LabelledView] }) sessionKinds: LabelledView[];
  @ApiProperty({ type: [QuestionView] }) questions: QuestionView[];
  @ApiProperty({ type: FocusAreaSettingsView }) focusAreas: FocusAreaSettingsView;
  @ApiProperty({ type: [LabelledView] }) matrixLevels: LabelledView[];
  @ApiProperty({ type: [LabelledView] }) methods: LabelledView[];
  @ApiProperty({ type: [CollaborationRoleView] }) collaborationRoles: CollaborationRoleView[];
  @ApiProperty({ type: [LabelledView] }) evaluationDecisions: LabelledView[];
  @ApiProperty({ type: NetworkCadenceView }) network: NetworkCadenceView;
  @ApiProperty({ type: [LabelledView] }) communicationChannels: LabelledView[];
  @ApiProperty({ type: [LabelledView] }) communicationAudiences: LabelledView[];
  @ApiProperty({ type: ProgramReminderPoliciesView }) reminderPolicies: ProgramReminderPoliciesView;
  @ApiProperty({ type: ProgramDurationsView }) durations: ProgramDurationsView;
  @ApiPropertyOptional({ type: CalendarChoiceView, description: "The working-day calendar the program's tasks follow (deadlines off its days off; 5WD counts its working days)" }) calendar?: CalendarChoiceView;
}

export class SessionView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty({ example: 'workshop' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty(date) heldOn: string;
  @ApiProperty({ type: [String] }) participantGroups: string[];
  @ApiProperty(nullableUuid) organizationId: string | null;
  @ApiProperty(dateTime) createdAt: string;
}

export class SessionWithNeedsView extends SessionView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Needs recorded from the session' }) needs: number;
}

export class NeedView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty(uuid) sessionId: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, nullable: true }) questionKey: string | null;
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty(dateTime) createdAt: string;
}

export class NeedPageView {
  @ApiProperty({ type: [NeedView] }) items: NeedView[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}

export class NeedPreviewView {
  @ApiProperty({ type: 'integer', description: 'The row in the file (the header is row 1)' }) row: number;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty({ type: String, nullable: true }) questionKey: string | null;
}

export class NeedsImportView {
  @ApiProperty({ type: 'integer', description: 'Needs stored (0 in a dry run)' }) imported: number;
  @ApiProperty({ type: 'integer', description: 'Rows in the file' }) rows: number;
  @ApiProperty({ type: 'integer' }) categorized: number;
  @ApiProperty(uuid) sessionId: string;
  @ApiProperty() dryRun: boolean;
  @ApiPropertyOptional({ type: [NeedPreviewView], description: "A dry run's first 50 rows as they would be stored" }) preview?: NeedPreviewView[];
}

export class UnknownLabelView {
  @ApiProperty({ description: 'The label as the file writes it' }) label: string;
  @ApiProperty({ type: [Number], description: 'The lines it is on (the header is line 1), the first 20' }) lines: number[];
  @ApiProperty({ type: 'integer', description: 'Rows with the label' }) rows: number;
  @ApiProperty({ type: [String], description: "Keys of the program's list that look most alike" }) suggestions: string[];
}

export class UnknownLabelsView {
  @ApiProperty({ type: [UnknownLabelView], description: 'The first 100 per column' }) categories: UnknownLabelView[];
  @ApiProperty({ type: [UnknownLabelView], description: 'Labels of the source column that are no session kind' }) sources: UnknownLabelView[];
  @ApiProperty({ type: [UnknownLabelView] }) groups: UnknownLabelView[];
}

export class ImportedSessionView {
  @ApiProperty({ example: 'workshop' }) kind: string;
  @ApiProperty({ example: 'teachers' }) group: string;
  @ApiProperty({ enum: ['matched', 'created'], description: 'An existing session of that kind and only that group, or one the import makes' }) action: 'matched' | 'created';
  @ApiProperty({ ...nullableUuid, description: 'The session (null for one a dry run would create)' }) sessionId: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer', description: 'Needs of the file for it' }) needs: number;
}

export class NeedsFilePreviewRowView {
  @ApiProperty({ type: 'integer', description: 'The line in the file (the header is line 1)' }) line: number;
  @ApiProperty() text: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: the label is unknown' }) kind: string | null;
  @ApiProperty({ type: String, nullable: true }) group: string | null;
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty({ type: String, nullable: true }) questionKey: string | null;
}

export class NeedsFileImportView {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ type: 'integer', description: 'Rows in the file' }) rows: number;
  @ApiProperty({ type: 'integer', description: 'Needs stored (0 in a dry run)' }) imported: number;
  @ApiProperty({ type: 'integer', description: 'Rows with a category' }) categorized: number;
  @ApiProperty({ type: [ImportedSessionView], description: 'The sessions the rows go to, one per kind and group' }) sessions: ImportedSessionView[];
  @ApiProperty({ type: UnknownLabelsView, description: 'Labels the program does not know and the mapping does not map (empty when the file can be imported)' }) unknown: UnknownLabelsView;
  @ApiPropertyOptional({ type: [NeedsFilePreviewRowView], description: "A dry run's first 50 rows as they would be stored" }) preview?: NeedsFilePreviewRowView[];
}

export class CategorizedView {
  @ApiProperty({ type: 'integer' }) categorized: number;
  @ApiProperty({ type: 'integer', description: 'Needs of the program still without a category' }) uncategorized: number;
}

export class CategoryCountView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) share: number;
}

export class SourceCountView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ type: 'integer' }) sessions: number;
  @ApiProperty({ type: 'integer' }) needs: number;
}

export class SessionCountsView {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [SourceCountView] }) byKind: SourceCountView[];
  @ApiProperty({ type: [SourceCountView] }) byParticipantGroup: SourceCountView[];
}

export class NeedStatisticsView {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) uncategorized: number;
  @ApiProperty({ type: [CategoryCountView] }) byCategory: CategoryCountView[];
  @ApiProperty({ type: SessionCountsView }) sessions: SessionCountsView;
}

export class FocusAreaCategoryView {
  @ApiProperty() key: string;
  @ApiPropertyOptional({ type: LocalizedLabelView, description: 'Absent for a category the program no longer has' }) name?: LocalizedLabelView;
  @ApiProperty({ type: 'integer' }) needs: number;
}

export class ChosenFocusAreaView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ type: [FocusAreaCategoryView] }) categories: FocusAreaCategoryView[];
}

export class FocusAreasView {
  @ApiProperty({ type: 'integer', description: "The template's number of focus areas" }) required: number;
  @ApiProperty({ type: [LabelledView] }) suggestions: LabelledView[];
  @ApiProperty({ type: [ChosenFocusAreaView] }) focusAreas: ChosenFocusAreaView[];
  @ApiProperty({ type: [CategoryCountView] }) needsPerCategory: CategoryCountView[];
}

export class CollaborationRoleBodiesView {
  @ApiProperty() roleKey: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ type: [String] }) suggestedBodies: string[];
  @ApiProperty({ type: [String] }) bodies: string[];
}

export class CollaborationModelView {
  @ApiProperty({ ...nullableUuid, description: "The steering group's decision maker" }) gateOwnerId: string | null;
  @ApiProperty({ type: [CollaborationRoleBodiesView] }) roles: CollaborationRoleBodiesView[];
}

export class NetworkMemberView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty(uuid) personId: string;
  @ApiProperty(dateTime) joinedAt: string;
  @ApiProperty(nullableDateTime) leftAt: string | null;
}

export class NetworkMemberListedView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty({ description: "The organization's name" }) organization: string;
  @ApiProperty({ ...nullableUuid, description: "The contact person; null for a contact person reading another organization's" }) personId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The contact person's name; null where personId is" }) contactPerson: string | null;
  @ApiProperty(dateTime) joinedAt: string;
  @ApiProperty(nullableDateTime) leftAt: string | null;
}

export class NetworkMeetingView {
  @ApiProperty({ type: 'integer', minimum: 0, description: '0 is the kickoff' }) number: number;
  @ApiProperty(dateTime) startsAt: string;
  @ApiProperty({ type: [String], format: 'uuid', nullable: true, description: 'Who attended (null until recorded); a contact person sees only those of their own organization' }) attendeeIds: string[] | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, description: 'How many attended (null until recorded)' }) attendees: number | null;
  @ApiProperty({ type: String, nullable: true }) minutes: string | null;
  @ApiProperty(nullableDateTime) recordedAt: string | null;
}

export class NetworkView {
  @ApiProperty() started: boolean;
  @ApiProperty(nullableDateTime) kickoffAt: string | null;
  @ApiProperty({ type: NetworkCadenceView, nullable: true }) cadence: NetworkCadenceView | null;
  @ApiProperty({ type: [PlannedMeetingView], description: 'The next four meetings as the network plans them (empty before its start)' }) plan: PlannedMeetingView[];
  @ApiProperty({ type: [NetworkMemberListedView], description: 'Current and former members (leftAt set)' }) members: NetworkMemberListedView[];
  @ApiProperty({ type: [NetworkMeetingView] }) meetings: NetworkMeetingView[];
}

export class RecordedMeetingView {
  @ApiProperty({ type: 'integer', minimum: 0 }) number: number;
  @ApiProperty(dateTime) startsAt: string;
  @ApiProperty({ type: [String], format: 'uuid' }) attendeeIds: string[];
  @ApiProperty() minutes: string;
}

export class CommunicationItemView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty() title: string;
  @ApiProperty() channelKey: string;
  @ApiProperty() audienceKey: string;
  @ApiProperty({ enum: ['one-off', 'continuous'] }) recurrence: string;
  @ApiProperty(date) dueOn: string;
}

export class ListedCommunicationItemView extends CommunicationItemView {
  @ApiProperty(dateTime) createdAt: string;
}

export class StepCompletedView {
  @ApiProperty(uuid) programId: string;
  @ApiProperty() phaseKey: string;
  @ApiProperty() stepKey: string;
  @ApiProperty({ enum: ['completed'] }) status: string;
}

export class GateDecidedView {
  @ApiProperty(uuid) programId: string;
  @ApiProperty() phaseKey: string;
  @ApiProperty({ description: "The outcome decided, one of the decision point's outcome keys" }) decision: string;
}

class ReportProgramView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() name: string;
  @ApiProperty() templateKey: string;
  @ApiProperty({ type: 'integer' }) templateVersion: number;
}

class ReportNeedsView {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) uncategorized: number;
  @ApiProperty({ type: [CategoryCountView] }) byCategory: CategoryCountView[];
}

class ReportKeyNameView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
}

class ReportFocusAreaView extends ReportKeyNameView {
  @ApiProperty({ type: [ReportKeyNameView] }) categories: ReportKeyNameView[];
}

class ReportRoleView {
  @ApiProperty() roleKey: string;
  @ApiProperty({ type: LocalizedLabelView }) roleName: LocalizedLabelView;
  @ApiProperty({ type: [String] }) bodies: string[];
}

class ReportMemberView {
  @ApiProperty() organization: string;
  @ApiProperty({ type: String, nullable: true, description: "The contact person's name; null for a contact person reading another organization's" }) contactPerson: string | null;
}

class ReportMeetingView {
  @ApiProperty({ type: 'integer' }) number: number;
  @ApiProperty(dateTime) startsAt: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Attendees, once recorded' }) attendees: number | null;
}

class ReportNetworkView {
  @ApiProperty() started: boolean;
  @ApiProperty(nullableDateTime) kickoffAt: string | null;
  @ApiProperty({ type: [ReportMemberView] }) members: ReportMemberView[];
  @ApiProperty({ type: [ReportMeetingView] }) meetings: ReportMeetingView[];
}

class ReportCommunicationItemView {
  @ApiProperty() title: string;
  @ApiProperty({ type: LocalizedLabelView }) channel: LocalizedLabelView;
  @ApiProperty({ type: LocalizedLabelView }) audience: LocalizedLabelView;
  @ApiProperty({ enum: ['one-off', 'continuous'] }) recurrence: string;
  @ApiProperty(date) dueOn: string;
}

/** The phase report (delrapport) as JSON. */
export class PhaseReportView {
  @ApiProperty({ type: ReportProgramView }) program: ReportProgramView;
  @ApiProperty(dateTime) generatedAt: string;
  @ApiProperty({ type: [QuestionView] }) questions: QuestionView[];
  @ApiProperty({ type: SessionCountsView }) sessions: SessionCountsView;
  @ApiProperty({ type: ReportNeedsView }) needs: ReportNeedsView;
  @ApiProperty({ type: [ReportFocusAreaView] }) focusAreas: ReportFocusAreaView[];
  @ApiProperty({ type: [ReportRoleView] }) collaborationModel: ReportRoleView[];
  @ApiProperty({ type: ReportNetworkView }) network: ReportNetworkView;
  @ApiProperty({ type: [ReportCommunicationItemView] }) communicationPlan: ReportCommunicationItemView[];
}

/** A phase II activity as stored. */
export class ActivityView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) focusAreaKeys: string[];
  @ApiProperty({ type: [String] }) levelKeys: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) ownerOrganizationIds: string[];
  @ApiProperty(uuid) responsibleId: string;
  @ApiProperty() methodKey: string;
  @ApiProperty({ type: 'integer', isArray: true }) effectGoalNumbers: number[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'The indicators of its effect goals it should move' }) indicatorIds: string[];
  @ApiProperty(date) plannedStart: string;
  @ApiProperty(date) plannedEnd: string;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) cycle: number;
  @ApiProperty({ ...nullableUuid, description: 'The activity it scaled up from' }) parentId: string | null;
  @ApiProperty(uuid) proposedBy: string;
  @ApiProperty() workflowId: string;
  @ApiProperty(dateTime) createdAt: string;
  @ApiProperty(dateTime) updatedAt: string;
}

export class ActivityPageView {
  @ApiProperty({ type: [ActivityView] }) items: ActivityView[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}

export class ActivityCycleView {
  @ApiProperty({ type: 'integer', minimum: 1 }) cycle: number;
  @ApiProperty({ enum: ['end', 'continue', 'scale-up'], nullable: true }) decision: string | null;
  @ApiProperty({ type: String, nullable: true }) rationale: string | null;
  @ApiProperty(nullableUuid) decidedBy: string | null;
  @ApiProperty(nullableDateTime) decidedAt: string | null;
  @ApiProperty(nullableUuid) successorId: string | null;
}

export class ActivitySuccessorView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: string;
}

export class ActivityDecisionView {
  @ApiProperty({ type: 'integer' }) cycle: number;
  @ApiProperty({ enum: ['end', 'continue', 'scale-up'] }) decision: string;
}

export class ActivityLiveStateView {
  @ApiProperty(uuid) activityId: string;
  @ApiProperty({ type: 'integer' }) cycle: number;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: string;
  @ApiProperty({ ...nullableUuid, description: 'The open planning or evaluation task' }) taskId: string | null;
  @ApiProperty({ type: 'integer' }) statusReports: number;
  @ApiProperty({ type: [ActivityDecisionView] }) decisions: ActivityDecisionView[];
}

export class ActivityDetailView extends ActivityView {
  @ApiProperty({ type: [ActivityCycleView] }) cycles: ActivityCycleView[];
  @ApiProperty({ type: [ActivitySuccessorView] }) successors: ActivitySuccessorView[];
  @ApiProperty({ type: ActivityLiveStateView, nullable: true, description: "The workflow's live state; null when Temporal cannot answer" }) live: ActivityLiveStateView | null;
}

export class ActivityStageView {
  @ApiProperty(uuid) id: string;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: string;
  @ApiProperty({ type: 'integer' }) cycle: number;
}

export class ActivityEvaluatedView {
  @ApiProperty(uuid) activityId: string;
  @ApiProperty({ type: 'integer' }) cycle: number;
  @ApiProperty({ enum: ['end', 'continue', 'scale-up'] }) decision: string;
  @ApiProperty({ ...nullableUuid, description: "A scale-up's successor" }) successorId: string | null;
}

class MatrixAxisView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
}

/** Activities of a matrix cell per status (every status, 0 when none). */
export class MatrixByStatusView {
  @ApiProperty({ type: 'integer' }) planning: number;
  @ApiProperty({ type: 'integer' }) execution: number;
  @ApiProperty({ type: 'integer' }) evaluation: number;
  @ApiProperty({ type: 'integer' }) ended: number;
  @ApiProperty({ type: 'integer' }) 'scaled-up': number;
}

export class MatrixCellView {
  @ApiProperty() focusAreaKey: string;
  @ApiProperty() levelKey: string;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: MatrixByStatusView, description: 'Activities in the cell per status' }) byStatus: MatrixByStatusView;
}

export class MatrixView {
  @ApiProperty({ type: [MatrixAxisView] }) focusAreas: MatrixAxisView[];
  @ApiProperty({ type: [MatrixAxisView] }) levels: MatrixAxisView[];
  @ApiProperty({ type: [MatrixCellView] }) cells: MatrixCellView[];
  @ApiProperty({ description: 'The drill-down URL template of a cell' }) drillDown: string;
}

export class YearlyCheckView {
  @ApiProperty({ type: String, nullable: true, description: 'The round (year)' }) round: string | null;
  @ApiProperty(uuid) taskId: string;
  @ApiProperty(nullableUuid) organizationId: string | null;
  @ApiProperty(uuid) contactPersonId: string;
  @ApiProperty({ enum: ['open', 'done', 'cancelled'] }) status: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'The answer: whether the annual plan follows the collaboration model' }) followsModel: boolean | null;
  @ApiProperty(dateTime) dueAt: string;
}
