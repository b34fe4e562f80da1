import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { COHORT_EVENT_KINDS } from '@gov/persistence';
import { LocalizedLabelView } from '../programs/program.dto.js';

/** The answers of the cohort endpoints (Fast Track, Yrkessvenska …), as the service and the workflows build them. */

const uuid = { type: String, format: 'uuid' } as const;
const nullableUuid = { type: String, format: 'uuid', nullable: true } as const;
const dateTime = { type: String, format: 'date-time' } as const;
const nullableDateTime = { type: String, format: 'date-time', nullable: true } as const;
const date = { type: String, format: 'date', example: '2019-11-05' } as const;
const TEMPLATE_KEY = '^[a-z][a-z0-9-]{1,62}$';

export class CohortCreatedView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The cohort's settings: the template's, with this cohort's capacity and offer response time" }) settings: Record<string, unknown>;
  @ApiProperty(dateTime) infoMeetingAt: string;
  @ApiProperty({ ...dateTime, description: 'Interest registration closes then' }) interestClosesAt: string;
  @ApiProperty() workflowId: string;
  @ApiProperty(dateTime) createdAt: string;
}

export class CohortSummaryView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() name: string;
  @ApiProperty(dateTime) infoMeetingAt: string;
  @ApiProperty(dateTime) interestClosesAt: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
}

export class CohortOfferView {
  @ApiProperty(uuid) personId: string;
  @ApiProperty({ enum: ['open', 'accepted', 'declined', 'expired'] }) status: string;
  @ApiProperty(dateTime) deadline: string;
}

class NamedPersonView {
  @ApiProperty(uuid) personId: string;
  @ApiProperty({ type: String, nullable: true, description: 'From the person register (null once erased or removed)' }) name: string | null;
}

/** Registered with the controller as an extra model: the lists name it by reference. */
export class ListedPersonView extends NamedPersonView {
  @ApiProperty({ type: 'integer', minimum: 1 }) position: number;
}

class CandidateView extends NamedPersonView {
  @ApiProperty({ enum: ['attendee', 'registered', 'not-suitable'] }) status: string;
  @ApiProperty() attendedInfoMeeting: boolean;
  @ApiProperty(nullableDateTime) registeredAt: string | null;
}

class CohortCountsView {
  @ApiProperty({ type: 'integer' }) attendees: number;
  @ApiProperty({ type: 'integer' }) registered: number;
  @ApiProperty({ type: 'integer' }) admitted: number;
}

/** A list or a knowledge level as the cohort's template declares it. */
class CohortChoiceView {
  @ApiProperty({ pattern: TEMPLATE_KEY }) key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiPropertyOptional({ type: LocalizedLabelView }) description?: LocalizedLabelView;
}

class ModuleItemView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
}

class CohortModuleView extends ModuleItemView {
  @ApiProperty({ type: [ModuleItemView] }) items: ModuleItemView[];
}

class InterviewView {
  @ApiProperty(uuid) taskId: string;
  @ApiProperty(uuid) personId: string;
  @ApiProperty(uuid) interviewerId: string;
  @ApiProperty(nullableDateTime) startsAt: string | null;
  @ApiProperty({ enum: ['open', 'done', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, nullable: true, description: "admit, the key of one of the cohort's lists, or not-suitable" }) outcome: string | null;
}

export class CohortView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty() name: string;
  @ApiProperty(dateTime) infoMeetingAt: string;
  @ApiProperty(dateTime) interestClosesAt: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: CohortCountsView }) counts: CohortCountsView;
  @ApiProperty({ type: [NamedPersonView] }) admitted: NamedPersonView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(ListedPersonView) } },
    description: "Who stands on each of the template's lists (by list key, every list present), in joining order (Fast Track: waiting, active-interest, passive-interest)",
  })
  lists: Record<string, ListedPersonView[]>;
  @ApiProperty({ type: [CandidateView], description: 'Not yet placed: at the info meeting, registered, or found not suitable' }) candidates: CandidateView[];
  @ApiProperty({ type: [CohortOfferView] }) offers: CohortOfferView[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) withdrawn: string[];
  @ApiProperty({ type: String, isArray: true, description: "The template's list keys in offer order: who is offered a freed place first" }) listOrder: string[];
  @ApiProperty({ type: [CohortChoiceView], description: "The template's lists in offer order, named" }) listDefinitions: CohortChoiceView[];
  @ApiProperty({ type: [CohortChoiceView], description: "The template's knowledge levels, lowest first" }) knowledgeLevels: CohortChoiceView[];
  @ApiProperty({ type: 'integer' }) studyWeeks: number;
  @ApiProperty({ type: 'integer' }) projectWeeks: number;
  @ApiProperty({ type: [CohortModuleView] }) modules: CohortModuleView[];
  @ApiProperty({ type: [ModuleItemView] }) paceProfiles: ModuleItemView[];
  @ApiProperty({ type: [InterviewView] }) interviews: InterviewView[];
}

