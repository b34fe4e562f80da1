import { useState } from 'preact/hooks';
import { api, asFile, compact, download, fileSlug, ok } from '../api.js';
import { CommandForm } from '../components/command-form.js';
import { Loading, ProblemAlert, Success } from '../components/feedback.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';

const M = defineMessages(
  {
    heading: 'Slutrapport och fokusgrupper',
    lead: 'Slutrapporten räknas fram ur uppgifterna: antagning, avklarade moment per vecka, moduler, kunskapsnivåer, avancerat spår, jämförelsen med referenskullen och fokusgrupperna.',
    downloads: 'Ladda ner slutrapporten',
    markdown: 'Ladda ner som Markdown',
    html: 'Ladda ner som HTML',
    json: 'Ladda ner som JSON',
    downloaded: 'Slutrapporten är nedladdad: {file}.',
    figures: 'Deltagarna i slutrapporten',
    admitted: 'antagna (alla som fått plats)',
    withdrawn: 'drog sig ur före start',
    started: 'startade programmet',
    droppedOut: 'hoppade av',
    denominator: 'Den som drog sig ur före start räknas inte som avhopp. Rapportens andelar räknas av de {n} som startade.',
    groups: 'Fokusgrupper',
    'groups.empty': 'Inga fokusgrupper registrerade.',
    addHeading: 'Registrera en fokusgrupp',
    heldOn: 'Datum',
    group: 'Grupp',
    findings: 'Iakttagelser',
    addButton: 'Registrera fokusgruppen',
    added: 'Fokusgruppen är registrerad.',
  },
  {
    heading: 'Final report and focus groups',
    lead: 'The final report is worked out from the data: admission, completed items per week, modules, knowledge levels, the advanced track, the comparison with the reference cohort and the focus groups.',
    downloads: 'Download the final report',
    markdown: 'Download as Markdown',
    html: 'Download as HTML',
    json: 'Download as JSON',
    downloaded: 'The final report is downloaded: {file}.',
    figures: 'Participants in the final report',
    admitted: 'admitted (everyone given a place)',
    withdrawn: 'withdrew before the start',
    started: 'started the program',
    droppedOut: 'dropped out',
    denominator: 'Someone who withdrew before the start is not a dropout. The report’s shares are of the {n} who started.',
    groups: 'Focus groups',
    'groups.empty': 'No focus groups recorded.',
    addHeading: 'Record a focus group',
    heldOn: 'Date',
    group: 'Group',
    findings: 'Findings',
    addButton: 'Record the focus group',
    added: 'The focus group is recorded.',
  },
);

/**
 * The cohort's final report (downloads in the page's language, against the chosen reference
 * cohort) and its focus groups; the project office records a focus group's findings.
 */
export function FinalReport({ cohortId, cohortName, referenceCohortId, office }: { cohortId: string; cohortName: string; referenceCohortId: string | undefined; office: boolean }) {
  const { lang, date, number } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const ready = referenceCohortId !== undefined;
  const report = useLoad(() => (ready ? ok(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query: compact({ referenceCohortId }) } })) : new Promise<never>(() => undefined)), [cohortId, referenceCohortId]);
  const slug = fileSlug(cohortName, cohortId);
  const fetchReport = async (format: 'markdown' | 'html' | 'json') => {
    setDownloaded(null);
    const file = `slutrapport-${slug}-${lang}.${format === 'markdown' ? 'md' : format}`;
    const ok = await command.run(async () => {
      await download(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId }, query: compact({ format, lang, referenceCohortId }) }, ...asFile }), file);
      return true;
    });
    if (ok) setDownloaded(text('downloaded', { file }));
  };
  return (
    <section aria-labelledby="final-report-heading" data-testid="final-report">
      <h2 id="final-report-heading">{text('heading')}</h2>
      <p class="hint">{text('lead')}</p>
      <div role="group" aria-labelledby="final-report-downloads">
        <span id="final-report-downloads" class="visually-hidden">
          {text('downloads')}
        </span>
        <button type="button" disabled={command.busy || !ready} onClick={() => fetchReport('markdown')}>
          {text('markdown')}
        </button>
        <button type="button" disabled={command.busy || !ready} onClick={() => fetchReport('html')}>
          {text('html')}
        </button>
        <button type="button" disabled={command.busy || !ready} onClick={() => fetchReport('json')}>
          {text('json')}
        </button>
      </div>
      {downloaded ? <Success>{downloaded}</Success> : null}
      <ProblemAlert error={command.error} />
      <h3>{text('figures')}</h3>
      <Loading resource={report}>
        {(r) => {
          const a = r.admission;
          // The report's own figures: a withdrawal before the start is no dropout, the shares are of those who started.
          const figures = [
            ['admitted', a.admitted],
            ['withdrawn', a.withdrawn],
            ['started', a.started],
            ['droppedOut', r.outcomes.droppedOut],
          ] as const;
          return (
            <>
              <ul class="stats" data-testid="report-participation">
                {figures.map(([key, n]) => (
                  <li key={key} data-figure={key}>
                    <strong>{number(n)}</strong> {text(key)}
                  </li>
                ))}
              </ul>
              <p class="hint">{text('denominator', { n: number(a.started) })}</p>
            </>
          );
        }}
      </Loading>
      <h3>{text('groups')}</h3>
      <Loading resource={report}>
        {(r) =>
          r.evaluations.length ? (
            <dl data-testid="focus-groups">
              {r.evaluations.map((e, i) => (
                <div key={i}>
                  <dt>
                    {e.group}, {date(e.heldOn)}
                  </dt>
                  <dd>{e.findings}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p class="muted">{text('groups.empty')}</p>
          )
        }
      </Loading>
      {office ? <AddFocusGroup cohortId={cohortId} onAdded={report.reload} /> : null}
    </section>
  );
}

function AddFocusGroup({ cohortId, onAdded }: { cohortId: string; onAdded(): void }) {
  const text = useMessages(M);
  const [heldOn, setHeldOn] = useState('');
  const [group, setGroup] = useState('');
  const [findings, setFindings] = useState('');
  const send = async () => {
    await ok(api.POST('/cohorts/{id}/evaluations', { params: { path: { id: cohortId } }, body: { heldOn, group, findings } }));
    setGroup('');
    setFindings('');
    onAdded();
    return text('added');
  };
  return (
    <CommandForm id="add-focus-group" level={3} heading={text('addHeading')} button={text('addButton')} send={send}>
      <div>
        <label for="focus-group-date">{text('heldOn')}</label>
        <input id="focus-group-date" type="date" required value={heldOn} onInput={(e) => setHeldOn(e.currentTarget.value)} />
      </div>
      <div>
        <label for="focus-group-name">{text('group')}</label>
        <input id="focus-group-name" type="text" required maxLength={200} value={group} onInput={(e) => setGroup(e.currentTarget.value)} />
      </div>
      <div style={{ width: '100%' }}>
        <label for="focus-group-findings">{text('findings')}</label>
        <textarea id="focus-group-findings" required maxLength={20_000} value={findings} onInput={(e) => setFindings(e.currentTarget.value)} />
      </div>
    </CommandForm>
  );
}
