// A small line chart of a yearly series against a plan (a dashed line from a baseline to a target),
// laid out once and drawn twice: as inline SVG for the HTML documents and with pdfkit's vector
// graphics for the PDFs. Colours keep 3:1 against white for the graphics and 4.5:1 for the text;
// the chart never carries anything its caller does not also print as text (a table of the numbers).
import { esc } from './html-document.js';
import { FONT_REGULAR, type Doc } from './pdf-document.js';

export interface ChartPoint {
  year: number;
  value: number;
}

export interface LineChartInput {
  series: ChartPoint[];
  baseline: ChartPoint;
  target: ChartPoint;
  width: number;
  height: number;
  /** A value as printed (the document's language). */
  format: (value: number) => string;
  /** The unit, printed above the value axis (may be empty). */
  unit: string;
  legend: { series: string; plan: string; target: string };
}

export type Anchor = 'start' | 'middle' | 'end';
export interface ChartText {
  text: string;
  x: number;
  /** The baseline of the text. */
  y: number;
  anchor: Anchor;
}
export interface ChartLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LineChart {
  width: number;
  height: number;
  fontSize: number;
  axes: ChartLine[];
  grid: ChartLine[];
  /** The zero line, when the values cross zero. */
  zero: ChartLine | null;
  texts: ChartText[];
  series: Array<{ x: number; y: number }>;
  baseline: { x: number; y: number };
  target: { x: number; y: number };
  legend: Array<{ kind: 'series' | 'plan' | 'target'; x: number; y: number }>;
}

export const CHART_COLORS = {
  /** 8.6:1 on white. */
  series: '#1f4e8c',
  /** 7:1 on white. */
  plan: '#595959',
  /** 6.3:1 on white. */
  target: '#b3261e',
  axis: '#595959',
  grid: '#d9d9d9',
  /** 12.6:1 on white. */
  text: '#333333',
};

const FONT_SIZE = 7;
/** DejaVu Sans's widest digits and most letters stay within this much of an em. */
const CHAR_WIDTH = 0.64;

function textWidth(text: string): number {
  return text.length * CHAR_WIDTH * FONT_SIZE;
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) for about `count` intervals over `range`. */
function niceStep(range: number, count: number): number {
  const raw = range / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const n = raw / magnitude;
  const factor = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** The value axis: a round range holding every value (a flat one widened), and its ticks. */
function valueTicks(values: number[]): number[] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, 4);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** The year axis: every year, or every n-th for a long span (the last year always). */
function yearTicks(from: number, to: number): number[] {
  const step = Math.max(1, Math.ceil((to - from) / 6));
  const ticks: number[] = [];
  for (let year = from; year <= to; year += step) ticks.push(year);
  if (ticks[ticks.length - 1] !== to) {
    if (to - ticks[ticks.length - 1]! < step / 2 && ticks.length > 1) ticks.pop();
    ticks.push(to);
  }
  return ticks;
}

