import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { findTemplate } from '@gov/domain';
import { SEED_NEED_COUNT, seedNeedDistribution, seedNeedsCsv } from './skola-forst-seed.js';

describe('the Skola först seed import file', () => {
  const categories = findTemplate('skola-forst')!.governance!.needCategories.map((c) => c.key);

  it('spreads the 450 needs over all nine categories', () => {
    const distribution = seedNeedDistribution(categories);
    expect(Object.values(distribution).reduce((a, b) => a + b, 0)).toBe(SEED_NEED_COUNT);
    expect(Object.keys(distribution)).toEqual(categories);
    expect(Object.values(distribution).every((n) => n > 0)).toBe(true);
  });

  it('is valid CSV with distinct texts, categorized or not', () => {
    const rows: { text: string; category: string }[] = parse(seedNeedsCsv(categories), { columns: true });
    expect(rows).toHaveLength(450);
    expect(new Set(rows.map((r) => r.text)).size).toBe(450);
    expect(rows.every((r) => categories.includes(r.category))).toBe(true);
    const open: { category: string }[] = parse(seedNeedsCsv(categories, { categorized: false, total: 20 }), { columns: true });
    expect(open.map((r) => r.category)).toEqual(Array(20).fill(''));
  });
});
