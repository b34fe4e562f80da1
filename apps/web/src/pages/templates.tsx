import { useState } from 'preact/hooks';
import { api, ok } from '../api.js';
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