export function lineChart(input: LineChartInput): LineChart {
  const series = [...input.series].sort((a, b) => a.year - b.year);
  const all = [...series, input.baseline, input.target];
  for (const p of all) {
    if (!Number.isFinite(p.year) || !Number.isFinite(p.value)) throw new RangeError(`Not a chart point: ${p.year}, ${p.value}`);
  }
  const years = all.map((p) => p.year);
  let fromYear = Math.min(...years);
  let toYear = Math.max(...years);
  if (fromYear === toYear) {
    fromYear -= 1;
    toYear += 1;
  }
  const ticks = valueTicks(all.map((p) => p.value));
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const tickLabels = ticks.map((v) => input.format(v));

  const legendRow = FONT_SIZE * 1.8;
  // The legend: items side by side, a new row when the next would not fit.
  const legendItems: Array<{ kind: 'series' | 'plan' | 'target'; text: string; width: number }> = [
    { kind: 'series' as const, text: input.legend.series, width: 0 },
    { kind: 'plan' as const, text: input.legend.plan, width: 0 },
    { kind: 'target' as const, text: input.legend.target, width: 0 },
  ].map((item) => ({ ...item, width: 22 + textWidth(item.text) }));
  const legendPlaces: Array<{ row: number; x: number }> = [];
  let row = 0;
  let x = 0;
  for (const item of legendItems) {
    if (x > 0 && x + item.width > input.width) {
      row += 1;
      x = 0;
    }
    legendPlaces.push({ row, x });
    x += item.width + 12;
  }
  const legendHeight = (row + 1) * legendRow;

  const plot = {
    left: Math.ceil(Math.max(...tickLabels.map(textWidth)) + 8),
    top: FONT_SIZE * 2.4,
    right: input.width - 6,
    bottom: input.height - legendHeight - FONT_SIZE * 2.6,
  };
  const inset = 10;
  const px = (year: number) => plot.left + inset + ((year - fromYear) / (toYear - fromYear)) * (plot.right - plot.left - 2 * inset);
  const py = (value: number) => plot.bottom - ((value - lo) / (hi - lo)) * (plot.bottom - plot.top);

  const texts: ChartText[] = [];
  if (input.unit) texts.push({ text: input.unit, x: 0, y: FONT_SIZE, anchor: 'start' });
  ticks.forEach((v, i) => texts.push({ text: tickLabels[i]!, x: plot.left - 4, y: py(v) + FONT_SIZE * 0.35, anchor: 'end' }));
  const yearsShown = yearTicks(fromYear, toYear);
  for (const year of yearsShown) texts.push({ text: String(year), x: px(year), y: plot.bottom + FONT_SIZE * 1.6, anchor: 'middle' });
  const legendTop = plot.bottom + FONT_SIZE * 2.6;
  const legend = legendItems.map((item, i) => {
    const place = legendPlaces[i]!;
    const y = legendTop + place.row * legendRow + legendRow / 2;
    texts.push({ text: item.text, x: place.x + 22, y: y + FONT_SIZE * 0.35, anchor: 'start' });
    return { kind: item.kind, x: place.x, y };
  });

  return {
    width: input.width,
    height: input.height,
    fontSize: FONT_SIZE,
    axes: [
      { x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom },
      { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom },
    ],
    grid: ticks.filter((v) => v !== lo && v !== 0).map((v) => ({ x1: plot.left, y1: py(v), x2: plot.right, y2: py(v) })),
    zero: lo < 0 && hi > 0 ? { x1: plot.left, y1: py(0), x2: plot.right, y2: py(0) } : null,
    texts,
    series: series.map((p) => ({ x: px(p.year), y: py(p.value) })),
    baseline: { x: px(input.baseline.year), y: py(input.baseline.value) },
    target: { x: px(input.target.year), y: py(input.target.value) },
    legend,
  };
}

// ---------------------------------------------------------------------------------------------
// SVG

const n = (v: number) => String(Math.round(v * 100) / 100);
const diamond = (x: number, y: number, r: number) => [
  [x, y - r],
  [x + r, y],
  [x, y + r],
  [x - r, y],
];

/** The chart as inline SVG, an image named by `label` (its title too). */
export function lineChartSvg(chart: LineChart, label: string, className = 'chart'): string {
  const c = CHART_COLORS;
  const line = (l: ChartLine, attrs: string) => `<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" ${attrs}/>`;
  const polygon = (points: number[][], attrs: string) => `<polygon points="${points.map(([x, y]) => `${n(x!)},${n(y!)}`).join(' ')}" ${attrs}/>`;
  const parts: string[] = [];
  for (const g of chart.grid) parts.push(line(g, `stroke="${c.grid}" stroke-width="0.6"`));
  if (chart.zero) parts.push(line(chart.zero, `stroke="${c.axis}" stroke-width="0.8"`));
  for (const a of chart.axes) parts.push(line(a, `stroke="${c.axis}" stroke-width="1"`));
  parts.push(
    line(
      { x1: chart.baseline.x, y1: chart.baseline.y, x2: chart.target.x, y2: chart.target.y },
      `stroke="${c.plan}" stroke-width="1.2" stroke-dasharray="4 3"`,
    ),
  );
  parts.push(`<rect x="${n(chart.baseline.x - 2.5)}" y="${n(chart.baseline.y - 2.5)}" width="5" height="5" fill="#fff" stroke="${c.plan}" stroke-width="1.2"/>`);
  if (chart.series.length > 1) {
    parts.push(`<polyline points="${chart.series.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="${c.series}" stroke-width="1.8"/>`);
  }
  for (const p of chart.series) parts.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="2.6" fill="${c.series}"/>`);
  parts.push(polygon(diamond(chart.target.x, chart.target.y, 4), `fill="${c.target}"`));
  for (const item of chart.legend) {
    if (item.kind === 'series') {
      parts.push(line({ x1: item.x, y1: item.y, x2: item.x + 16, y2: item.y }, `stroke="${c.series}" stroke-width="1.8"`));
      parts.push(`<circle cx="${n(item.x + 8)}" cy="${n(item.y)}" r="2.6" fill="${c.series}"/>`);
    } else if (item.kind === 'plan') {
      parts.push(line({ x1: item.x, y1: item.y, x2: item.x + 16, y2: item.y }, `stroke="${c.plan}" stroke-width="1.2" stroke-dasharray="4 3"`));
    } else parts.push(polygon(diamond(item.x + 8, item.y, 4), `fill="${c.target}"`));
  }
  for (const t of chart.texts) {
    parts.push(`<text x="${n(t.x)}" y="${n(t.y)}" text-anchor="${t.anchor}">${esc(t.text)}</text>`);
  }
  return `<svg class="${className}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(chart.width)} ${n(chart.height)}" width="${n(chart.width)}" height="${n(chart.height)}" font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" font-size="${chart.fontSize}" fill="${c.text}">\n<title>${esc(label)}</title>\n${parts.join('\n')}\n</svg>`;
}

