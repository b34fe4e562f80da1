/**
 * A program's steering group (styrgrupp) and the rule by which it decides a decision point
 * (beslutspunkt): who is present, each voting member's position, and whether the group reached the
 * decision the chair or secretary records. Pure: the API checks a recorded decision with it.
 */

/** Ordförande, ledamot, sekreterare, adjungerad. Only the chair and the members vote and count toward the quorum. */
export const STEERING_ROLES = ['chair', 'member', 'secretary', 'co-opted'] as const;
export type SteeringRole = (typeof STEERING_ROLES)[number];
export const VOTING_ROLES: readonly SteeringRole[] = ['chair', 'member'];

export const STEERING_ROLE_NAMES: Record<SteeringRole, { sv: string; en: string }> = {
  chair: { sv: 'Ordförande', en: 'Chair' },
  member: { sv: 'Ledamot', en: 'Member' },
  secretary: { sv: 'Sekreterare', en: 'Secretary' },
  'co-opted': { sv: 'Adjungerad', en: 'Co-opted' },
};

/**
 * How the group decides: `chair` — the chair, present, decides; `majority` — more than half of the
 * voting members present are for it (abstentions count as present); `all` — every voting member
 * present is for it. `quorum`: at least this many voting members present.
 */
export const DECISION_RULE_KINDS = ['chair', 'majority', 'all'] as const;
export type DecisionRuleKind = (typeof DECISION_RULE_KINDS)[number];
export interface DecisionRule {
  kind: DecisionRuleKind;
  quorum: number;
}

export const POSITIONS = ['for', 'against', 'abstain'] as const;
export type Position = (typeof POSITIONS)[number];

export interface SteeringSeat {
  personId: string;
  role: SteeringRole;
}

export interface RecordedPositions {
  present: readonly string[];
  positions: readonly { personId: string; position: Position }[];
}

export interface Tally {
  votingPresent: number;
  for: number;
  against: number;
  abstain: number;
}

/** Why a recorded decision is refused: `input` (400, the record itself is wrong) or `rule` (409, the group did not decide so). */
export interface DecisionRefusal {
  status: 'input' | 'rule';
  field?: string;
  message: string;
}

/** The group's composition problems: exactly one chair, no one twice, enough voting seats for the quorum. */
export function steeringGroupProblems(rule: DecisionRule, seats: readonly SteeringSeat[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  seats.forEach((s, i) => {
    if (seen.has(s.personId)) problems.push({ field: `members[${i}].personId`, message: 'this person has a seat already; a person holds one role in the group' });
    seen.add(s.personId);
  });
  const chairs = seats.filter((s) => s.role === 'chair').length;
  if (chairs !== 1) problems.push({ field: 'members', message: `a steering group has exactly one chair (ordförande); this one has ${chairs}` });
  const voting = seats.filter((s) => VOTING_ROLES.includes(s.role)).length;
  if (rule.quorum > voting) problems.push({ field: 'quorum', message: `a quorum of ${rule.quorum} needs at least ${rule.quorum} voting members (chair and members); the group has ${voting}` });
  return problems;
}

export function tally(seats: readonly SteeringSeat[], record: RecordedPositions): Tally {
  const voting = new Set(seats.filter((s) => VOTING_ROLES.includes(s.role)).map((s) => s.personId));
  const present = record.present.filter((p) => voting.has(p));
  const count = (position: Position) => record.positions.filter((p) => p.position === position && voting.has(p.personId)).length;
  return { votingPresent: present.length, for: count('for'), against: count('against'), abstain: count('abstain') };
}

/**
 * Checks a decision as recorded: the present are seated members, positions are given by voting
 * members present (each once, every one of them where the rule counts votes), the quorum holds and
 * the rule's majority is reached. Null when the group decided so.
 */
export function decisionRefusal(rule: DecisionRule, seats: readonly SteeringSeat[], record: RecordedPositions): DecisionRefusal | null {
  const seatOf = new Map(seats.map((s) => [s.personId, s]));
  const present = new Set<string>();
  for (const [i, personId] of record.present.entries()) {
    if (!seatOf.has(personId)) return { status: 'input', field: `present[${i}]`, message: `person ${personId} has no seat in the program's steering group` };
    if (present.has(personId)) return { status: 'input', field: `present[${i}]`, message: 'this person is listed as present twice' };
    present.add(personId);
  }
  const voted = new Set<string>();
  for (const [i, p] of record.positions.entries()) {
    const seat = seatOf.get(p.personId);
    if (!seat || !present.has(p.personId)) return { status: 'input', field: `positions[${i}].personId`, message: 'a position is recorded only for a member listed as present' };
    if (!VOTING_ROLES.includes(seat.role)) return { status: 'input', field: `positions[${i}].personId`, message: `a ${seat.role} has no vote in the steering group` };
    if (voted.has(p.personId)) return { status: 'input', field: `positions[${i}].personId`, message: 'this member has a position already' };
    voted.add(p.personId);
  }
  const t = tally(seats, record);
  const counts = `${t.votingPresent} voting member${t.votingPresent === 1 ? '' : 's'} present`;
  if (t.votingPresent < rule.quorum) return { status: 'rule', message: `No quorum: ${counts}; the steering group's rule needs at least ${rule.quorum}.` };
  if (rule.kind === 'chair') {
    const chair = seats.find((s) => s.role === 'chair');
    if (!chair || !present.has(chair.personId)) return { status: 'rule', message: 'The chair decides under this steering group\'s rule, and the chair is not listed as present.' };
    const own = record.positions.find((p) => p.personId === chair.personId);
    if (own && own.position !== 'for') return { status: 'rule', message: 'The chair decides under this steering group\'s rule, and the chair is not for this decision.' };
    return null;
  }
  const missing = [...present].filter((id) => VOTING_ROLES.includes(seatOf.get(id)!.role) && !voted.has(id));
  if (missing.length) return { status: 'input', field: 'positions', message: `the rule counts the votes: record the position of every voting member present (missing: ${missing.join(', ')})` };
  const votes = `${t.for} for, ${t.against} against, ${t.abstain} abstaining of ${t.votingPresent} present`;
  if (rule.kind === 'majority' && t.for * 2 <= t.votingPresent) {
    return { status: 'rule', message: `Refused by the majority: ${votes}; a majority of those present (${Math.floor(t.votingPresent / 2) + 1}) must be for it.` };
  }
  if (rule.kind === 'all' && t.for < t.votingPresent) return { status: 'rule', message: `Not unanimous: ${votes}; every voting member present must be for it.` };
  return null;
}