export class CohortHistoryEntryView {
  @ApiProperty(dateTime) at: string;
  @ApiProperty({ enum: ['listed', 'participant_admitted', 'place_offered', 'offer_accepted', 'offer_declined', 'offer_expired', 'participant_withdrawn', 'participant_dropped_out'] }) type: string;
  @ApiProperty() personId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The list (or admitted) the person moved from' }) from: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The list the person was put on' }) to: string | null;
  @ApiProperty({ type: String, nullable: true, description: "An offer's deadline" }) deadline: string | null;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
}

export class AttendeeCountView {
  @ApiProperty({ type: 'integer', description: 'Who came to the info meeting, in all' }) attendees: number;
}

export class RegisteredCountView {
  @ApiProperty({ type: 'integer', description: 'Registered interest, in all' }) registered: number;
}

/** What a placement command (admit, list, withdraw, answer an offer, an interview's outcome) leaves. */
export class PlacementView {
  @ApiProperty(uuid) personId: string;
  @ApiProperty({ pattern: TEMPLATE_KEY, description: "The person's status in the cohort now: attendee, registered, admitted, withdrawn, not-suitable, or the key of the list they are on" }) status: string;
  @ApiProperty({ type: 'integer', description: 'Admitted participants now' }) admitted: number;
  @ApiProperty({ type: [CohortOfferView] }) openOffers: CohortOfferView[];
}

export class AdmissionSummaryView {
  @ApiProperty({ type: 'integer' }) admitted: number;
  @ApiProperty({ type: 'integer' }) capacity: number;
}

export class InterviewScheduledView {
  @ApiProperty({ ...uuid, description: "The interviewer's task" }) taskId: string;
  @ApiProperty(uuid) personId: string;
  @ApiProperty(uuid) interviewerId: string;
  @ApiProperty(dateTime) startsAt: string;
  @ApiProperty(dateTime) endsAt: string;
}

export class CohortEventView {
  @ApiProperty(uuid) id: string;
  @ApiProperty({ enum: COHORT_EVENT_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty(date) heldOn: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) attendees: string[];
}

export class CohortEventCreatedView extends CohortEventView {
  @ApiProperty(uuid) cohortId: string;
  @ApiProperty(uuid) recordedBy: string;
}

export class EventAttendanceView {
  @ApiProperty(uuid) eventId: string;
  @ApiProperty({ type: 'integer', description: 'Attendees of the event, in all' }) attendees: number;
}

export class CohortEvaluationView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(date) heldOn: string;
  @ApiProperty() group: string;
  @ApiProperty() findings: string;
}

class ModuleShareView {
  @ApiProperty() module: string;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'The share of the participants who started the module' }) started: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'The share of the participants who finished it' }) finished: number;
}

class LevelsAtWeekView {
  @ApiProperty({ type: 'integer', description: 'The assessment week (0: the first assessment)' }) week: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: "Participants per knowledge level of the cohort's template (every level, lowest first; Fast Track: basic, good, very-good)" }) levels: Record<string, number>;
}

