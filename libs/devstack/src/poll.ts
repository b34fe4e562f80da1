/**
 * Calls `check` every `intervalMs` until it gives a value (anything but undefined) and returns it;
 * throws after `timeoutMs`, naming `what`. The one polling loop of the tests, benchmarks, chaos
 * suite and demo loader: workflows move on asynchronously, and read models follow them.
 */
export async function pollUntil<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs: number, what: string, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
