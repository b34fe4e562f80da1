import { useState } from 'preact/hooks';
import { textBody } from '@gov/api-client';
import { api, ok, type Schemas } from '../api.js';
import { Loading, ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import { ProgramFrame, PROGRAM_PAGES, useProgram } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, type Me } from '../session.js';

type Goal = Schemas['EffectGoalView'];
type GoalPage = Schemas['EffectGoalPageView'];
type Indicator = Schemas['IndicatorSeriesView'];
type Activity = Schemas['GoalActivityView'];
type ImportResult = Schemas['IndicatorValuesImportView'];

const M = defineMessages(
  {
    lead: 'Kommunfullmäktiges effektmål och indikatorerna som följer dem: varje indikators värden år för år mot dess målvärde, och aktiviteterna som ska flytta den.',
    goal: 'Effektmål {number}',
    indicators: 'Indikatorer',
    activities: 'Aktiviteter',
    noIndicators: 'Inga indikatorer ännu.',
    noActivities: 'Inga aktiviteter anger målet ännu.',
    open: 'Visa målet',
    all: '← Alla effektmål',
    latest: 'Senaste värde',
    onTrack: 'I fas',
    behind: 'Efter plan',
    notMeasured: 'Inte mätt',
    status: 'Läge',
    chart: '{name}: utfall mot mål',
    chartDesc: 'Utgångsläge {baseline} ({baselineYear}), mål {target} ({targetYear}). Utfall: {series}.',
    noValues: 'inga värden ännu',
    measured: 'Utfall',
    trajectory: 'Planerad bana till målet',
    target: 'Mål',
    year: 'År',
    value: 'Värde ({unit})',
    expected: 'Planerad bana ({unit})',
    kind: 'Avser',
    baseline: 'Utgångsläge',
    facts: 'Enhet {unit} · källa {source} · ansvarig {owner}',
    unknownOwner: 'ej visad',
    names: 'Indikatorer som aktiviteten anger',
    activity: 'Aktivitet',
    behindGoal: 'Aktiviteterna bakom målet',
    import: 'Importera värden från CSV',
    importLead: 'Filen har rubrikraden indicator,year,value (indikatorns nyckel, år, värde). En fil med något fel importeras inte alls; ett år som redan finns ersätts och det gamla värdet finns kvar i granskningsloggen.',
    file: 'CSV-fil',
    paste: 'eller klistra in CSV',
    importButton: 'Importera',
    imported: '{rows} rader importerades: {created} nya värden, {replaced} ersatta.',
    'status.planning': 'Planering',
    'status.execution': 'Genomförande',
    'status.evaluation': 'Utvärdering',
    'status.ended': 'Avslutad',
    'status.scaled-up': 'Uppskalad',
  },
  {
    lead: "The city council's effect goals and the indicators that follow them: each indicator's values year by year against its target, and the activities meant to move it.",
    goal: 'Effect goal {number}',
    indicators: 'Indicators',
    activities: 'Activities',
    noIndicators: 'No indicators yet.',
    noActivities: 'No activity names the goal yet.',
    open: 'Show the goal',
    all: '← All effect goals',
    latest: 'Latest value',
    onTrack: 'On track',
    behind: 'Behind',
    notMeasured: 'Not measured',
    status: 'Status',
    chart: '{name}: outcome against target',
    chartDesc: 'Baseline {baseline} ({baselineYear}), target {target} ({targetYear}). Outcome: {series}.',
    noValues: 'no values yet',
    measured: 'Outcome',
    trajectory: 'Planned path to the target',
    target: 'Target',
    year: 'Year',
    value: 'Value ({unit})',
    expected: 'Planned path ({unit})',
    kind: 'Concerns',
    baseline: 'Baseline',
    facts: 'Unit {unit} · source {source} · owner {owner}',
    unknownOwner: 'not shown',
    names: 'Indicators the activity names',
    activity: 'Activity',
    behindGoal: 'The activities behind the goal',
    import: 'Import values from CSV',
    importLead: "The file has the header row indicator,year,value (the indicator's key, the year, the value). A file with any error is not imported at all; a year already there is replaced and the old value stays in the audit log.",
    file: 'CSV file',
    paste: 'or paste CSV',
    importButton: 'Import',
    imported: '{rows} rows were imported: {created} new values, {replaced} replaced.',
    'status.planning': 'Planning',
    'status.execution': 'Execution',
    'status.evaluation': 'Evaluation',
    'status.ended': 'Ended',
    'status.scaled-up': 'Scaled up',
  },
);

