import { useEffect, useRef } from 'preact/hooks';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useI18n } from '../i18n.js';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export interface ChartSeries {
  name: string;
  data: (number | null)[];
  type?: 'bar' | 'line';
  /** Dashed line: a reference (e.g. the reference cohort or the plan). */
  reference?: boolean;
}

export interface ChartProps {
  /** The chart's accessible name, also its caption. */
  title: string;
  categories: string[];
  series: ChartSeries[];
  horizontal?: boolean;
  valueName?: string;
  height?: number;
  /** The test id of the chart's figure. */
  id?: string;
}

// Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics).
const PALETTE = ['#1f5fa8', '#b3470b', '#2a7a3b', '#7a3fa0', '#8a6d00', '#a3224a'];

/**
 * A chart drawn by ECharts (SVG), with ECharts' ARIA description on the drawing and the same
 * numbers as a table under it, so the chart's content is available without seeing it.
 */
export function Chart({ title, categories, series, horizontal, valueName, height = 320, id }: ChartProps) {
  const { t, lang, number } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const chart = echarts.init(host.current, undefined, { renderer: 'svg' });
    const category = { type: 'category' as const, data: categories, axisLabel: { interval: 0, width: horizontal ? 220 : 90, overflow: 'truncate' as const } };
    // The value axis is named along the axis, clear of the legend above the chart.
    const value = { type: 'value' as const, name: valueName, nameLocation: 'middle' as const, nameGap: horizontal ? 30 : 40, minInterval: 1 };
    chart.setOption({
      color: PALETTE,
      aria: { enabled: true, label: { description: title } },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { top: 0 } : undefined,
      grid: { left: horizontal ? 230 : 60, right: 24, top: series.length > 1 ? 40 : 20, bottom: horizontal ? 50 : 60, containLabel: false },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: series.map((s) => ({
        name: s.name,
        type: s.type ?? 'bar',
        data: s.data,
        connectNulls: false,
        lineStyle: s.reference ? { type: 'dashed' } : undefined,
        label: s.type !== 'line' && series.length === 1 ? { show: true, position: horizontal ? 'right' : 'top' } : undefined,
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [title, categories.join('|'), JSON.stringify(series), horizontal, valueName, lang]);

  return (
    <figure class="chart" data-testid={id}>
      <figcaption>{title}</figcaption>
      <div ref={host} class="chart-canvas" style={{ height: `${height}px` }} />
      <details>
        <summary>{t('chart.asTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{valueName ?? ''}</th>
              {series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c, i) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {series.map((s) => (
                  <td key={s.name}>{s.data[i] == null ? '–' : number(s.data[i]!, 1)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
