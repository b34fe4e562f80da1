import { api, ok } from '../api.js';
import { useLoad } from '../hooks.js';
import { defineMessages, useMessages } from '../i18n.js';
import { firstRun } from '../first-run.js';

const M = defineMessages(
  {
    title: 'Välkommen! Så kommer du i gång',
    lead: 'Systemet är tomt än så länge. Prova med demodata eller lägg upp ditt första program steg för steg.',
    demo: 'Ladda demodata',
    demoLead: 'Demodatan (Skola först med 450 behov och Fast Track med en kohort) läses in genom API:et när systemet startas med demokommandot: stoppa systemet och starta det igen så i projektets mapp. Det skriver ut inloggningsnycklar för projektkontoret, en kontaktperson och en chef.',
    demoCommand: 'Kommandot',
    steps: 'Steg för steg',
    'step.people': 'Lägg upp förvaltningar, bolag och deras kontaktpersoner',
    'step.peopleLink': 'Till Personer',
    'step.program': 'Skapa det första programmet från en mall',
    'step.programLink': 'Skapa programmet nedan',
    'step.programPage': 'Till Program',
    'step.templatesLink': 'se mallarna',
    done: 'Klart',
    todo: 'Att göra',
  },
  {
    title: 'Welcome! How to get started',
    lead: 'The system is empty so far. Try it with the demo data or set up your first program step by step.',
    demo: 'Load the demo',
    demoLead: 'The demo data (Skola först with 450 needs and Fast Track with a cohort) is loaded through the API when the system starts with the demo command: stop the system and start it again that way in the project folder. It prints sign-in tokens for the project office, a contact person and a manager.',
    demoCommand: 'The command',
    steps: 'Step by step',
    'step.people': 'Register departments, companies and their contact persons',
    'step.peopleLink': 'To People',
    'step.program': 'Create the first program from a template',
    'step.programLink': 'Create the program below',
    'step.programPage': 'To Programs',
    'step.templatesLink': 'see the templates',
    done: 'Done',
    todo: 'To do',
  },
);

/**
 * The project office's start on an empty system: the demo (started with `npm run demo`: the API has
 * no endpoint that loads it, and should not) or the first organizations, people and program, each
 * step marked done once its data is there.
 */
export function FirstRunPanel({ programs, programLink = '#create-program' }: { programs: number; /** Where the program is created (the programs page's form). */ programLink?: string }) {
  const text = useMessages(M);
  const contents = useLoad(
    () =>
      Promise.all([ok(api.GET('/organizations', { params: { query: { limit: 1 } } })), ok(api.GET('/persons', { params: { query: { role: 'contact_person', limit: 1 } } }))]).then(([o, p]) => ({
        organizations: o.total,
        contactPersons: p.total,
      })),
    [],
    10_000,
  );
  const state = firstRun({ programs, organizations: contents.data?.organizations ?? 0, contactPersons: contents.data?.contactPersons ?? 0 });
  if (!state.offered || !contents.data) return null;
  const links = {
    people: <a href="/app/people">{text('step.peopleLink')}</a>,
    program: (
      <>
        <a href={programLink}>{text(programLink.startsWith('#') ? 'step.programLink' : 'step.programPage')}</a> (<a href="/app/templates">{text('step.templatesLink')}</a>)
      </>
    ),
  };
  return (
    <section class="card" aria-labelledby="first-run-heading" data-testid="first-run">
      <h2 id="first-run-heading">{text('title')}</h2>
      <p>{text('lead')}</p>
      <h3>{text('demo')}</h3>
      <p>{text('demoLead')}</p>
      <p>
        {text('demoCommand')}: <code>npm run demo</code>
      </p>
      <h3>{text('steps')}</h3>
      <ol>
        {state.steps.map((step) => (
          <li key={step.key} data-step={step.key} data-done={step.done}>
            <span class={`badge badge-${step.done ? 'done' : 'pending'}`}>{text(step.done ? 'done' : 'todo')}</span> {text(`step.${step.key}`)}: {links[step.key]}
          </li>
        ))}
      </ol>
    </section>
  );
}
