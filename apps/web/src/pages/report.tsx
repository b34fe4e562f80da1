import { api, asFile, download, fileSlug, ok, type Schemas } from '../api.js';
import { Chart } from '../components/chart.js';
import { Loading, ProblemAlert } from '../components/feedback.js';
import { ProgramFrame, PROGRAM_PAGES, useProgram } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Me } from '../session.js';
import type { Program } from '../types.js';
import './manager.css';

type PhaseReport = Schemas['PhaseReportView'];
type SourceCount = Schemas['SourceCountView'];

const M = defineMessages(
  {
    generated: 'Genererad {at} från programmets data · mall {template} v{version}',
    downloads: 'Ladda ner delrapporten',
    markdown: 'Ladda ner som Markdown',
    html: 'Ladda ner som HTML',
    questions: 'Frågeställningar',
    noQuestions: 'Inga frågeställningar.',
    sessions: 'Behovsinsamling',
    sessionsTotal: 'Insamlingstillfällen',
    byKind: 'Per form',
    byGroup: 'Per deltagargrupp',
    source: 'Källa',
    sessionsCol: 'Tillfällen',
    needsCol: 'Behov',
    needs: 'Behov per kategori',
    needsTotal: 'Behov totalt',
    uncategorized: 'Ej kategoriserade',
    categories: 'Kategorier',
    category: 'Kategori',
    count: 'Antal',
    share: 'Andel',
    sum: 'Summa',
    focusAreas: 'Fokusområden',
    noFocusAreas: 'Inga fokusområden valda.',
    model: 'Samverkansmodell',
    role: 'Roll',
    bodies: 'Organ',
    network: 'Nätverk för kontaktpersoner',
    notStarted: 'Nätverket är inte startat.',
    kickoff: 'Uppstart {at}',
    org: 'Förvaltning/bolag',
    person: 'Kontaktperson',
    meetings: 'Möten',
    meeting: 'Möte',
    kickoffMeeting: 'Uppstart',
    starts: 'Tid',
    attendees: 'Närvarande',
    plan: 'Kommunikationsplan',
    noPlan: 'Ingen kommunikationsplan ännu.',
    item: 'Insats',
    channel: 'Kanal',
    audience: 'Målgrupp',
    recurrence: 'Typ',
    due: 'Klart',
    'one-off': 'Engångsinsats',
    continuous: 'Löpande',
    empty: 'Inga rader.',
  },
  {
    generated: "Generated {at} from the program's data · template {template} v{version}",
    downloads: 'Download the phase report',
    markdown: 'Download as Markdown',
    html: 'Download as HTML',
    questions: 'Questions',
    noQuestions: 'No questions.',
    sessions: 'Needs gathering',
    sessionsTotal: 'Gathering sessions',
    byKind: 'By form',
    byGroup: 'By participant group',
    source: 'Source',
    sessionsCol: 'Sessions',
    needsCol: 'Needs',
    needs: 'Needs per category',
    needsTotal: 'Needs in total',
    uncategorized: 'Uncategorized',
    categories: 'Categories',
    category: 'Category',
    count: 'Count',
    share: 'Share',
    sum: 'Total',
    focusAreas: 'Focus areas',
    noFocusAreas: 'No focus areas chosen.',
    model: 'Collaboration model',
    role: 'Role',
    bodies: 'Bodies',
    network: 'Contact-person network',
    notStarted: 'The network has not been started.',
    kickoff: 'Kickoff {at}',
    org: 'Department/company',
    person: 'Contact person',
    meetings: 'Meetings',
    meeting: 'Meeting',
    kickoffMeeting: 'Kickoff',
    starts: 'Time',
    attendees: 'Present',
    plan: 'Communication plan',
    noPlan: 'No communication plan yet.',
    item: 'Item',
    channel: 'Channel',
    audience: 'Audience',
    recurrence: 'Kind',
    due: 'Due',
    'one-off': 'One-off',
    continuous: 'Continuous',
    empty: 'No rows.',
  },
);

export function ProgramReport({ params }: { me: Me; params: Record<string, string> }) {
  const program = useProgram(params.id);
  const pages = useMessages(PROGRAM_PAGES);
  return <ProgramFrame program={program} page={pages('report')}>{(p) => <Report program={p} />}</ProgramFrame>;
}

