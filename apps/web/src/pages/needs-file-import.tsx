import { useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api.js';
import { ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import type { Governance } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useCommand } from '../hooks.js';
import { defineMessages, useI18n, useMessages, type Localized } from '../i18n.js';
import type { Program } from '../types.js';

type FileImport = Schemas['NeedsFileImportView'];
type Mapping = { categories: Record<string, string>; sources: Record<string, string>; groups: Record<string, string> };
type Column = keyof Mapping;

const M = defineMessages(
  {
    heading: 'Importera hela insamlingen från en fil',
    lead: 'En rad per behov med kolumnerna text,source,group,category (question kan läggas till): source är insamlingens form (t.ex. Workshop, Intervju, Samtal), group deltagargruppen (t.ex. Lärare) och category behovskategorin, med nyckel eller svenskt eller engelskt namn. Varje form och grupp hamnar i sitt eget insamlingstillfälle – ett som redan finns eller ett nytt. Inget sparas förrän du importerar.',
    file: 'Fil (CSV)',
    paste: 'eller klistra in filens innehåll',
    preview: 'Granska filen',
    again: 'Granska filen igen med kopplingarna',
    importButton: 'Importera {rows} behov till {sessions} insamlingstillfällen',
    summary: 'Filen har {rows} rader, varav {categorized} med kategori.',
    unknown: 'Okända benämningar',
    unknownLead: 'Filen använder benämningar som programmet inte har. Välj vad var och en står för.',
    'column.categories': 'Kategori',
    'column.sources': 'Form (source)',
    'column.groups': 'Deltagargrupp',
    label: 'Benämning i filen',
    lines: 'Rader',
    mapTo: 'Står för',
    choose: '– välj –',
    mapLabel: '{column} för ”{label}”',
    sessions: 'Insamlingstillfällen',
    kind: 'Form',
    group: 'Grupp',
    action: 'Tillfälle',
    'action.matched': 'Finns redan',
    'action.created': 'Skapas',
    title: 'Namn',
    needs: 'Behov',
    rows: 'De första raderna',
    line: 'Rad',
    text: 'Behov',
    category: 'Kategori',
    imported: '{rows} behov importerades till {sessions} insamlingstillfällen.',
  },
  {
    heading: 'Import the whole gathering from one file',
    lead: 'One row per need with the columns text,source,group,category (question may be added): source is the kind of session (e.g. Workshop, Interview, Conversation), group the participant group (e.g. Teachers) and category the need category, by key or by Swedish or English name. Each kind and group goes to its own session – one that exists or a new one. Nothing is stored until you import.',
    file: 'File (CSV)',
    paste: "or paste the file's content",
    preview: 'Check the file',
    again: 'Check the file again with the mapping',
    importButton: 'Import {rows} needs into {sessions} sessions',
    summary: 'The file has {rows} rows, {categorized} of them with a category.',
    unknown: 'Unknown labels',
    unknownLead: 'The file uses labels the program does not have. Choose what each stands for.',
    'column.categories': 'Category',
    'column.sources': 'Kind (source)',
    'column.groups': 'Participant group',
    label: 'Label in the file',
    lines: 'Lines',
    mapTo: 'Stands for',
    choose: '– choose –',
    mapLabel: '{column} for “{label}”',
    sessions: 'Sessions',
    kind: 'Kind',
    group: 'Group',
    action: 'Session',
    'action.matched': 'Exists',
    'action.created': 'Created',
    title: 'Title',
    needs: 'Needs',
    rows: 'The first rows',
    line: 'Line',
    text: 'Need',
    category: 'Category',
    imported: '{rows} needs were imported into {sessions} sessions.',
  },
);

const EMPTY: Mapping = { categories: {}, sources: {}, groups: {} };

/** A whole gathering from one file: a dry run first (sessions, unknown labels mapped here), then the import. */
export function NeedsFileImport({ program, governance, onImported }: { program: Program; governance: Governance; onImported(): void }) {
  const { l, number } = useI18n();
  const text = useMessages(M);
  const [csv, setCsv] = useState('');
  const [mapping, setMapping] = useState<Mapping>(EMPTY);
  const [preview, setPreview] = useState<{ csv: string; result: FileImport } | null>(null);
  const [imported, setImported] = useState<FileImport | null>(null);
  const command = useCommand();
  const lists: Record<Column, { key: string; name: Localized }[]> = { categories: governance.needCategories, sources: governance.sessionKinds, groups: governance.participantGroups };
  const send = (dryRun: boolean) =>
    command.run(() => ok(api.POST('/programs/{id}/needs/import', { params: { path: { id: program.id }, query: { dryRun: dryRun ? 'true' : 'false' } }, body: { csv, mapping } })));
  const onPreview = async () => {
    setImported(null);
    const result = await send(true);
    if (!result) return;
    // Each unknown label starts at its most likely key; the office changes what is wrong.
    const next: Mapping = { categories: { ...mapping.categories }, sources: { ...mapping.sources }, groups: { ...mapping.groups } };
    for (const column of ['categories', 'sources', 'groups'] as const) for (const u of result.unknown[column]) next[column][u.label] ??= u.suggestions[0] ?? '';
    setMapping(next);
    setPreview({ csv, result });
  };
  const onImport = async () => {
    const result = await send(false);
    if (result) {
      setImported(result);
      setPreview(null);
      setCsv('');
      setMapping(EMPTY);
      onImported();
    }
  };
  const current = preview && preview.csv === csv ? preview.result : null;
  const unknown = current ? (['categories', 'sources', 'groups'] as const).flatMap((column) => current.unknown[column].map((u) => ({ column, ...u }))) : [];
  const allMapped = unknown.every((u) => mapping[u.column][u.label]);
  const name = (column: Column, key: string | null) => (key ? l(lists[column].find((x) => x.key === key)?.name) || key : '–');
  return (
    <section class="card" aria-labelledby="file-import-heading" data-testid="needs-file-import">
      <h2 id="file-import-heading">{text('heading')}</h2>
      <p class="hint">{text('lead')}</p>
      <form onSubmit={(e) => (e.preventDefault(), onPreview())}>
        <label for="file-import-file">{text('file')}</label>
        <input id="file-import-file" type="file" accept=".csv,text/csv" onChange={async (e) => setCsv(await (e.currentTarget.files?.[0]?.text() ?? Promise.resolve('')))} />
        <label for="file-import-csv">{text('paste')}</label>
        <textarea id="file-import-csv" value={csv} spellcheck={false} maxLength={1_000_000} onInput={(e) => setCsv(e.currentTarget.value)} />
        <div>
          <button type="submit" disabled={command.busy || !csv.trim()}>
            {current && unknown.length ? text('again') : text('preview')}
          </button>
          {current ? (
            <button type="button" class="primary" disabled={command.busy || !allMapped} onClick={onImport}>
              {text('importButton', { rows: current.rows, sessions: current.sessions.length })}
            </button>
          ) : null}
        </div>
      </form>
      <ProblemAlert error={command.error} />
      {imported ? <Success>{text('imported', { rows: imported.imported, sessions: imported.sessions.length })}</Success> : null}
      {current ? (
        <div role="status">
          <p>{text('summary', { rows: current.rows, categorized: current.categorized })}</p>
          {unknown.length ? (
            <>
              <h3>{text('unknown')}</h3>
              <p>{text('unknownLead')}</p>
              <table data-testid="unknown-labels">
                <Head columns={[text('label'), text('lines'), text('mapTo')]} />
                <tbody>
                  {unknown.map((u, i) => (
                    <tr key={`${u.column}/${u.label}`} data-column={u.column}>
                      <th scope="row">
                        {u.label} <span class="muted">({text(`column.${u.column}`)})</span>
                      </th>
                      <td>{u.lines.join(', ')}</td>
                      <td>
                        <select
                          id={`map-${i}`}
                          aria-label={text('mapLabel', { column: text(`column.${u.column}`), label: u.label })}
                          value={mapping[u.column][u.label] ?? ''}
                          onChange={(e) => setMapping({ ...mapping, [u.column]: { ...mapping[u.column], [u.label]: e.currentTarget.value } })}
                        >
                          <option value="">{text('choose')}</option>
                          {lists[u.column].map((x) => (
                            <option key={x.key} value={x.key}>
                              {l(x.name)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <div class="table-scroll">
            <table data-testid="file-import-sessions">
              <caption>{text('sessions')}</caption>
              <Head columns={[text('kind'), text('group'), text('action'), text('title'), { text: text('needs'), num: true }]} />
              <tbody>
                {current.sessions.map((s) => (
                  <tr key={`${s.kind}/${s.group}`}>
                    <td>{name('sources', s.kind)}</td>
                    <td>{name('groups', s.group)}</td>
                    <td>
                      <StatusBadge status={s.action === 'matched' ? 'closed' : 'open'} label={text(`action.${s.action}`)} />
                    </td>
                    <td>{s.title}</td>
                    <td class="num">{number(s.needs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="table-scroll">
            <table data-testid="file-import-preview">
              <caption>{text('rows')}</caption>
              <Head columns={[{ text: text('line'), num: true }, text('text'), text('kind'), text('group'), text('category')]} />
              <tbody>
                {(current.preview ?? []).map((r) => (
                  <tr key={r.line}>
                    <td class="num">{r.line}</td>
                    <td>{r.text}</td>
                    <td>{name('sources', r.kind)}</td>
                    <td>{name('groups', r.group)}</td>
                    <td>{name('categories', r.categoryKey)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
