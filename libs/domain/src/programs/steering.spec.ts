import { describe, expect, it } from '@jest/globals';
import { decisionRefusal, steeringGroupProblems, tally, type DecisionRule, type SteeringSeat } from './steering.js';

// Hållbarhetsarenan as a group of five voting members, a secretary and a co-opted expert.
const seats: SteeringSeat[] = [
  { personId: 'anna', role: 'chair' },
  { personId: 'bo', role: 'member' },
  { personId: 'cecilia', role: 'member' },
  { personId: 'david', role: 'member' },
  { personId: 'eva', role: 'member' },
  { personId: 'sekr', role: 'secretary' },
  { personId: 'adj', role: 'co-opted' },
];
const majority: DecisionRule = { kind: 'majority', quorum: 3 };

describe('the steering group decides a decision point by its rule', () => {
  it('refuses a decision without quorum: two of five present', () => {
    const r = decisionRefusal(majority, seats, { present: ['anna', 'bo', 'sekr'], positions: [{ personId: 'anna', position: 'for' }, { personId: 'bo', position: 'for' }] });
    expect(r).toEqual({ status: 'rule', message: "No quorum: 2 voting members present; the steering group's rule needs at least 3." });
  });

  it('refuses a decision that one of three present is for, and takes it when two are', () => {
    const present = ['anna', 'bo', 'cecilia', 'sekr'];
    const one = decisionRefusal(majority, seats, { present, positions: [{ personId: 'anna', position: 'for' }, { personId: 'bo', position: 'against' }, { personId: 'cecilia', position: 'abstain' }] });
    expect(one).toEqual({ status: 'rule', message: 'Refused by the majority: 1 for, 1 against, 1 abstaining of 3 present; a majority of those present (2) must be for it.' });
    expect(decisionRefusal(majority, seats, { present, positions: [{ personId: 'anna', position: 'for' }, { personId: 'bo', position: 'against' }, { personId: 'cecilia', position: 'for' }] })).toBeNull();
  });

  it('counts a tie among four present as no majority', () => {
    const positions = [
      { personId: 'anna', position: 'for' as const },
      { personId: 'bo', position: 'for' as const },
      { personId: 'cecilia', position: 'against' as const },
      { personId: 'david', position: 'against' as const },
    ];
    expect(decisionRefusal(majority, seats, { present: ['anna', 'bo', 'cecilia', 'david'], positions })?.status).toBe('rule');
    expect(tally(seats, { present: ['anna', 'bo', 'cecilia', 'david', 'sekr'], positions })).toEqual({ votingPresent: 4, for: 2, against: 2, abstain: 0 });
  });

  it('needs every voting member present to have a position where votes are counted; the secretary and a co-opted member have none', () => {
    expect(decisionRefusal(majority, seats, { present: ['anna', 'bo', 'cecilia'], positions: [{ personId: 'anna', position: 'for' }, { personId: 'bo', position: 'for' }] })).toEqual({
      status: 'input',
      field: 'positions',
      message: 'the rule counts the votes: record the position of every voting member present (missing: cecilia)',
    });
    const bySecretary = decisionRefusal(majority, seats, { present: ['anna', 'bo', 'cecilia', 'sekr'], positions: [{ personId: 'sekr', position: 'for' }] });
    expect(bySecretary).toEqual({ status: 'input', field: 'positions[0].personId', message: 'a secretary has no vote in the steering group' });
    // Two present voting members plus the secretary and the co-opted expert are still no quorum.
    expect(decisionRefusal(majority, seats, { present: ['anna', 'bo', 'sekr', 'adj'], positions: [{ personId: 'anna', position: 'for' }, { personId: 'bo', position: 'for' }] })?.message).toMatch(/^No quorum: 2/);
  });

  it('refuses a present person without a seat, a person twice, and a position of someone absent', () => {
    expect(decisionRefusal(majority, seats, { present: ['anna', 'okand'], positions: [] })).toMatchObject({ status: 'input', field: 'present[1]' });
    expect(decisionRefusal(majority, seats, { present: ['anna', 'anna'], positions: [] })).toMatchObject({ status: 'input', field: 'present[1]' });
    expect(decisionRefusal(majority, seats, { present: ['anna', 'bo', 'cecilia'], positions: [{ personId: 'eva', position: 'for' }] })).toMatchObject({ status: 'input', field: 'positions[0].personId' });
    expect(decisionRefusal(majority, seats, { present: ['anna', 'bo', 'cecilia'], positions: [{ personId: 'bo', position: 'for' }, { personId: 'bo', position: 'against' }] })).toMatchObject({ field: 'positions[1].personId' });
  });

  it('lets the chair decide under the chair rule, present and not against it', () => {
    const chair: DecisionRule = { kind: 'chair', quorum: 3 };
    expect(decisionRefusal(chair, seats, { present: ['anna', 'bo', 'cecilia'], positions: [] })).toBeNull();
    expect(decisionRefusal(chair, seats, { present: ['bo', 'cecilia', 'david'], positions: [] })?.message).toMatch(/chair is not listed as present/);
    expect(decisionRefusal(chair, seats, { present: ['anna', 'bo', 'cecilia'], positions: [{ personId: 'anna', position: 'against' }] })?.message).toMatch(/not for this decision/);
  });

  it('needs every member present for a unanimous rule', () => {
    const all: DecisionRule = { kind: 'all', quorum: 3 };
    const present = ['anna', 'bo', 'cecilia'];
    expect(decisionRefusal(all, seats, { present, positions: present.map((personId) => ({ personId, position: 'for' as const })) })).toBeNull();
    expect(decisionRefusal(all, seats, { present, positions: [...present.slice(0, 2).map((personId) => ({ personId, position: 'for' as const })), { personId: 'cecilia', position: 'abstain' }] })?.message).toMatch(/^Not unanimous: 2 for/);
  });

  it('checks a group: one chair, one seat a person, enough voting seats for its quorum', () => {
    expect(steeringGroupProblems(majority, seats)).toEqual([]);
    expect(steeringGroupProblems(majority, [{ personId: 'a', role: 'member' }, { personId: 'b', role: 'member' }, { personId: 'c', role: 'secretary' }])).toEqual([
      { field: 'members', message: 'a steering group has exactly one chair (ordförande); this one has 0' },
      { field: 'quorum', message: 'a quorum of 3 needs at least 3 voting members (chair and members); the group has 2' },
    ]);
    expect(steeringGroupProblems(majority, [...seats, { personId: 'bo', role: 'chair' }]).map((p) => p.field)).toEqual(['members[7].personId', 'members']);
  });
});