function Report({ program }: { program: Program }) {
  const { lang } = useI18n();
  const report = useLoad(() => ok(api.GET('/programs/{id}/report', { params: { path: { id: program.id }, query: { format: 'json' } } })), [program.id]);
  return (
    <>
      <Downloads program={program} lang={lang} />
      <Loading resource={report}>{(r) => <ReportBody report={r} />}</Loading>
    </>
  );
}

function Downloads({ program, lang }: { program: Program; lang: 'sv' | 'en' }) {
  const text = useMessages(M);
  const command = useCommand();
  const slug = fileSlug(program.name, program.id);
  const get = (format: 'markdown' | 'html') =>
    command.run(() =>
      download(api.GET('/programs/{id}/report', { params: { path: { id: program.id }, query: { format, lang } }, ...asFile }), `delrapport-${slug}-${lang}.${format === 'markdown' ? 'md' : 'html'}`),
    );
  return (
    <div class="report-downloads" role="group" aria-labelledby="report-downloads">
      <span id="report-downloads" class="visually-hidden">
        {text('downloads')}
      </span>
      <button type="button" disabled={command.busy} onClick={() => get('markdown')}>
        {text('markdown')}
      </button>
      <button type="button" disabled={command.busy} onClick={() => get('html')}>
        {text('html')}
      </button>
      <ProblemAlert error={command.error} />
    </div>
  );
}

