import { ok } from '@gov/api-client';
import { personBody } from '@gov/devstack';
import { inParallel, peakRssMiB, startStack, waitFor, type BenchStack } from './support/stack.js';
import { rateFigure, type Benchmark, type Figure } from './support/report.js';

const N = Number(process.env.BENCH_COHORT_PARTICIPANTS ?? 10_000);
const SAMPLE = Number(process.env.BENCH_PROGRESS_SAMPLE ?? 2_000);
/** The seed's cohort: the baseline measured on the same stack first. */
const SEED_SIZE = 12;
const CONCURRENCY = 32;

interface CohortRun {
  participants: number;
  setupSeconds: number;
  /** From the first admission until every journey is running. */
  journeysSeconds: number;
  progressPerSecond: number;
  progressSample: number;
  workerPeakMiB: number | undefined;
}

async function runningJourneys(stack: BenchStack, cohortId: string): Promise<number> {
  return (await stack.temporal.workflow.count(`WorkflowType = 'participantJourney' AND ExecutionStatus = 'Running' AND WorkflowId STARTS_WITH 'journey-${cohortId}'`)).count;
}

/**
 * A cohort of `n` participants through the API: registered (setup, not measured), admitted in
 * batches of 1,000 until every journey is running (measured), then a sample assessed and one week of
 * progress reported for each with 32 requests in flight (the rate measured).
 */
async function cohortOf(stack: BenchStack, programId: string, n: number): Promise<CohortRun> {
  const setup = Date.now();
  const cohort = await ok(stack.client.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: `Bench ${n}`, infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: n } }));
  const people: string[] = [];
  await inParallel([...Array(n).keys()], CONCURRENCY, async (i) => {
    people.push((await ok(stack.client.POST('/persons', { body: personBody({ displayName: `Deltagare ${n}-${i}`, email: `bench.${n}.${i}@example.se`, role: 'participant' }) }))).id);
  });
  for (let i = 0; i < n; i += 1000) await ok(stack.client.POST('/cohorts/{id}/attendees', { params: { path: { id: cohort.id } }, body: { personIds: people.slice(i, i + 1000) } }));
  await inParallel(people, CONCURRENCY, async (personId) => {
    await ok(stack.client.POST('/cohorts/{id}/registrations', { params: { path: { id: cohort.id } }, body: { personId } }));
  });
  const setupSeconds = (Date.now() - setup) / 1000;

  const admitted = Date.now();
  for (let i = 0; i < n; i += 1000) await ok(stack.client.POST('/cohorts/{id}/admissions/batch', { params: { path: { id: cohort.id } }, body: { personIds: people.slice(i, i + 1000) } }));
  await waitFor(async () => (await runningJourneys(stack, cohort.id)) === n, 30 * 60_000, `${n} journeys running`, 500);
  const journeysSeconds = (Date.now() - admitted) / 1000;

  const sample = people.slice(0, Math.min(SAMPLE, n));
  await inParallel(sample, CONCURRENCY, async (personId) => {
    await ok(stack.client.POST('/cohorts/{id}/participants/{personId}/assessment', { params: { path: { id: cohort.id, personId } }, body: { level: 'good', universityStudies: false, paceKey: 'planned', ambition: 1 } }));
  });
  const progress = Date.now();
  await inParallel(sample, CONCURRENCY, async (personId, i) => {
    await ok(stack.client.POST('/cohorts/{id}/participants/{personId}/progress', { params: { path: { id: cohort.id, personId } }, body: { week: 1, completed: 1 + (i % 3) } }));
  });
  const progressPerSecond = sample.length / ((Date.now() - progress) / 1000);
  return { participants: n, setupSeconds, journeysSeconds, progressPerSecond, progressSample: sample.length, workerPeakMiB: peakRssMiB(stack.workers[0]) };
}

/**
 * The Fast Track issue's figures for a cohort of 10,000: the time until every participant's journey
 * is running, the rate of weekly progress updates the system absorbs, and the worker's peak memory —
 * each beside the seed-sized cohort (12) measured first on the same stack.
 */
export const cohortScale: Benchmark = {
  name: 'cohort',
  async run(): Promise<Figure[]> {
    const stack = await startStack({ workers: 1 });
    try {
      const program = await ok(stack.client.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track (bench)' } }));
      const seed = await cohortOf(stack, program.id, SEED_SIZE);
      const big = await cohortOf(stack, program.id, N);
      const name = `Fast Track cohort of ${N} participants`;
      return [
        rateFigure(
          name,
          'time until every journey is running',
          's',
          big.journeysSeconds,
          seed.journeysSeconds,
          `baseline: the seed's cohort of ${SEED_SIZE}; ${(N / big.journeysSeconds).toFixed(0)} journeys/s (seed ${(SEED_SIZE / seed.journeysSeconds).toFixed(0)}/s); setup ${big.setupSeconds.toFixed(0)} s (persons and registrations through the API, not measured)`,
        ),
        rateFigure(
          name,
          'weekly progress updates absorbed',
          '/s',
          big.progressPerSecond,
          seed.progressPerSecond,
          `${big.progressSample} participants, ${CONCURRENCY} requests in flight; baseline: the seed's cohort of ${SEED_SIZE}`,
        ),
        rateFigure(name, 'worker peak RSS', 'MiB', big.workerPeakMiB ?? NaN, seed.workerPeakMiB, `baseline: the worker's peak after the seed's cohort`),
      ];
    } finally {
      await stack.stop();
    }
  },
};
