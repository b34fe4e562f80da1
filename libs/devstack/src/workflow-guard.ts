import type { Client } from '@temporalio/client';

/**
 * Every workflow on the task queue that ended failed, terminated or timed out (unless a test said it
 * would), and every running one whose workflow task keeps failing, each with its last failure.
 */
export async function workflowProblems(client: Client, taskQueue: string, expected: ReadonlySet<string> = new Set()): Promise<string[]> {
  const problems: string[] = [];
  const ended = client.workflow.list({ query: `TaskQueue = "${taskQueue}" AND ExecutionStatus IN ("Failed", "Terminated", "TimedOut")` });
  for await (const wf of ended) {
    if (expected.has(wf.workflowId)) continue;
    const reason = await client.workflow
      .getHandle(wf.workflowId, wf.runId)
      .result()
      .then(() => '')
      .catch((err: Error & { cause?: Error & { cause?: Error } }) => err.cause?.cause?.message ?? err.cause?.message ?? err.message);
    problems.push(`${wf.type} ${wf.workflowId} ${wf.status.name}: ${reason}`);
  }
  const running: { workflowId: string; type: string }[] = [];
  for await (const wf of client.workflow.list({ query: `TaskQueue = "${taskQueue}" AND ExecutionStatus = "Running"` })) running.push({ workflowId: wf.workflowId, type: wf.type });
  for (let i = 0; i < running.length; i += 16) {
    await Promise.all(
      running.slice(i, i + 16).map(async ({ workflowId, type }) => {
        const described = await client.workflow.getHandle(workflowId).describe().catch(() => null);
        const attempt = described?.raw.pendingWorkflowTask?.attempt ?? 0;
        if (attempt > 2) problems.push(`${type} ${workflowId} RUNNING with its workflow task failing (attempt ${attempt})`);
      }),
    );
  }
  return problems;
}
