import type { Labelled } from '../templates/program-template.js';

// A gathering's own file names its categories, session kinds and groups as people write them
// ("Hälsa", "fokusgrupp", "Lärare"), not by the template's keys: these match a label to a list.

/** A label compared without case, diacritics, punctuation or repeated spaces ("Hälsa " ~ "halsa"). */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key of the list entry the label names, by its key, Swedish name or English name; null when none. */
export function matchLabel(label: string, list: readonly Labelled[]): string | null {
  const wanted = normalizeLabel(label);
  if (!wanted) return null;
  const hit = list.find((item) => [item.key, item.name.sv, item.name.en].some((l) => normalizeLabel(l) === wanted));
  return hit?.key ?? null;
}

/** Up to `max` keys of the list whose labels look most like the unknown label, most alike first. */
export function suggestLabels(label: string, list: readonly Labelled[], max = 3): string[] {
  const wanted = normalizeLabel(label);
  // A label that long is no name of a list entry (and comparing it would be slow).
  if (!wanted || wanted.length > 200) return [];
  const scored = list.map((item) => {
    const labels = [item.key, item.name.sv, item.name.en].map(normalizeLabel);
    const score = Math.max(...labels.map((l) => likeness(wanted, l)));
    return { key: item.key, score };
  });
  return scored
    .filter((s) => s.score >= 0.4)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((s) => s.key);
}

/** 0 (nothing alike) to 1 (the same): a word of one contained in the other counts high, else edit distance. */
function likeness(a: string, b: string): number {
  if (a === b) return 1;
  const aWords = a.split(' ');
  const bWords = b.split(' ');
  if (aWords.some((w) => w.length >= 4 && bWords.some((v) => v.startsWith(w) || (v.length >= 4 && w.startsWith(v))))) return 0.8;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
