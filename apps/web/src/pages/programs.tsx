import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, ok, type Schemas } from '../api.js';
import { Loading, ProblemAlert, StatusBadge } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { FirstRunPanel } from '../components/first-run.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, type Me } from '../session.js';
import type { Program, Template } from '../types.js';

const M = defineMessages(
  {
    title: 'Program',
    empty: 'Inga program ännu.',
    name: 'Namn',
    template: 'Mall',
    phase: 'Fas',
    status: 'Status',
    created: 'Skapat',
    create: 'Nytt program',
    createLead: 'Ett program startar sitt arbetsflöde direkt: fas I öppnar med sitt första steg som en uppgift för projektkontoret.',
    createButton: 'Skapa och starta programmet',
    'status.active': 'Pågår',
    'status.closed': 'Avslutat',
  },
  {
    title: 'Programs',
    empty: 'No programs yet.',
    name: 'Name',
    template: 'Template',
    phase: 'Phase',
    status: 'Status',
    created: 'Created',
    create: 'New program',
    createLead: "A program starts its workflow at once: phase I opens with its first step as a task for the project office.",
    createButton: 'Create and start the program',
    'status.active': 'Active',
    'status.closed': 'Closed',
  },
);

export function Programs({ me }: { me: Me }) {
  const { l, date } = useI18n();
  const text = useMessages(M);
  const programs = useLoad(() => ok(api.GET('/programs', { params: { query: { limit: 100 } } })), []);
  const templates = useLoad(() => ok(api.GET('/programs/templates')), []);
  const templateName = (p: Program) => l(templates.data?.find((t) => t.key === p.templateKey)?.name) || p.templateKey;
  const phaseName = (p: Program) => {
    const key = p.position?.phaseKey;
    const phase = templates.data?.find((t) => t.key === p.templateKey)?.phases.find((ph) => ph.key === key);
    return phase ? l(phase.name) : key ?? '–';
  };
  return (
    <>
      <PageTitle title={text('title')}>{text('title')}</PageTitle>
      <Loading resource={programs}>
        {(page) => (
          <>
            {isOffice(me) ? <FirstRunPanel programs={page.total} /> : null}
            {page.items.length ? (
              <table data-testid="program-list">
                <caption class="visually-hidden">{text('title')}</caption>
                <Head columns={[text('name'), text('template'), text('phase'), text('status'), text('created')]} />
                <tbody>
                  {page.items.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <a href={`/app/programs/${p.id}`}>{p.name}</a>
                      </td>
                      <td>{templateName(p)}</td>
                      <td>{phaseName(p)}</td>
                      <td>{p.position ? <StatusBadge status={p.position.status} label={text(`status.${p.position.status}`)} /> : '–'}</td>
                      <td>{date(p.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{text('empty')}</p>
            )}
          </>
        )}
      </Loading>
      {isOffice(me) && templates.data ? <CreateProgram templates={templates.data} /> : null}
    </>
  );
}

function CreateProgram({ templates }: { templates: Template[] }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const { route } = useLocation();
  const [templateKey, setTemplateKey] = useState(templates[0]?.key ?? '');
  const [name, setName] = useState('');
  const command = useCommand();
  const chosen = templates.find((t) => t.key === templateKey);
  const submit = async (e: Event) => {
    e.preventDefault();
    const created = await command.run(() => ok(api.POST('/programs', { body: { templateKey: templateKey as Schemas['CreateProgramDto']['templateKey'], name: name.trim() } })));
    if (created) route(`/app/programs/${created.id}`);
  };
  return (
    <section class="card" aria-labelledby="create-program">
      <h2 id="create-program">{text('create')}</h2>
      <p class="hint">{text('createLead')}</p>
      <form onSubmit={submit}>
        <label for="program-template">{text('template')}</label>
        <select id="program-template" value={templateKey} onChange={(e) => setTemplateKey(e.currentTarget.value)} aria-describedby="template-description">
          {templates.map((t) => (
            <option key={t.key} value={t.key}>
              {l(t.name)}
            </option>
          ))}
        </select>
        <p id="template-description" class="hint">
          {l(chosen?.description)}
        </p>
        <label for="program-name">{text('name')}</label>
        <input id="program-name" type="text" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <div>
          <button type="submit" class="primary" disabled={command.busy}>
            {text('createButton')}
          </button>
        </div>
      </form>
      <ProblemAlert error={command.error} />
    </section>
  );
}
