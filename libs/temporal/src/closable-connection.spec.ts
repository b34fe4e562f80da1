import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { ClosableConnection } from './closable-connection.js';

/** A loopback port nothing listens on: every call to it answers UNAVAILABLE, which the client retries. */
async function refusedAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `127.0.0.1:${port}`;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('closing a Temporal connection while a call is being retried', () => {
  it('fails the call with the status it got, and no attempt starts on the closed channel', async () => {
    const closable = ClosableConnection.lazy({ address: await refusedAddress() });
    let outcome: unknown;
    const call = closable.connection.workflowService.describeNamespace({ namespace: 'default' }).then(
      () => (outcome = 'answered'),
      (err: { code?: number }) => (outcome = err.code),
    );
    // The first attempt was refused and the next one is waiting on its timer.
    await until(() => closable.retriesScheduled > 0, 'a retry to be scheduled');
    await closable.close();
    await call;
    expect(outcome).toBe(14); // UNAVAILABLE: the call ends with the answer it had, as a rejected promise
    // Jest fails this test if an attempt throws from its timer after the close ("Channel has been shut down").
  });

  it('is needed: the client closed the plain way throws from a retry timer (remove the wrapper when this fails)', async () => {
    const address = await refusedAddress();
    const script = `
      const { Connection } = require('@temporalio/client');
      process.on('uncaughtException', (e) => { console.log('uncaught: ' + e.message); process.exit(0); });
      const c = Connection.lazy({ address: ${JSON.stringify(address)} });
      c.workflowService.describeNamespace({ namespace: 'default' }).catch(() => undefined);
      const closeWhenRetrying = () => setTimeout(() => c.close(), 30);
      setTimeout(closeWhenRetrying, 0);
      setTimeout(() => { console.log('no uncaught error'); process.exit(0); }, 20000).unref();
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: process.cwd(), timeout: 60_000 });
    expect(stdout.trim()).toBe('uncaught: Channel has been shut down');
  });
});