/** Every effect goal with its indicators' latest values and its activities; the project office imports values here. */
export function EffectGoals({ me, params }: { me: Me; params: { id: string } }) {
  const program = useProgram(params.id);
  const pages = useMessages(PROGRAM_PAGES);
  const text = useMessages(M);
  const goals = useLoad(() => ok(api.GET('/programs/{id}/effect-goals', { params: { path: { id: params.id } } })), [params.id]);
  return (
    <ProgramFrame program={program} page={pages('goals')}>
      {(p) => (
        <>
          <p class="lead">{text('lead')}</p>
          {isOffice(me) ? <ValuesImport programId={p.id} onImported={goals.reload} /> : null}
          <Loading resource={goals}>{(list) => <GoalsTable programId={p.id} goals={list} />}</Loading>
        </>
      )}
    </ProgramFrame>
  );
}

/** One goal: each indicator's series as a chart against its target, the numbers as a table under it, and the activities behind it. */
export function EffectGoal({ me, params }: { me: Me; params: { id: string; number: string } }) {
  const program = useProgram(params.id);
  const text = useMessages(M);
  const { l } = useI18n();
  const number = Number(params.number);
  const goal = useLoad(() => ok(api.GET('/programs/{id}/effect-goals/{number}', { params: { path: { id: params.id, number } } })), [params.id, number]);
  return (
    <ProgramFrame program={program} page={text('goal', { number })}>
      {(p) => (
        <>
          <p>
            <a href={`/app/programs/${p.id}/effect-goals`}>{text('all')}</a>
          </p>
          <Loading resource={goal}>
            {(g) => (
              <>
                <p class="lead" data-testid="goal-text">
                  {l(g.text)}
                </p>
                <GoalIndicators goal={g} />
                <GoalActivities goal={g} />
                {isOffice(me) ? <ValuesImport programId={p.id} onImported={goal.reload} /> : null}
              </>
            )}
          </Loading>
        </>
      )}
    </ProgramFrame>
  );
}

