import { condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

/** The baseline for the human-task workflow: the same Temporal work with nothing of the engine around it. */
export interface BareActivities {
  noop(step: string): Promise<void>;
}

const { noop } = proxyActivities<BareActivities>({ startToCloseTimeout: '10 seconds' });

export const completeBare = defineUpdate<string, [string]>('completeBare');

/**
 * Two activities when it starts (as the task writes its audit entry and projection), an update that
 * completes it, two activities after (audit entry and projection again).
 */
export async function bareTask(): Promise<string> {
  let doneBy: string | undefined;
  setHandler(completeBare, (actorId) => {
    doneBy = actorId;
    return 'done';
  });
  await noop('audit');
  await noop('project');
  await condition(() => doneBy !== undefined);
  await noop('audit');
  await noop('project');
  return doneBy!;
}
