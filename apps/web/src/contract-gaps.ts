/**
 * TODO(contract): the answers the pages read whose operations declare no response schema yet in
 * libs/api-client/openapi.json, so the generated types call them `undefined`. Each is what the page
 * reads of that answer, as the pages had it before the client was generated; they are read only
 * through `undeclared<T>()` (api.ts), which stops compiling for an operation once the contract
 * declares its answer: then the page takes `Schemas['…View']` and the entry here goes. Answers the
 * server types in a shared library (the domain's Governance, PhaseReport and CohortReport, the
 * journey workflow's JourneyState) are taken from there instead.
 *
 * Nothing else in apps/web may describe an API answer by hand.
 */
import type { ActivityStatus, ChainedAuditEntry, KnowledgeLevel, ListKind } from '@gov/domain';
import type { Schemas } from './api.js';
import type { Localized } from './i18n.js';
import type { Labelled } from './types.js';

export type { CohortReport, Governance, PhaseReport } from '@gov/domain';
export type { JourneyState as Journey } from '@gov/temporal/contracts';

// TODO(contract): ActivitiesController_get declares no response schema yet.
export interface Activity {
  id: string;
  programId: string;
  title: string;
  description: string;
  status: ActivityStatus;
  cycle: number;
  focusAreaKeys: string[];
  levelKeys: string[];
  methodKey: string;
  effectGoalNumbers: number[];
  plannedStart: string;
  plannedEnd: string;
  responsibleId: string;
  cycles: { cycle: number; decision: string | null; rationale: string | null; decidedAt: string | null }[];
  successors: { id: string; title: string; status: ActivityStatus }[];
}

// TODO(contract): ActivitiesController_list declares no response schema yet.
export interface ActivityPage {
  items: { id: string; title: string; status: ActivityStatus; plannedStart: string; plannedEnd: string; cycle: number }[];
  total: number;
  limit: number;
  offset: number;
}

// TODO(contract): ActivitiesController_matrix declares no response schema yet.
export interface Matrix {
  focusAreas: Labelled[];
  levels: Labelled[];
  cells: { focusAreaKey: string; levelKey: string; total: number; byStatus: Record<ActivityStatus, number> }[];
}

// TODO(contract): PhaseOneController_focusAreas declares no response schema yet.
export interface FocusAreas {
  focusAreas: { key: string; name: Localized; categories: { key: string }[] }[];
  needsPerCategory: { key: string; count: number }[];
}

// TODO(contract): PhaseOneController_sessions declares no response schema yet.
export interface Session {
  id: string;
  kind: string;
  title: string;
  heldOn: string;
  participantGroups: string[];
  needs: number;
}

// TODO(contract): PhaseOneController_statistics declares no response schema yet.
export interface NeedStatistics {
  total: number;
  uncategorized: number;
  byCategory: { key: string; name: Localized; count: number; share: number }[];
}

// TODO(contract): PhaseOneController_needs declares no response schema yet.
export interface NeedPage {
  items: { id: string; text: string; categoryKey: string | null; questionKey: string | null; sessionId: string }[];
  total: number;
  limit: number;
  offset: number;
}

// TODO(contract): PhaseOneController_importNeeds declares no response schema yet.
export interface NeedsImport {
  imported: number;
  rows: number;
  categorized: number;
  dryRun: boolean;
  preview?: { row: number; text: string; categoryKey: string | null; questionKey: string | null }[];
}

// TODO(contract): PhaseOneController_network declares no response schema yet.
export interface Network {
  started: boolean;
  kickoffAt: string | null;
  /** personId and contactPerson are null for another organization's member when a contact person reads the network. */
  members: { id: string; organizationId: string; organization: string; personId: string | null; contactPerson: string | null; joinedAt: string; leftAt: string | null }[];
  /** attendeeIds: who attended, as far as the reader may know them; attendees: how many attended. */
  meetings: { number: number; startsAt: string; attendeeIds: string[] | null; attendees: number | null; minutes: string | null; recordedAt: string | null }[];
}

