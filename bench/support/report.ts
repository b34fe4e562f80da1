import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '@gov/devstack';

/** One figure: the engine's, its baseline's measured in the same run, and their ratio. */
export interface Figure {
  benchmark: string;
  measure: string;
  unit: string;
  engine: number;
  baseline?: number;
  /** engine / baseline for rates (higher is better), baseline / engine for latencies; 1.0 = as fast as the baseline. */
  ratio?: number;
  note?: string;
}

export interface Benchmark {
  name: string;
  run(): Promise<Figure[]>;
}

export const rateFigure = (benchmark: string, measure: string, unit: string, engine: number, baseline?: number, note?: string): Figure => ({
  benchmark,
  measure,
  unit,
  engine,
  baseline,
  ratio: baseline ? engine / baseline : undefined,
  note,
});

export const latencyFigure = (benchmark: string, measure: string, engine: number, baseline?: number, note?: string): Figure => ({
  benchmark,
  measure,
  unit: 'ms',
  engine,
  baseline,
  ratio: baseline && engine ? baseline / engine : undefined,
  note,
});

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(digits));

export function markdownTable(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${f.benchmark} | ${f.measure} | ${fmt(f.engine)} ${f.unit} | ${f.baseline === undefined ? '' : `${fmt(f.baseline)} ${f.unit}`} | ${fmt(f.ratio, 2)} | ${f.note ?? ''} |`);
  return ['| benchmark | measure | engine | baseline | ratio | note |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Writes bench/results/<time>.json and .md (git-ignored) and returns the Markdown. */
export function writeResults(figures: Figure[], startedAt: Date): { markdown: string; files: string[] } {
  const dir = path.join(projectRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const markdown = `Benchmarks ${startedAt.toISOString()} on ${machine}\n\n${markdownTable(figures)}\n`;
  const json = path.join(dir, `${stamp}.json`);
  const md = path.join(dir, `${stamp}.md`);
  writeFileSync(json, JSON.stringify({ startedAt, machine, figures }, null, 2));
  writeFileSync(md, markdown);
  return { markdown, files: [json, md] };
}
