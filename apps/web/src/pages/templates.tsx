import { useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api.js';
import { Loading, ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, type Me } from '../session.js';

const M = defineMessages(
  {
    title: 'Programmallar',
    lead: 'En programmall beskriver ett programs faser, deras steg och beslutspunkter. Mallens JSON Schema finns på /templates/schema.',
    key: 'Nyckel',
    name: 'Namn',
    kind: 'Slag',
    versions: 'Versioner',
    origin: 'Ursprung',
    builtIn: 'Inbyggd',
    registered: 'Registrerad',
    'kind.phased-program': 'Fasindelat program',
    'kind.cohort': 'Kursomgång',
    register: 'Registrera en mall eller en ny version',
    registerLead: 'Klistra in mallfilen (JSON). Den kontrolleras som helhet: varje fel anges med sin sökväg, och inget sparas förrän mallen håller.',
    file: 'Mallens JSON',
    button: 'Registrera mallen',
    invalidJson: 'Texten är inte giltig JSON: {reason}',
    done: '{key} version {version} är registrerad.',
    lists: 'Mallens listor',
    listsLead: 'Listorna ett program från mallen börjar med: det som en insamlingsfil kan ange med nyckel, svenskt eller engelskt namn.',
    listsTemplate: 'Mall',
    needCategories: 'Behovskategorier',
    sessionKinds: 'Insamlingens former (source)',
    participantGroups: 'Deltagargrupper (group)',
    sv: 'Svenska',
    en: 'Engelska',
  },
  {
    title: 'Program templates',
    lead: "A program template describes a program's phases, their steps and decision points. Its JSON Schema is at /templates/schema.",
    key: 'Key',
    name: 'Name',
    kind: 'Kind',
    versions: 'Versions',
    origin: 'Origin',
    builtIn: 'Built in',
    registered: 'Registered',
    'kind.phased-program': 'Phased program',
    'kind.cohort': 'Cohort',
    register: 'Register a template or a new version',
    registerLead: 'Paste the template file (JSON). It is checked as a whole: every problem is named by its path, and nothing is stored until the template holds.',
    file: 'Template JSON',
    button: 'Register the template',
    invalidJson: 'The text is not valid JSON: {reason}',
    done: '{key} version {version} is registered.',
    lists: "The template's lists",
    listsLead: 'The lists a program made from the template starts with: what a gathering file may name by key, Swedish or English name.',
    listsTemplate: 'Template',
    needCategories: 'Need categories',
    sessionKinds: 'Session kinds (source)',
    participantGroups: 'Participant groups (group)',
    sv: 'Swedish',
    en: 'English',
  },
);

/** The program templates, and (the project office) registering one from its file. */
export function Templates({ me }: { me: Me }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const templates = useLoad(() => ok(api.GET('/templates')), []);
  const command = useCommand();
  const [body, setBody] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const register = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
      setParseError(null);
    } catch (err) {
      setParseError(text('invalidJson', { reason: (err as Error).message }));
      return;
    }
    const res = await command.run(() => ok(api.POST('/templates', { body: parsed as never })));
    if (res !== undefined) {
      setDone(text('done', { key: res.key, version: res.version }));
      setBody('');
      templates.reload();
    }
  };
  return (
    <>
      <PageTitle title={text('title')}>{text('title')}</PageTitle>
      <p>{text('lead')}</p>
      <Loading resource={templates}>
        {(page) => (
          <table data-testid="template-list">
            <Head columns={[text('key'), text('name'), text('kind'), text('versions'), text('origin')]} />
            <tbody>
              {page.items.map((t) => (
                <tr key={t.key} data-template={t.key}>
                  <td>
                    <code>{t.key}</code>
                  </td>
                  <td>{l(t.name)}</td>
                  <td>{text(`kind.${t.kind as 'cohort'}`)}</td>
                  <td>{t.versions.join(', ')}</td>
                  <td>
                    <StatusBadge status={t.builtIn ? 'closed' : 'open'} label={t.builtIn ? text('builtIn') : text('registered')} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loading>
      {templates.data ? <TemplateLists templates={templates.data.items.filter((t) => t.kind === 'phased-program')} /> : null}
      {isOffice(me) ? (
        <form onSubmit={register} class="card" aria-labelledby="register-heading" data-testid="register-template">
          <h2 id="register-heading">{text('register')}</h2>
          <p>{text('registerLead')}</p>
          <label for="template-json">{text('file')}</label>
          <textarea id="template-json" rows={14} required maxLength={1_000_000} spellcheck={false} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
          <div>
            <button type="submit" class="primary" disabled={command.busy}>
              {text('button')}
            </button>
          </div>
          {parseError ? (
            <p role="alert" class="alert alert-error">
              {parseError}
            </p>
          ) : null}
          {done ? <Success>{done}</Success> : null}
          <ProblemAlert error={command.error} />
        </form>
      ) : null}
    </>
  );
}

/** A phased template's lists (GET /templates/:key/versions/:v/governance), readable before any program is made from it. */
function TemplateLists({ templates }: { templates: Schemas['TemplateVersionView'][] }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const [key, setKey] = useState(templates[0]?.key ?? '');
  const chosen = templates.find((t) => t.key === key);
  const lists = useLoad(
    () => (chosen ? ok(api.GET('/templates/{key}/versions/{version}/governance', { params: { path: { key: chosen.key, version: chosen.version } } })) : new Promise<never>(() => undefined)),
    [chosen?.key, chosen?.version],
  );
  if (!templates.length) return null;
  return (
    <section aria-labelledby="lists-heading" data-testid="template-lists">
      <h2 id="lists-heading">{text('lists')}</h2>
      <p class="hint">{text('listsLead')}</p>
      <label for="lists-template">{text('listsTemplate')}</label>
      <select id="lists-template" value={key} onChange={(e) => setKey(e.currentTarget.value)}>
        {templates.map((t) => (
          <option key={t.key} value={t.key}>
            {l(t.name)} (v{t.version})
          </option>
        ))}
      </select>
      <Loading resource={lists}>
        {(g) => (
          <>
            {(['needCategories', 'sessionKinds', 'participantGroups'] as const).map((list) => (
              <div class="table-scroll" key={list}>
                <table data-testid={`template-list-${list}`}>
                  <caption>{text(list)}</caption>
                  <Head columns={[text('key'), text('sv'), text('en')]} />
                  <tbody>
                    {g[list].map((item) => (
                      <tr key={item.key}>
                        <td>
                          <code>{item.key}</code>
                        </td>
                        <td lang="sv">{item.name.sv}</td>
                        <td lang="en">{item.name.en}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </>
        )}
      </Loading>
    </section>
  );
}