class ReferenceComparisonView {
  @ApiProperty(uuid) cohortId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, isArray: true }) completedPerParticipantCumulative: number[];
  @ApiProperty({ type: Number, isArray: true, description: 'Per reported week: weeks ahead (+) of or behind (−) the reference' }) weeksAheadOfReference: number[];
}

export class CohortAnalyticsView {
  @ApiProperty(uuid) cohortId: string;
  @ApiProperty({ type: 'integer', description: 'The participants who started: everyone admitted less those who withdrew before the start (dropouts stay); every share and per-participant figure is of them' }) participants: number;
  @ApiProperty({ type: 'integer', description: 'Study and project weeks' }) weeks: number;
  @ApiProperty({ type: 'integer', isArray: true }) completedPerWeek: number[];
  @ApiProperty({ type: Number, isArray: true }) completedPerParticipantCumulative: number[];
  @ApiProperty({ type: [ModuleShareView] }) modules: ModuleShareView[];
  @ApiProperty({ type: [LevelsAtWeekView] }) knowledgeLevels: LevelsAtWeekView[];
  @ApiProperty({ type: 'integer', description: 'Participants who started and are on the advanced track' }) advancedTrackParticipants: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'advancedTrackParticipants of participants' }) advancedTrackShare: number;
  @ApiPropertyOptional({ type: ReferenceComparisonView, description: 'With referenceCohortId' }) reference?: ReferenceComparisonView;
}

class ReportCohortView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() name: string;
  @ApiProperty(dateTime) infoMeetingAt: string;
}

class ReportAdmissionView {
  @ApiProperty({ type: 'integer' }) attendees: number;
  @ApiProperty({ type: 'integer' }) registered: number;
  @ApiProperty({ type: 'integer' }) interviewed: number;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: 'integer', description: 'Everyone given a place (accepted offers included), each once, those who withdrew included' }) admitted: number;
  @ApiProperty({ type: 'integer', description: 'Withdrew before the start (before their assessment): not participants and not dropouts' }) withdrawn: number;
  @ApiProperty({ type: 'integer', description: 'The participants who started: admitted − withdrawn; the denominator of every share in the report' }) started: number;
  @ApiPropertyOptional({ type: 'integer', description: "On Fast Track's waiting list (only where the cohort has that list; every list's count in `lists`)" }) waiting?: number;
  @ApiPropertyOptional({ type: 'integer', description: "On Fast Track's active-interest list (only where the cohort has it)" }) activeInterest?: number;
  @ApiPropertyOptional({ type: 'integer', description: "On Fast Track's passive-interest list (only where the cohort has it)" }) passiveInterest?: number;
}

class ReportListView {
  @ApiProperty({ pattern: TEMPLATE_KEY }) key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ type: 'integer', description: 'Who stands on the list at report time' }) count: number;
}

class ReportOutcomesView {
  @ApiProperty({ type: 'integer' }) projectStarted: number;
  @ApiProperty({ type: 'integer' }) projectSubmitted: number;
  @ApiProperty({ type: 'integer' }) completed: number;
  @ApiProperty({ type: 'integer', description: 'Left after starting (on their journey, or withdrawn once assessed); a withdrawal before the start is not counted here' }) droppedOut: number;
}

class ReportEventView {
  @ApiProperty(date) heldOn: string;
  @ApiProperty({ enum: COHORT_EVENT_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) attendees: number;
}

class ReportModuleView extends ModuleShareView {
  @ApiProperty({ type: LocalizedLabelView, description: "The template's name of the module, in Swedish and English" }) name: LocalizedLabelView;
}

class ReportLevelView {
  @ApiProperty({ pattern: TEMPLATE_KEY }) key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
}

class ReportReferenceView {
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, isArray: true }) weeksAheadOfReference: number[];
}

class ReportEvaluationView {
  @ApiProperty(date) heldOn: string;
  @ApiProperty() group: string;
  @ApiProperty() findings: string;
}

