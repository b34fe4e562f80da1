import { condition, defineUpdate, proxyActivities, setHandler, sleep } from '@temporalio/workflow';

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

export interface BareNoticeActivities {
  /** Writes one notice row, as the engine's reminder activity writes one into its outbox. */
  writeNotice(key: string): Promise<void>;
}

const { writeNotice } = proxyActivities<BareNoticeActivities>({ startToCloseTimeout: '30 seconds' });

/**
 * The baseline for a task's reminders: the same durable timers (one per offset before the due
 * moment) and, as each fires, one activity writing the same outbox row — nothing else of the engine.
 */
export async function bareReminders(id: string, dueAtMs: number, beforeMs: number[]): Promise<void> {
  for (const [i, before] of [...beforeMs].sort((a, b) => b - a).entries()) {
    const wait = dueAtMs - before - Date.now();
    if (wait > 0) await sleep(wait);
    await writeNotice(`${id}:${i}`);
  }
}