// TODO(contract): PhaseOneController_communicationPlan declares no response schema yet.
export interface CommunicationItem {
  id: string;
  title: string;
  channelKey: string;
  audienceKey: string;
  recurrence: 'one-off' | 'continuous';
  dueOn: string;
}

// TODO(contract): AuditController_page declares no response schema yet.
export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

/** An audit entry as the page lists it: the chained entry of the domain, with its id. */
export type AuditEntry = Omit<ChainedAuditEntry, 'seq' | 'data' | 'requestId' | 'prevHash' | 'hash'> & { seq: string; id: string; data: Record<string, unknown> | null };

// TODO(contract): AuditController_verify declares its 200 answer without a schema.
export interface Verification {
  valid: boolean;
  entries: number;
  head: { seq: string; hash: string } | null;
  firstBroken: { seq: string; id: string; reason: 'content-changed' | 'link-broken' | 'gap' } | null;
}

// TODO(contract): AuditController_timeline declares no response schema yet.
export interface Timeline {
  workflowId: string;
  items: TimelineItem[];
  workflows: number;
}

export interface TimelineItem {
  at: string;
  workflowId: string;
  kind: 'workflow' | 'update' | 'signal' | 'timer' | 'activity' | 'child';
  what: string;
  actorId?: string;
  outcome?: string;
  detail?: Record<string, unknown>;
}

// TODO(contract): CohortsController_list declares no response schema yet.
export interface CohortSummary {
  id: string;
  name: string;
  infoMeetingAt: string;
  interestClosesAt: string;
  capacity: number;
}

interface NamedPerson {
  personId: string;
  name: string | null;
}

// TODO(contract): CohortsController_get declares no response schema yet.
export interface Cohort {
  id: string;
  programId: string;
  name: string;
  infoMeetingAt: string;
  interestClosesAt: string;
  capacity: number;
  counts: { attendees: number; registered: number; admitted: number };
  admitted: NamedPerson[];
  lists: Record<ListKind, (NamedPerson & { position: number })[]>;
  offers: { personId: string; status: 'open' | 'accepted' | 'declined' | 'expired'; deadline: string }[];
  withdrawn: string[];
  listOrder?: ListKind[];
  studyWeeks?: number;
  projectWeeks?: number;
  modules?: { key: string; name: Localized; items: { key: string; name: Localized }[] }[];
  paceProfiles?: { key: string; name: Localized }[];
  interviews: { personId: string; status: string; outcome: string | null; startsAt: string | null; interviewerId: string | null }[];
  candidates?: { personId: string; name: string | null; status: 'attendee' | 'registered' | 'not-suitable'; attendedInfoMeeting: boolean; registeredAt: string | null }[];
}

// TODO(contract): CohortsController_history declares no response schema yet.
export interface CohortHistoryEntry {
  at: string;
  type: 'listed' | 'participant_admitted' | 'place_offered' | 'offer_accepted' | 'offer_declined' | 'offer_expired' | 'participant_withdrawn' | 'participant_dropped_out';
  personId: string;
  name: string | null;
  from: string | null;
  to: string | null;
  deadline: string | null;
  actorName: string | null;
}

// TODO(contract): CohortsController_analytics declares no response schema yet.
export interface CohortAnalytics {
  participants: number;
  weeks: number;
  completedPerWeek: number[];
  completedPerParticipantCumulative: number[];
  knowledgeLevels: { week: number; levels: Record<KnowledgeLevel, number> }[];
  advancedTrackShare: number;
  reference?: { cohortId: string; name: string; completedPerParticipantCumulative: number[]; weeksAheadOfReference: number[] };
}

// TODO(contract): CohortsController_events and CohortsController_addEvent declare no response schema yet.
export interface CohortEvent {
  id: string;
  kind: Schemas['CohortEventDto']['kind'];
  title: string;
  heldOn: string;
  attendees: string[];
}

// TODO(contract): CohortsController_attendees and CohortsController_attendance declare no response schema yet.
export interface AttendeeCount {
  attendees: number;
}
