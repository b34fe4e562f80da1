/**
 * node dist/bench/profile-summary.js <dir> [top]: the top frames of each V8 CPU profile under <dir>
 * (written by a bench run with BENCH_PROFILE=<dir>), by self time and by total time, with the share
 * of the sampled time, grouped by function and file. For a note or an issue; the flame graph itself
 * is best read by opening the .cpuprofile file in Chrome DevTools or speedscope.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.cpuprofile') ? [full] : [];
  });
}

function frameName(node: ProfileNode, root: string): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(`${root}/`, '').replace(/^.*node_modules\//, 'node_modules/');
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

function summarise(profile: CpuProfile, top: number, root: string): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const idle = [...selfUs].filter(([id]) => ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id)!.callFrame.functionName));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const name = frameName(byId.get(id)!, root);
    self.set(name, (self.get(name) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = frameName(byId.get(at)!, root);
      if (seen.has(n)) continue;
      seen.add(n);
      inclusive.set(n, (inclusive.get(n) ?? 0) + us);
    }
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  const rows = (m: Map<string, number>) =>
    [...m]
      .filter(([n]) => !n.startsWith('(root)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([n, us]) => `  ${pct(us)}  ${n}`)
      .join('\n');
  const idleLine = idle.map(([id, us]) => `${byId.get(id)!.callFrame.functionName} ${pct(us).trim()}`).join(', ');
  return `sampled ${(total / 1e6).toFixed(1)} s (${idleLine})\nby self time:\n${rows(self)}\nby total time:\n${rows(inclusive)}`;
}

const [dir, top = '25'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node dist/bench/profile-summary.js <dir> [top]');
  process.exit(2);
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
for (const file of files(dir)) {
  console.log(`\n## ${path.relative(dir, file)}\n${summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top), root)}`);
}