function GoalsTable({ programId, goals }: { programId: string; goals: Goal[] }) {
  const { l, number } = useI18n();
  const text = useMessages(M);
  return (
    <table data-testid="goals-table">
      <caption>{text('indicators')}</caption>
      <Head columns={[text('kind'), text('indicators'), { text: text('latest'), num: true }, text('status'), { text: text('activities'), num: true }]} />
      <tbody>
        {goals.map((g) => (
          <tr key={g.number}>
            <th scope="row">
              <a href={`/app/programs/${programId}/effect-goals/${g.number}`}>
                {g.number}. {l(g.text)}
              </a>
            </th>
            <td>{g.indicators.length ? g.indicators.map((i) => l(i.name)).join(' · ') : '–'}</td>
            <td class="num">{g.indicators.map((i) => (i.latest ? `${number(i.latest.value, 2)} ${i.unit} (${i.latest.year})` : '–')).join(' · ') || '–'}</td>
            <td>{g.indicators.length ? g.indicators.map((i) => <TrackBadge key={i.id} onTrack={i.onTrack} />) : '–'}</td>
            <td class="num">{g.activities.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TrackBadge({ onTrack }: { onTrack: boolean | null }) {
  const text = useMessages(M);
  return onTrack === null ? <StatusBadge status="pending" label={text('notMeasured')} /> : onTrack ? <StatusBadge status="done" label={text('onTrack')} /> : <StatusBadge status="waiting" label={text('behind')} />;
}

function GoalIndicators({ goal }: { goal: GoalPage }) {
  const text = useMessages(M);
  return (
    <section aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{text('indicators')}</h2>
      {goal.indicators.length ? goal.indicators.map((i) => <IndicatorFigure key={i.id} indicator={i} />) : <p>{text('noIndicators')}</p>}
    </section>
  );
}

/** The planned path's value in a year: a straight line from the baseline to the target. */
function planned(i: Indicator, year: number): number {
  if (year <= i.baselineYear) return i.baselineValue;
  if (year >= i.targetYear) return i.targetValue;
  return i.baselineValue + ((year - i.baselineYear) / (i.targetYear - i.baselineYear)) * (i.targetValue - i.baselineValue);
}

function IndicatorFigure({ indicator: i }: { indicator: Indicator }) {
  const { l, number } = useI18n();
  const text = useMessages(M);
  const years = [...new Set([i.baselineYear, ...i.series.map((s) => s.year), i.targetYear])].sort((a, b) => a - b);
  const fmt = (v: number) => `${number(v, 2)} ${i.unit}`;
  return (
    <article class="card" data-testid={`indicator-${i.key}`} aria-labelledby={`indicator-${i.id}`}>
      <h3 id={`indicator-${i.id}`}>
        {l(i.name)} <TrackBadge onTrack={i.onTrack} />
      </h3>
      <p class="hint">{text('facts', { unit: i.unit, source: i.source, owner: i.ownerName ?? text('unknownOwner') })}</p>
      <LineChart indicator={i} />
      <table data-testid={`indicator-table-${i.key}`}>
        <caption>{text('chart', { name: l(i.name) })}</caption>
        <Head columns={[{ text: text('year'), num: true }, text('kind'), { text: text('value', { unit: i.unit }), num: true }, { text: text('expected', { unit: i.unit }), num: true }]} />
        <tbody>
          {years.map((year) => {
            const measured = i.series.find((s) => s.year === year);
            const kinds = [year === i.baselineYear ? text('baseline') : null, measured ? text('measured') : null, year === i.targetYear ? text('target') : null].filter(Boolean).join(', ');
            const value = measured?.value ?? (year === i.baselineYear ? i.baselineValue : year === i.targetYear ? i.targetValue : null);
            return (
              <tr key={year}>
                <th scope="row" class="num">
                  {year}
                </th>
                <td>{kinds}</td>
                <td class="num">{value === null ? '–' : fmt(value)}</td>
                <td class="num">{fmt(planned(i, year))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}

const WIDTH = 640;
const HEIGHT = 280;
const PAD = { left: 56, right: 24, top: 20, bottom: 40 };
/** Colours with at least 4.5:1 against white (text) and 3:1 (graphics): the brand blue, a dark amber, the muted grey. */
const COLOURS = { measured: '#1f4e8c', target: '#7a4b00', axis: '#4a5360' };

/** The indicator's outcome as a line, its planned path (dashed) and its target (a marker and a dotted line), as SVG with a text alternative. */
function LineChart({ indicator: i }: { indicator: Indicator }) {
  const { l, number } = useI18n();
  const text = useMessages(M);
  const firstYear = Math.min(i.baselineYear, ...i.series.map((s) => s.year));
  const lastYear = Math.max(i.targetYear, ...i.series.map((s) => s.year), firstYear + 1);
  const values = [i.baselineValue, i.targetValue, ...i.series.map((s) => s.value)];
  const tick = niceStep((Math.max(...values) - Math.min(...values) || Math.abs(values[0]) || 1) / 4);
  const low = Math.floor(Math.min(...values) / tick) * tick - (Math.min(...values) % tick === 0 ? tick : 0);
  const high = Math.ceil(Math.max(...values) / tick) * tick + (Math.max(...values) % tick === 0 ? tick : 0);
  const x = (year: number) => PAD.left + ((year - firstYear) / (lastYear - firstYear)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - ((value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = Array.from({ length: Math.round((high - low) / tick) + 1 }, (_, k) => low + k * tick);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, k) => firstYear + k);
  const step = Math.ceil(years.length / 12);
  const fmt = (v: number) => `${number(v, 2)} ${i.unit}`;
  const titleId = `chart-title-${i.id}`;
  const descId = `chart-desc-${i.id}`;
  const path = i.series.map((s, k) => `${k ? 'L' : 'M'}${x(s.year).toFixed(1)},${y(s.value).toFixed(1)}`).join(' ');
  return (
    <figure class="chart" data-testid={`indicator-chart-${i.key}`}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} style={{ maxWidth: `${WIDTH}px` }}>
        <title id={titleId}>{text('chart', { name: l(i.name) })}</title>
        <desc id={descId}>
          {text('chartDesc', {
            baseline: fmt(i.baselineValue),
            baselineYear: i.baselineYear,
            target: fmt(i.targetValue),
            targetYear: i.targetYear,
            series: i.series.length ? i.series.map((s) => `${s.year} ${fmt(s.value)}`).join(', ') : text('noValues'),
          })}
        </desc>
        <g aria-hidden="true" font-size="12" fill={COLOURS.axis}>
          <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} stroke={COLOURS.axis} />
          <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} stroke={COLOURS.axis} />
          {ticks.map((t) => (
            <text key={t} x={PAD.left - 6} y={y(t) + 4} text-anchor="end">
              {number(t, 2)}
            </text>
          ))}
          {years
            .filter((_, k) => k % step === 0)
            .map((year) => (
              <text key={year} x={x(year)} y={HEIGHT - PAD.bottom + 18} text-anchor="middle">
                {year}
              </text>
            ))}
          <line data-testid="target-line" x1={PAD.left} y1={y(i.targetValue)} x2={WIDTH - PAD.right} y2={y(i.targetValue)} stroke={COLOURS.target} stroke-dasharray="2 4" />
          <line x1={x(i.baselineYear)} y1={y(i.baselineValue)} x2={x(i.targetYear)} y2={y(i.targetValue)} stroke={COLOURS.target} stroke-width="2" stroke-dasharray="8 5" />
          <path d={`M${x(i.targetYear)},${y(i.targetValue) - 7} l7,7 l-7,7 l-7,-7 z`} fill={COLOURS.target} data-testid="target-marker" />
          <text x={x(i.targetYear) - 10} y={y(i.targetValue) - 10} text-anchor="end" fill={COLOURS.target}>
            {text('target')} {fmt(i.targetValue)}
          </text>
          {path ? <path d={path} fill="none" stroke={COLOURS.measured} stroke-width="3" data-testid="measured-line" /> : null}
          {i.series.map((s) => (
            <circle key={s.year} cx={x(s.year)} cy={y(s.value)} r="4" fill={COLOURS.measured} />
          ))}
          <circle cx={x(i.baselineYear)} cy={y(i.baselineValue)} r="4" fill="#fff" stroke={COLOURS.measured} stroke-width="2" />
        </g>
      </svg>
      <figcaption>
        <span style={{ color: COLOURS.measured }}>━ {text('measured')}</span> · <span style={{ color: COLOURS.target }}>╌ {text('trajectory')}</span> · <span style={{ color: COLOURS.target }}>◆ {text('target')}</span>
      </figcaption>
    </figure>
  );
}

/** A round step for an axis (1, 2 or 5 times a power of ten) at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

function GoalActivities({ goal }: { goal: GoalPage }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const nameOf = (id: string) => l(goal.indicators.find((i) => i.id === id)?.name) || id;
  return (
    <section aria-labelledby="activities-heading">
      <h2 id="activities-heading">{text('activities')}</h2>
      {goal.activities.length ? (
        <table data-testid="goal-activities">
          <caption>{text('behindGoal')}</caption>
          <Head columns={[text('activity'), text('status'), text('names')]} />
          <tbody>
            {goal.activities.map((a: Activity) => (
              <tr key={a.id}>
                <td>
                  <a href={`/app/activities/${a.id}`}>{a.title}</a>
                </td>
                <td>
                  <StatusBadge status={a.status} label={text(`status.${a.status}` as 'status.planning')} />
                </td>
                <td>{a.indicatorIds.length ? a.indicatorIds.map(nameOf).join(' · ') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{text('noActivities')}</p>
      )}
    </section>
  );
}

function ValuesImport({ programId, onImported }: { programId: string; onImported(): void }) {
  const text = useMessages(M);
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const command = useCommand();
  const onImport = async () => {
    setResult(null);
    const answer = await command.run(() => ok(api.POST('/programs/{id}/indicators/values/import', { params: { path: { id: programId } }, body: csv, ...textBody('text/csv') })));
    if (answer) {
      setResult(answer);
      setCsv('');
      onImported();
    }
  };
  return (
    <section class="card" aria-labelledby="values-import-heading">
      <h2 id="values-import-heading">{text('import')}</h2>
      <p class="hint">{text('importLead')}</p>
      <form onSubmit={(e) => (e.preventDefault(), onImport())}>
        <label for="values-file">{text('file')}</label>
        <input id="values-file" type="file" accept=".csv,text/csv" onChange={async (e) => setCsv(await (e.currentTarget.files?.[0]?.text() ?? Promise.resolve('')))} />
        <label for="values-csv">{text('paste')}</label>
        <textarea id="values-csv" value={csv} spellcheck={false} onInput={(e) => setCsv(e.currentTarget.value)} />
        <div>
          <button type="submit" class="primary" disabled={command.busy || !csv.trim()}>
            {text('importButton')}
          </button>
        </div>
      </form>
      <ProblemAlert error={command.error} />
      {result ? <Success>{text('imported', { rows: result.rows, created: result.created, replaced: result.replaced })}</Success> : null}
    </section>
  );
}
