import { GovernanceApi, programBody, runPhaseOne, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS, seedNeedsCsv } from '@gov/devstack';

/** A slow network cadence: its meetings stay out of the way of a test about the gate. */
const NETWORK = { initialEvery: 'PT30S', initialMeetings: 1, thenEvery: 'PT60S', statusReportBefore: 'PT1S' };

/**
 * A Skola först program (the newest template version) created and run through phase I with reduced
 * data, up to its open gate: its chair as the decision maker, the given contact persons in its network.
 */
export async function skolaForstAtGate(
  api: GovernanceApi,
  name: string,
  chairId: string,
  network: readonly { orgId: string; personId: string }[],
): Promise<{ programId: string; templateVersion: number; gateTaskId: string }> {
  const program = await api.ok(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', name, governance: { network: NETWORK } }) }));
  const governance = await api.ok(api.GET('/programs/{id}/governance', { params: { path: { id: program.id } } }));
  await runPhaseOne(api, program.id, {
    sessions: SEED_SESSIONS.slice(0, 1),
    needsCsv: [seedNeedsCsv(governance.needCategories.map((c: { key: string }) => c.key), { total: 60 })],
    focusAreas: SEED_FOCUS_AREAS,
    collaborationModel: SEED_COLLABORATION_MODEL,
    gateOwnerId: chairId,
    members: network.map((n) => ({ organizationId: n.orgId, personId: n.personId })),
    kickoffAt: new Date(Date.now() + 86_400_000).toISOString(),
    communicationPlan: SEED_COMMUNICATION_PLAN,
  });
  return { programId: program.id, templateVersion: program.templateVersion, gateTaskId: (await api.position(program.id)).gateTaskId! };
}