// ---------------------------------------------------------------------------------------------
// PDF

/** The chart drawn with vector graphics, its top left corner at (x, y); the caller has made room for it. */
export function pdfLineChart(doc: Doc, chart: LineChart, x: number, y: number): void {
  const c = CHART_COLORS;
  const line = (l: ChartLine, color: string, width: number, dash = false) => {
    doc.save().moveTo(x + l.x1, y + l.y1).lineTo(x + l.x2, y + l.y2).lineWidth(width).strokeColor(color);
    if (dash) doc.dash(4, { space: 3 });
    doc.stroke().restore();
  };
  const diamondAt = (cx: number, cy: number) => {
    doc.save().polygon(...(diamond(x + cx, y + cy, 4) as Array<[number, number]>)).fillColor(c.target).fill().restore();
  };
  const dot = (cx: number, cy: number) => doc.save().circle(x + cx, y + cy, 2.6).fillColor(c.series).fill().restore();

  for (const g of chart.grid) line(g, c.grid, 0.6);
  if (chart.zero) line(chart.zero, c.axis, 0.8);
  for (const a of chart.axes) line(a, c.axis, 1);
  line({ x1: chart.baseline.x, y1: chart.baseline.y, x2: chart.target.x, y2: chart.target.y }, c.plan, 1.2, true);
  doc
    .save()
    .rect(x + chart.baseline.x - 2.5, y + chart.baseline.y - 2.5, 5, 5)
    .lineWidth(1.2)
    .fillAndStroke('#ffffff', c.plan)
    .restore();
  if (chart.series.length > 1) {
    doc.save();
    const [first, ...rest] = chart.series;
    doc.moveTo(x + first!.x, y + first!.y);
    for (const p of rest) doc.lineTo(x + p.x, y + p.y);
    doc.lineWidth(1.8).lineJoin('round').strokeColor(c.series).stroke().restore();
  }
  for (const p of chart.series) dot(p.x, p.y);
  diamondAt(chart.target.x, chart.target.y);
  for (const item of chart.legend) {
    if (item.kind === 'series') {
      line({ x1: item.x, y1: item.y, x2: item.x + 16, y2: item.y }, c.series, 1.8);
      dot(item.x + 8, item.y);
    } else if (item.kind === 'plan') line({ x1: item.x, y1: item.y, x2: item.x + 16, y2: item.y }, c.plan, 1.2, true);
    else diamondAt(item.x + 8, item.y);
  }

  // Text: pdfkit places a line by its top; the layout gives baselines.
  doc.font(FONT_REGULAR).fontSize(chart.fontSize).fillColor(c.text);
  const ascent = 0.93 * chart.fontSize;
  for (const t of chart.texts) {
    const width = doc.widthOfString(t.text);
    const left = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - width / 2 : t.x - width;
    doc.text(t.text, x + Math.max(0, Math.min(left, chart.width - width)), y + t.y - ascent, { lineBreak: false });
  }
  doc.fillColor('#000');
}