function ReportBody({ report: r }: { report: PhaseReport }) {
  const text = useMessages(M);
  const { l, dateTime, date, number, percent } = useI18n();
  const categorized = r.needs.byCategory.reduce((s, c) => s + c.count, 0);
  return (
    <article class="phase-report" data-testid="phase-report">
      <p class="muted">{text('generated', { at: dateTime(r.generatedAt), template: r.program.templateKey, version: r.program.templateVersion })}</p>

      <section aria-labelledby="report-needs">
        <h2 id="report-needs">{text('needs')}</h2>
        <ul class="stats" data-testid="needs-stats">
          <li>
            <strong data-testid="needs-total">{number(r.needs.total)}</strong> {text('needsTotal')}
          </li>
          <li>
            <strong data-testid="needs-uncategorized">{number(r.needs.uncategorized)}</strong> {text('uncategorized')}
          </li>
          <li>
            <strong>{number(r.needs.byCategory.length)}</strong> {text('categories')}
          </li>
          <li>
            <strong data-testid="sessions-total">{number(r.sessions.total)}</strong> {text('sessionsTotal')}
          </li>
        </ul>
        {r.needs.byCategory.length ? (
          <div class="report-needs">
            <Chart
              id="needs-chart"
              title={text('needs')}
              categories={r.needs.byCategory.map((c) => l(c.name))}
              series={[{ name: text('count'), data: r.needs.byCategory.map((c) => c.count) }]}
              horizontal
              valueName={text('needsCol')}
              height={Math.max(240, 40 * r.needs.byCategory.length + 80)}
            />
            <table data-testid="needs-by-category">
              <caption class="visually-hidden">{text('needs')}</caption>
              <Head columns={[text('category'), { text: text('count'), num: true }, { text: text('share'), num: true }]} />
              <tbody>
                {r.needs.byCategory.map((c) => (
                  <tr key={c.key} data-category={c.key}>
                    <th scope="row">{l(c.name)}</th>
                    <td class="num" data-count={c.count}>
                      {number(c.count)}
                    </td>
                    <td class="num">{percent(c.share)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{text('sum')}</th>
                  <td class="num" data-testid="needs-categorized">
                    {number(categorized)}
                  </td>
                  <td class="num">{r.needs.total ? percent(categorized / r.needs.total) : '–'}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        ) : (
          <p>{text('empty')}</p>
        )}
      </section>

      <section aria-labelledby="report-questions">
        <h2 id="report-questions">{text('questions')}</h2>
        {r.questions.length ? (
          <ol>
            {r.questions.map((q) => (
              <li key={q.key}>
                {l(q.text)}
                {q.subQuestions.length ? (
                  <ul>
                    {q.subQuestions.map((s) => (
                      <li key={s.key}>{l(s.text)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{text('noQuestions')}</p>
        )}
      </section>

      <section aria-labelledby="report-sessions">
        <h2 id="report-sessions">{text('sessions')}</h2>
        <div class="grid-2">
          <SourceTable id="report-by-kind" title={text('byKind')} rows={r.sessions.byKind} />
          <SourceTable id="report-by-group" title={text('byGroup')} rows={r.sessions.byParticipantGroup} />
        </div>
      </section>

      <section aria-labelledby="report-focus">
        <h2 id="report-focus">{text('focusAreas')}</h2>
        {r.focusAreas.length ? (
          <ol class="focus-areas" data-testid="focus-areas">
            {r.focusAreas.map((f) => (
              <li key={f.key}>
                <strong>{l(f.name)}</strong>
                {f.categories.length ? <span class="muted"> — {f.categories.map((c) => l(c.name)).join(', ')}</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{text('noFocusAreas')}</p>
        )}
      </section>

      <section aria-labelledby="report-model">
        <h2 id="report-model">{text('model')}</h2>
        {r.collaborationModel.length ? (
          <table>
            <caption class="visually-hidden">{text('model')}</caption>
            <Head columns={[text('role'), text('bodies')]} />
            <tbody>
              {r.collaborationModel.map((m) => (
                <tr key={m.roleKey}>
                  <th scope="row">{l(m.roleName)}</th>
                  <td>{m.bodies.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{text('empty')}</p>
        )}
      </section>

      <section aria-labelledby="report-network">
        <h2 id="report-network">{text('network')}</h2>
        <p>{r.network.started ? text('kickoff', { at: dateTime(r.network.kickoffAt) }) : text('notStarted')}</p>
        {r.network.members.length ? (
          <table data-testid="report-members">
            <caption class="visually-hidden">{text('network')}</caption>
            <Head columns={[text('org'), text('person')]} />
            <tbody>
              {r.network.members.map((m) => (
                <tr key={`${m.organization}|${m.contactPerson}`}>
                  <th scope="row">{m.organization}</th>
                  <td>{m.contactPerson ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {r.network.meetings.length ? (
          <>
            <h3>{text('meetings')}</h3>
            <table>
              <caption class="visually-hidden">{text('meetings')}</caption>
              <Head columns={[text('meeting'), text('starts'), { text: text('attendees'), num: true }]} />
              <tbody>
                {r.network.meetings.map((m) => (
                  <tr key={m.number}>
                    <th scope="row">{m.number === 0 ? text('kickoffMeeting') : m.number}</th>
                    <td>{dateTime(m.startsAt)}</td>
                    <td class="num">{m.attendees ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>

      <section aria-labelledby="report-plan">
        <h2 id="report-plan">{text('plan')}</h2>
        {r.communicationPlan.length ? (
          <div class="table-scroll">
            <table data-testid="report-plan-table">
              <caption class="visually-hidden">{text('plan')}</caption>
              <Head columns={[text('item'), text('channel'), text('audience'), text('recurrence'), text('due')]} />
              <tbody>
                {r.communicationPlan.map((c, i) => (
                  <tr key={`${i}`}>
                    <th scope="row">{c.title}</th>
                    <td>{l(c.channel)}</td>
                    <td>{l(c.audience)}</td>
                    <td>{text(c.recurrence)}</td>
                    <td class="nowrap">{date(c.dueOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{text('noPlan')}</p>
        )}
      </section>
    </article>
  );
}

function SourceTable({ id, title, rows }: { id: string; title: string; rows: SourceCount[] }) {
  const text = useMessages(M);
  const { l, number } = useI18n();
  return (
    <div>
      <h3 id={id}>{title}</h3>
      {rows.length ? (
        <table aria-labelledby={id} data-testid={id}>
          <Head columns={[text('source'), { text: text('sessionsCol'), num: true }, { text: text('needsCol'), num: true }]} />
          <tbody>
            {rows.map((s) => (
              <tr key={s.key}>
                <th scope="row">{l(s.name)}</th>
                <td class="num">{number(s.sessions)}</td>
                <td class="num">{number(s.needs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{text('empty')}</p>
      )}
    </div>
  );
}
