import { describe, expect, it } from '@jest/globals';
import { lineChart, lineChartSvg, type ChartPoint, type LineChart } from './line-chart.js';

const format = (v: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2, useGrouping: false, signDisplay: 'negative' }).format(v);
const legend = { series: 'Utfall', plan: 'Utgångsvärde till målvärde', target: 'Målvärde' };

function chart(series: ChartPoint[], baseline: ChartPoint, target: ChartPoint, width = 380, height = 150): LineChart {
  return lineChart({ series, baseline, target, width, height, format, unit: 'st', legend });
}

/** Every coordinate of the chart lies within its box. */
function expectInside(c: LineChart): void {
  const xs = [...c.series, c.baseline, c.target, ...c.legend].map((p) => p.x).concat(c.texts.map((t) => t.x), c.axes.flatMap((l) => [l.x1, l.x2]));
  const ys = [...c.series, c.baseline, c.target, ...c.legend].map((p) => p.y).concat(c.texts.map((t) => t.y), c.axes.flatMap((l) => [l.y1, l.y2]));
  for (const x of xs) expect(x >= 0 && x <= c.width).toBe(true);
  for (const y of ys) expect(y >= 0 && y <= c.height).toBe(true);
}

const valueLabels = (c: LineChart) => c.texts.filter((t) => t.anchor === 'end').map((t) => t.text);
const yearLabels = (c: LineChart) => c.texts.filter((t) => t.anchor === 'middle').map((t) => t.text);

describe('lineChart', () => {
  it('spans the series, the baseline and the target with round value ticks and every year', () => {
    const c = chart([{ year: 2025, value: 31 }, { year: 2024, value: 20 }, { year: 2026, value: 45.5 }], { year: 2024, value: 20 }, { year: 2028, value: 80 });
    expect(valueLabels(c)).toEqual(['20', '40', '60', '80']);
    expect(yearLabels(c)).toEqual(['2024', '2025', '2026', '2027', '2028']);
    // Sorted by year, rising to the right and upwards (smaller y).
    expect(c.series.map((p) => p.x)).toEqual([...c.series.map((p) => p.x)].sort((a, b) => a - b));
    expect(c.series[2]!.y).toBeLessThan(c.series[0]!.y);
    expect(c.target.y).toBeLessThan(c.baseline.y);
    expect(c.zero).toBeNull();
    expectInside(c);
  });

  it('widens a flat range around equal values, and a single year to three', () => {
    const c = chart([{ year: 2025, value: 7 }], { year: 2025, value: 7 }, { year: 2025, value: 7 });
    expect(valueLabels(c)).toEqual(['6', '6,5', '7', '7,5', '8']);
    expect(yearLabels(c)).toEqual(['2024', '2025', '2026']);
    expect(c.series).toHaveLength(1);
    expect(c.target).toEqual(c.baseline);
    expectInside(c);
    const zero = chart([], { year: 2020, value: 0 }, { year: 2030, value: 0 });
    expect(valueLabels(zero)).toEqual(['−1', '−0,5', '0', '0,5', '1']);
  });

  it('draws a decreasing goal through zero with a zero line and negative ticks', () => {
    const c = chart(
      Array.from({ length: 16 }, (_, i) => ({ year: 2010 + i, value: 5 - i * 0.4 })),
      { year: 2010, value: 5 },
      { year: 2045, value: -2.5 },
    );
    expect(valueLabels(c)).toEqual(['−4', '−2', '0', '2', '4', '6']);
    expect(c.zero).not.toBeNull();
    expect(c.target.y).toBeGreaterThan(c.baseline.y);
    expect(c.target.y).toBeGreaterThan(c.zero!.y1);
    const years = yearLabels(c);
    expect(years[0]).toBe('2010');
    expect(years[years.length - 1]).toBe('2045');
    expect(years.length).toBeLessThanOrEqual(8);
    expectInside(c);
    expect(valueLabels(c)).not.toContain('−0');
  });

  it('keeps big values and a narrow chart inside the box, the legend wrapping', () => {
    const c = chart([{ year: 2021, value: 1_300_000 }], { year: 2020, value: 1_234_567 }, { year: 2030, value: 2_500_000 }, 200, 170);
    expect(new Set(c.legend.map((l) => l.y)).size).toBeGreaterThan(1);
    expectInside(c);
  });

  it('rejects points that are not numbers', () => {
    expect(() => chart([{ year: 2020, value: Number.NaN }], { year: 2020, value: 1 }, { year: 2021, value: 2 })).toThrow(RangeError);
  });

  it('is an SVG image named by its label, the label escaped', () => {
    const svg = lineChartSvg(chart([{ year: 2020, value: 1 }], { year: 2020, value: 1 }, { year: 2021, value: 2 }), 'Diagram <b>"x"</b>');
    expect(svg).toMatch(/^<svg class="chart" role="img" aria-label="Diagram &lt;b&gt;&quot;x&quot;&lt;\/b&gt;"/);
    expect(svg).toContain('<title>Diagram &lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>');
    expect(svg).not.toContain('<b>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });
});
