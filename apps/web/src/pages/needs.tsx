import { useState } from 'preact/hooks';
import { textBody } from '@gov/api-client';
import { api, compact, ok, type Schemas } from '../api.js';
import { Chart } from '../components/chart.js';
import { Loading, ProblemAlert, Success } from '../components/feedback.js';
import { ProgramFrame, PROGRAM_PAGES, useGovernance, useProgram, type Governance } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages, type Localized } from '../i18n.js';
import { isOffice, type Me } from '../session.js';
import type { Program } from '../types.js';
import { NeedsFileImport } from './needs-file-import.js';

type Statistics = Schemas['NeedStatisticsView'];
type ImportResult = Schemas['NeedsImportView'];

const M = defineMessages(
  {
    total: 'Behov totalt',
    uncategorized: 'Utan kategori',
    categories: 'Kategorier',
    chart: 'Behov per kategori',
    count: 'Antal behov',
    import: 'Importera behov från CSV',
    importLead: 'Filen har rubrikraden text,category,question (kategori och fråga kan lämnas tomma). En fil med något fel importeras inte alls; förhandsgranska först.',
    session: 'Insamlingstillfälle',
    noSessions: 'Planera ett insamlingstillfälle på översikten först.',
    file: 'CSV-fil',
    paste: 'eller klistra in CSV',
    preview: 'Förhandsgranska',
    importButton: 'Importera {rows} behov',
    previewOk: 'Filen går att importera: {rows} rader, varav {categorized} med kategori. De första raderna:',
    imported: '{rows} behov importerades.',
    row: 'Rad',
    text: 'Behov',
    category: 'Kategori',
    question: 'Fråga',
    list: 'Insamlade behov',
    filter: 'Visa kategori',
    all: 'Alla',
    none: 'Inga behov ännu.',
  },
  {
    total: 'Needs in all',
    uncategorized: 'Without a category',
    categories: 'Categories',
    chart: 'Needs per category',
    count: 'Number of needs',
    import: 'Import needs from CSV',
    importLead: 'The file has the header row text,category,question (category and question may be empty). A file with any error is not imported at all; preview it first.',
    session: 'Gathering session',
    noSessions: 'Plan a gathering session on the overview first.',
    file: 'CSV file',
    paste: 'or paste CSV',
    preview: 'Preview',
    importButton: 'Import {rows} needs',
    previewOk: 'The file can be imported: {rows} rows, {categorized} of them with a category. The first rows:',
    imported: '{rows} needs were imported.',
    row: 'Row',
    text: 'Need',
    category: 'Category',
    question: 'Question',
    list: 'Gathered needs',
    filter: 'Show category',
    all: 'All',
    none: 'No needs yet.',
  },
);

export function ProgramNeeds({ me, params }: { me: Me; params: { id: string } }) {
  const program = useProgram(params.id);
  const governance = useGovernance(params.id, program.data);
  const pages = useMessages(PROGRAM_PAGES);
  const stats = useLoad(() => ok(api.GET('/programs/{id}/needs/statistics', { params: { path: { id: params.id } } })), [params.id]);
  const [version, setVersion] = useState(0);
  const changed = () => {
    stats.reload();
    setVersion(version + 1);
  };
  return (
    <ProgramFrame program={program} page={pages('needs')}>
      {(p) => (
        <>
          <NeedStatistics stats={stats} />
          {isOffice(me) && governance.data ? <NeedsFileImport program={p} governance={governance.data} onImported={changed} /> : null}
          {isOffice(me) && governance.data ? <NeedsImport program={p} governance={governance.data} onImported={changed} /> : null}
          {governance.data ? <NeedsList programId={p.id} governance={governance.data} version={version} /> : null}
        </>
      )}
    </ProgramFrame>
  );
}

function NeedStatistics({ stats }: { stats: ReturnType<typeof useLoad<Statistics>> }) {
  const { l, number } = useI18n();
  const text = useMessages(M);
  return (
    <Loading resource={stats}>
      {(s) => (
        <section aria-label={text('chart')}>
          <ul class="stats" data-testid="need-stats">
            <li>
              {text('total')} <strong data-testid="needs-total">{number(s.total)}</strong>
            </li>
            <li>
              {text('uncategorized')} <strong>{number(s.uncategorized)}</strong>
            </li>
            <li>
              {text('categories')} <strong>{s.byCategory.length}</strong>
            </li>
          </ul>
          <Chart id="needs-chart" title={text('chart')} horizontal valueName={text('count')} categories={s.byCategory.map((c) => l(c.name))} series={[{ name: text('count'), data: s.byCategory.map((c) => c.count) }]} height={Math.max(240, s.byCategory.length * 34 + 80)} />
        </section>
      )}
    </Loading>
  );
}

