import { useState } from 'preact/hooks';
import { api, ok } from '../api.js';
import { Loading, StatusBadge } from '../components/feedback.js';
import { ProgramFrame, PROGRAM_PAGES, useGovernance, useProgram } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, type Me } from '../session.js';
import type { Labelled } from '../types.js';
import { ProposeActivity } from './propose-activity.js';

const STATUSES = ['planning', 'execution', 'evaluation', 'ended', 'scaled-up'] as const;
type ActivityStatus = (typeof STATUSES)[number];

const M = defineMessages(
  {
    lead: 'Aktiviteterna per fokusområde och nivå. Välj en ruta för att se dess aktiviteter.',
    caption: 'Aktivitetsmatris: fokusområden × nivåer',
    focusArea: 'Fokusområde',
    cellLabel: '{area}, {level}:',
    drill: 'Aktiviteter: {area} – {level}',
    none: 'Inga aktiviteter i den här rutan.',
    empty: 'Matrisen fylls när fas II har aktiviteter.',
    title: 'Aktivitet',
    status: 'Status',
    period: 'Planerad period',
    cycle: 'Omgång',
    'status.planning': 'Planering',
    'status.execution': 'Genomförande',
    'status.evaluation': 'Utvärdering',
    'status.ended': 'Avslutad',
    'status.scaled-up': 'Uppskalad',
  },
  {
    lead: 'The activities per focus area and level. Choose a cell to see its activities.',
    caption: 'Activity matrix: focus areas × levels',
    focusArea: 'Focus area',
    cellLabel: '{area}, {level}:',
    drill: 'Activities: {area} – {level}',
    none: 'No activities in this cell.',
    empty: 'The matrix fills when phase II has activities.',
    title: 'Activity',
    status: 'Status',
    period: 'Planned period',
    cycle: 'Cycle',
    'status.planning': 'Planning',
    'status.execution': 'Execution',
    'status.evaluation': 'Evaluation',
    'status.ended': 'Ended',
    'status.scaled-up': 'Scaled up',
  },
);

export function ProgramMatrix({ me, params }: { me: Me; params: { id: string } }) {
  const { l, number } = useI18n();
  const text = useMessages(M);
  const pages = useMessages(PROGRAM_PAGES);
  const program = useProgram(params.id);
  const governance = useGovernance(params.id, program.data);
  const matrix = useLoad(() => ok(api.GET('/programs/{id}/matrix', { params: { path: { id: params.id } } })), [params.id], 10_000, (c) => c.programId === params.id);
  const [selected, setSelected] = useState<{ focusArea: Labelled; level: Labelled } | null>(null);
  return (
    <ProgramFrame program={program} page={pages('matrix')}>
      {() => (
        <Loading resource={matrix}>
          {(m) => (
            <>
              <p>{text('lead')}</p>
              {m.cells.every((c) => c.total === 0) ? <p class="alert alert-info">{text('empty')}</p> : null}
              <table class="matrix" data-testid="activity-matrix">
                <caption>{text('caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{text('focusArea')}</th>
                    {m.levels.map((lv) => (
                      <th scope="col" key={lv.key}>
                        {l(lv.name)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {m.focusAreas.map((fa) => (
                    <tr key={fa.key}>
                      <th scope="row">{l(fa.name)}</th>
                      {m.levels.map((lv) => {
                        const cell = m.cells.find((c) => c.focusAreaKey === fa.key && c.levelKey === lv.key);
                        const total = cell?.total ?? 0;
                        const pressed = selected?.focusArea.key === fa.key && selected.level.key === lv.key;
                        return (
                          <td key={lv.key} data-cell={`${fa.key}/${lv.key}`} data-total={total}>
                            <button
                              type="button"
                              class="cell"
                              aria-pressed={pressed}
                              onClick={() => setSelected(pressed ? null : { focusArea: fa, level: lv })}
                            >
                              <span class="visually-hidden">{text('cellLabel', { area: l(fa.name), level: l(lv.name) })}</span>
                              <span class="cell-total">{number(total)}</span>
                              {STATUSES.map((s) => [s, cell?.byStatus?.[s] ?? 0] as const)
                                .filter(([, n]) => n)
                                .map(([s, n]) => (
                                  <span class="cell-status" key={s}>
                                    {text(`status.${s}`)}: {n}
                                  </span>
                                ))}
                            </button>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
              {selected ? <CellActivities programId={params.id} focusArea={selected.focusArea} level={selected.level} /> : null}
              {isOffice(me) && program.data?.position?.phaseKey === 'implementation' && governance.data ? (
                <ProposeActivity programId={params.id} focusAreas={m.focusAreas} levels={m.levels} governance={governance.data} onProposed={matrix.reload} />
              ) : null}
            </>
          )}
        </Loading>
      )}
    </ProgramFrame>
  );
}

function CellActivities({ programId, focusArea, level }: { programId: string; focusArea: Labelled; level: Labelled }) {
  const { l, date } = useI18n();
  const text = useMessages(M);
  const activities = useLoad(
    () => ok(api.GET('/programs/{id}/activities', { params: { path: { id: programId }, query: { focusArea: focusArea.key, level: level.key, limit: 100 } } })),
    [programId, focusArea.key, level.key],
  );
  return (
    <section aria-labelledby="drill-heading" class="card" data-testid="matrix-drilldown">
      <h2 id="drill-heading" tabIndex={-1}>
        {text('drill', { area: l(focusArea.name), level: l(level.name) })}
      </h2>
      <Loading resource={activities}>
        {(page) =>
          page.items.length ? (
            <table>
              <Head columns={[text('title'), text('status'), text('period'), { text: text('cycle'), num: true }]} />
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <a href={`/app/activities/${a.id}`}>{a.title}</a>
                    </td>
                    <td>
                      <StatusBadge status={a.status} label={text(`status.${a.status}`)} />
                    </td>
                    <td>
                      {date(a.plannedStart)} – {date(a.plannedEnd)}
                    </td>
                    <td class="num">{a.cycle}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{text('none')}</p>
          )
        }
      </Loading>
    </section>
  );
}