/** The final cohort report as JSON. */
export class CohortReportView {
  @ApiProperty({ type: ReportCohortView }) cohort: ReportCohortView;
  @ApiProperty(dateTime) generatedAt: string;
  @ApiProperty({ type: ReportAdmissionView }) admission: ReportAdmissionView;
  @ApiProperty({ type: [ReportListView], description: "The cohort's lists in offer order, with who stands on each" }) lists: ReportListView[];
  @ApiProperty({ type: ReportOutcomesView }) outcomes: ReportOutcomesView;
  @ApiProperty({ type: [ReportEventView] }) events: ReportEventView[];
  @ApiProperty({ type: 'integer', isArray: true }) completedPerWeek: number[];
  @ApiProperty({ type: [ReportModuleView], description: 'Shares of the participants who started (admission.started)' }) modules: ReportModuleView[];
  @ApiProperty({ type: [ReportLevelView], description: "The template's knowledge levels, lowest first, with their names" }) levels: ReportLevelView[];
  @ApiProperty({ type: [LevelsAtWeekView] }) knowledgeLevels: LevelsAtWeekView[];
  @ApiProperty({ type: 'integer', description: 'Participants on the advanced track' }) advancedTrackParticipants: number;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'advancedTrackParticipants of admission.started' }) advancedTrackShare: number;
  @ApiProperty({ type: ReportReferenceView, nullable: true }) reference: ReportReferenceView | null;
  @ApiProperty({ type: [ReportEvaluationView] }) evaluations: ReportEvaluationView[];
}

class AssessmentView {
  @ApiProperty({ pattern: TEMPLATE_KEY, description: "One of the template's knowledge levels" }) level: string;
  @ApiProperty() universityStudies: boolean;
}

class PlanWeekView {
  @ApiProperty({ type: 'integer' }) week: number;
  @ApiProperty({ type: [String], description: 'Module items, `module/item`' }) items: string[];
}

class WeekProgressView {
  @ApiProperty({ type: 'integer' }) week: number;
  @ApiProperty({ type: 'integer' }) completed: number;
}

class LevelAtWeekView {
  @ApiProperty({ type: 'integer' }) week: number;
  @ApiProperty({ pattern: TEMPLATE_KEY, description: "One of the template's knowledge levels" }) level: string;
}

class ProjectWorkView {
  @ApiProperty({ enum: ['not-started', 'in-progress', 'submitted'] }) status: string;
  @ApiProperty({ type: 'integer', nullable: true }) startedWeek: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) submittedWeek: number | null;
}

/** A participant's journey (the participantJourney workflow's state). */
export class JourneyView {
  @ApiProperty(uuid) cohortId: string;
  @ApiProperty(uuid) personId: string;
  @ApiProperty({ enum: ['assessment', 'studying', 'completed', 'dropped'] }) status: string;
  @ApiProperty({ type: AssessmentView, nullable: true }) assessment: AssessmentView | null;
  @ApiProperty() paceKey: string;
  @ApiProperty() ambition: number;
  @ApiProperty({ type: [PlanWeekView] }) plan: PlanWeekView[];
  @ApiProperty({ type: 'integer' }) planVersion: number;
  @ApiProperty({ type: [WeekProgressView] }) progress: WeekProgressView[];
  @ApiProperty({ type: 'integer' }) completedItems: number;
  @ApiProperty({ type: 'integer' }) totalItems: number;
  @ApiProperty({ type: Number, nullable: true }) weeksAhead: number | null;
  @ApiProperty({ enum: ['none', 'proposed', 'accepted', 'declined'] }) advancedTrack: string;
  @ApiProperty({ type: [String], description: 'Modules whose course material is open' }) materialAccess: string[];
  @ApiProperty({ type: [LevelAtWeekView], description: 'Knowledge levels assessed, by week' }) levels: LevelAtWeekView[];
  @ApiProperty({ type: ProjectWorkView }) project: ProjectWorkView;
}
