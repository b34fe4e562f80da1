import { condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

/** The baseline for the human-task workflow: the same Temporal work with nothing of the engine around it. */
export interface BareActivities {
  noop(step: string): Promise<void>;
}

const { noop } = proxyActivities<BareActivities>({ startToCloseTimeout: '10 seconds' });

export const completeBare = defineUpdate<string, [string]>('completeBare');

/**
 * What a human task does in Temporal when it is made and completed without reminders: it waits
 * (the API has recorded the creation), an update completes it, and one activity writes the audit
 * entry and read model.
 */
export async function bareTask(): Promise<string> {
  let doneBy: string | undefined;
  setHandler(completeBare, (actorId) => {
    doneBy = actorId;
    return 'done';
  });
  await condition(() => doneBy !== undefined);
  await noop('completed');
  return doneBy!;
}