function NeedsImport({ program, governance, onImported }: { program: Program; governance: Governance; onImported(): void }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const sessions = useLoad(() => ok(api.GET('/programs/{id}/sessions', { params: { path: { id: program.id } } })), [program.id]);
  const [sessionId, setSessionId] = useState('');
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<{ csv: string; result: ImportResult } | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const command = useCommand();
  const session = sessionId || sessions.data?.[0]?.id || '';
  const send = (dryRun: boolean) =>
    command.run(() =>
      ok(
        api.POST('/programs/{id}/sessions/{sessionId}/needs/import', {
          params: { path: { id: program.id, sessionId: session }, query: dryRun ? { dryRun: 'true' } : {} },
          body: csv,
          ...textBody('text/csv'),
        }),
      ),
    );
  const onPreview = async () => {
    setImported(null);
    setPreview(null);
    const result = await send(true);
    if (result) setPreview({ csv, result });
  };
  const onImport = async () => {
    const result = await send(false);
    if (result) {
      setImported(result.imported);
      setPreview(null);
      setCsv('');
      onImported();
    }
  };
  const label = (list: { key: string; name: Localized }[], key: string | null) => (key ? l(list.find((x) => x.key === key)?.name) || key : '–');
  const questionText = (key: string | null) => (key ? l(governance.questions.find((q) => q.key === key)?.text) || key : '–');
  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{text('import')}</h2>
      <p class="hint">{text('importLead')}</p>
      <Loading resource={sessions}>
        {(list) =>
          list.length ? (
            <form onSubmit={(e) => (e.preventDefault(), onPreview())}>
              <label for="import-session">{text('session')}</label>
              <select id="import-session" value={session} onChange={(e) => setSessionId(e.currentTarget.value)}>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
              <label for="import-file">{text('file')}</label>
              <input id="import-file" type="file" accept=".csv,text/csv" onChange={async (e) => setCsv(await (e.currentTarget.files?.[0]?.text() ?? Promise.resolve('')))} />
              <label for="import-csv">{text('paste')}</label>
              <textarea id="import-csv" value={csv} spellcheck={false} onInput={(e) => setCsv(e.currentTarget.value)} />
              <div>
                <button type="submit" disabled={command.busy || !csv.trim()}>
                  {text('preview')}
                </button>
                {preview && preview.csv === csv ? (
                  <button type="button" class="primary" disabled={command.busy} onClick={onImport}>
                    {text('importButton', { rows: preview.result.rows })}
                  </button>
                ) : null}
              </div>
            </form>
          ) : (
            <p>{text('noSessions')}</p>
          )
        }
      </Loading>
      <ProblemAlert error={command.error} />
      {imported !== null ? <Success>{text('imported', { rows: imported })}</Success> : null}
      {preview && preview.csv === csv ? (
        <div role="status">
          <p>{text('previewOk', { rows: preview.result.rows, categorized: preview.result.categorized })}</p>
          <table data-testid="import-preview">
            <Head columns={[{ text: text('row'), num: true }, text('text'), text('category'), text('question')]} />
            <tbody>
              {(preview.result.preview ?? []).map((r) => (
                <tr key={r.row}>
                  <td class="num">{r.row}</td>
                  <td>{r.text}</td>
                  <td>{label(governance.needCategories, r.categoryKey)}</td>
                  <td>{questionText(r.questionKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

const PAGE_SIZE = 20;

function NeedsList({ programId, governance, version }: { programId: string; governance: Governance; version: number }) {
  const { l, t } = useI18n();
  const text = useMessages(M);
  const [category, setCategory] = useState('');
  const [offset, setOffset] = useState(0);
  const needs = useLoad(
    () => ok(api.GET('/programs/{id}/needs', { params: { path: { id: programId }, query: compact({ limit: PAGE_SIZE, offset, ...(category === '-' ? { uncategorized: 'true' } : { category }) }) } })),
    [programId, category, offset, version],
  );
  return (
    <section aria-labelledby="needs-list">
      <h2 id="needs-list">{text('list')}</h2>
      <label for="needs-filter">{text('filter')}</label>
      <select
        id="needs-filter"
        value={category}
        onChange={(e) => {
          setCategory(e.currentTarget.value);
          setOffset(0);
        }}
      >
        <option value="">{text('all')}</option>
        {governance.needCategories.map((c) => (
          <option key={c.key} value={c.key}>
            {l(c.name)}
          </option>
        ))}
        <option value="-">{text('uncategorized')}</option>
      </select>
      <Loading resource={needs}>
        {(page) =>
          page.items.length ? (
            <>
              <table data-testid="needs-table">
                <Head columns={[text('text'), text('category')]} />
                <tbody>
                  {page.items.map((n) => (
                    <tr key={n.id}>
                      <td>{n.text}</td>
                      <td>{n.categoryKey ? l(governance.needCategories.find((c) => c.key === n.categoryKey)?.name) || n.categoryKey : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p aria-live="polite">{t('page.of', { from: page.offset + 1, to: page.offset + page.items.length, total: page.total })}</p>
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                {t('previous')}
              </button>
              <button type="button" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                {t('next')}
              </button>
            </>
          ) : (
            <p>{text('none')}</p>
          )
        }
      </Loading>
    </section>
  );
}
