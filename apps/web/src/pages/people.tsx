import { useState } from 'preact/hooks';
import { api, ok, type Schemas } from '../api.js';
import { Loading, ProblemAlert, Success } from '../components/feedback.js';
import { PageTitle } from '../components/layout.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { MessageKey } from '../messages.js';
import type { Me } from '../session.js';
import type { Organization, Person } from '../types.js';

const ORGANIZATION_TYPES: Organization['type'][] = ['department', 'company', 'board', 'network', 'other'];
const ROLES: Person['role'][] = ['contact_person', 'project_office', 'manager', 'participant'];

const M = defineMessages(
  {
    title: 'Personer och organisationer',
    lead: 'Förvaltningar, bolag och nätverk med sina kontaktpersoner. Den som ska logga in med API-nyckel får en här; med organisationens konto (OpenID Connect) binds personen till sitt konto.',
    organizations: 'Organisationer',
    persons: 'Personer',
    name: 'Namn',
    type: 'Typ',
    'type.department': 'Förvaltning',
    'type.company': 'Bolag',
    'type.board': 'Nämnd/styrelse',
    'type.network': 'Nätverk',
    'type.other': 'Övrig',
    addOrganization: 'Lägg till organisation',
    organizationAdded: 'Organisationen {name} är tillagd.',
    email: 'E-post',
    role: 'Roll',
    organization: 'Organisation',
    none: '–',
    gateDecide: 'Beslutar vid grinden (styrgruppen)',
    addPerson: 'Lägg till person',
    personAdded: '{name} är tillagd.',
    token: 'API-nyckel',
    issue: 'Skapa API-nyckel för {name}',
    issued: 'API-nyckel för {name} (visas bara nu – lämna den säkert till personen, den gäller i 90 dagar):',
    handover: 'Överlämning',
    handoverLead: 'När en kontaktperson slutar lämnas allt hen har över till en efterträdare i samma organisation i ett enda steg: öppna uppgifter, ansvar för aktiviteter, platser i nätverk och grindbeslut. Förhandsgranska först.',
    leaving: 'Kontaktperson som lämnar',
    successor: 'Efterträdare',
    choose: 'Välj',
    preview: 'Förhandsgranska',
    previewed: '{name} har {tasks} öppna uppgifter, {activities} aktiviteter, {seats} nätverksplatser och {gates} grindbeslut att lämna över.',
    previewedContact: '{name} är också organisationens kontaktperson; det går över till efterträdaren.',
    handOverAll: 'Lämna över allt',
    handedOver: '{n} saker lämnades över till {name}.',
  },
  {
    title: 'People and organizations',
    lead: 'Departments, companies and networks with their contact persons. Whoever signs in with an API token gets one here; with the organization account (OpenID Connect) the person is bound to their account.',
    organizations: 'Organizations',
    persons: 'People',
    name: 'Name',
    type: 'Type',
    'type.department': 'Department',
    'type.company': 'Company',
    'type.board': 'Board',
    'type.network': 'Network',
    'type.other': 'Other',
    addOrganization: 'Add organization',
    organizationAdded: 'The organization {name} is added.',
    email: 'Email',
    role: 'Role',
    organization: 'Organization',
    none: '–',
    gateDecide: 'Decides at the gate (steering group)',
    addPerson: 'Add person',
    personAdded: '{name} is added.',
    token: 'API token',
    issue: 'Create an API token for {name}',
    issued: 'API token for {name} (shown only now – hand it to the person safely; it is valid for 90 days):',
    handover: 'Handover',
    handoverLead: 'When a contact person leaves, everything they hold goes to a successor in the same organization in one step: open tasks, activity responsibility, network seats and gate decisions. Preview first.',
    leaving: 'Contact person leaving',
    successor: 'Successor',
    choose: 'Choose',
    preview: 'Preview',
    previewed: '{name} has {tasks} open tasks, {activities} activities, {seats} network seats and {gates} gate decisions to hand over.',
    previewedContact: '{name} is also the organization’s contact person; that goes to the successor.',
    handOverAll: 'Hand over everything',
    handedOver: '{n} items were handed to {name}.',
  },
);


/** The project office's register: organizations, people, and API tokens for them. */
export function People(_props: { me: Me }) {
  const text = useMessages(M);
  const organizations = useLoad(() => ok(api.GET('/organizations', { params: { query: { limit: 100 } } })), []);
  const persons = useLoad(() => ok(api.GET('/persons', { params: { query: { limit: 100 } } })), []);
  return (
    <>
      <PageTitle title={text('title')}>{text('title')}</PageTitle>
      <p>{text('lead')}</p>
      <Loading resource={organizations}>{(orgs) => <Organizations organizations={orgs.items} onAdded={organizations.reload} />}</Loading>
      <Loading resource={organizations}>{(orgs) => <Loading resource={persons}>{(people) => <Persons persons={people.items} organizations={orgs.items} onAdded={persons.reload} />}</Loading>}</Loading>
      <Loading resource={persons}>{(people) => <Handover persons={people.items} />}</Loading>
    </>
  );
}

function Organizations({ organizations, onAdded }: { organizations: Organization[]; onAdded(): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const [name, setName] = useState('');
  const [type, setType] = useState<Organization['type']>('department');
  const [added, setAdded] = useState<string | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    const created = await command.run(() => ok(api.POST('/organizations', { body: { name: name.trim(), type } })));
    if (created) {
      setAdded(created.name);
      setName('');
      onAdded();
    }
  };
  return (
    <section aria-labelledby="organizations-heading">
      <h2 id="organizations-heading">{text('organizations')}</h2>
      <table data-testid="organizations">
        <Head columns={[text('name'), text('type')]} />
        <tbody>
          {organizations.map((o) => (
            <tr key={o.id}>
              <td>{o.name}</td>
              <td>{text(`type.${o.type}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={add} class="inline-fields card">
        <div>
          <label for="organization-name">{text('name')}</label>
          <input id="organization-name" type="text" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div>
          <label for="organization-type">{text('type')}</label>
          <select id="organization-type" value={type} onChange={(e) => setType(e.currentTarget.value as Organization['type'])}>
            {ORGANIZATION_TYPES.map((t) => (
              <option key={t} value={t}>
                {text(`type.${t}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" disabled={command.busy}>
            {text('addOrganization')}
          </button>
        </div>
      </form>
      {added ? <Success>{text('organizationAdded', { name: added })}</Success> : null}
      <ProblemAlert error={command.error} />
    </section>
  );
}

function Persons({ persons, organizations, onAdded }: { persons: Person[]; organizations: Organization[]; onAdded(): void }) {
  const { t } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Person['role']>('contact_person');
  const [organizationId, setOrganizationId] = useState('');
  const [gateDecide, setGateDecide] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  const orgName = (id: string | null) => organizations.find((o) => o.id === id)?.name ?? text('none');
  const add = async (e: Event) => {
    e.preventDefault();
    const body: Schemas['CreatePersonDto'] = {
      displayName: displayName.trim(),
      email: email.trim(),
      role,
      ...(organizationId ? { organizationId } : {}),
      ...(gateDecide ? { permissions: ['gate.decide' as const] } : {}),
    };
    const created = await command.run(() => ok(api.POST('/persons', { body })));
    if (created) {
      setAdded(created.displayName);
      setDisplayName('');
      setEmail('');
      onAdded();
    }
  };
  const issue = async (person: Person) => {
    setIssued(null);
    const token = await command.run(() => ok(api.POST('/persons/{id}/tokens', { params: { path: { id: person.id } }, body: { name: 'webbgränssnittet' } })));
    if (token?.token) setIssued({ name: person.displayName, token: token.token });
  };
  return (
    <section aria-labelledby="persons-heading">
      <h2 id="persons-heading">{text('persons')}</h2>
      {issued ? (
        <div class="alert alert-success" role="status">
          <label for="issued-token">{text('issued', { name: issued.name })}</label>
          <input id="issued-token" type="text" readOnly value={issued.token} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <table data-testid="persons">
        <Head columns={[text('name'), text('email'), text('role'), text('organization'), text('token')]} />
        <tbody>
          {persons.map((p) => (
            <tr key={p.id} data-person-id={p.id}>
              <td>{p.displayName}</td>
              <td>{p.email}</td>
              <td>{t(`role.${p.role}` as MessageKey)}</td>
              <td>{orgName(p.organizationId)}</td>
              <td>
                <button type="button" class="link-button" disabled={command.busy} onClick={() => issue(p)}>
                  {text('issue', { name: p.displayName })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={add} class="card">
        <h3>{text('addPerson')}</h3>
        <div class="inline-fields">
          <div>
            <label for="person-name">{text('name')}</label>
            <input id="person-name" type="text" required maxLength={200} value={displayName} onInput={(e) => setDisplayName(e.currentTarget.value)} />
          </div>
          <div>
            <label for="person-email">{text('email')}</label>
            <input id="person-email" type="email" required maxLength={254} value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
          </div>
          <div>
            <label for="person-role">{text('role')}</label>
            <select id="person-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Person['role'])}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="person-organization">{text('organization')}</label>
            <select id="person-organization" value={organizationId} onChange={(e) => setOrganizationId(e.currentTarget.value)}>
              <option value="">{text('none')}</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p class="check">
          <input type="checkbox" id="person-gate" checked={gateDecide} onChange={(e) => setGateDecide(e.currentTarget.checked)} />
          <label for="person-gate">{text('gateDecide')}</label>
        </p>
        <button type="submit" class="primary" disabled={command.busy}>
          {text('addPerson')}
        </button>
      </form>
      {added ? <Success>{text('personAdded', { name: added })}</Success> : null}
      <ProblemAlert error={command.error} />
    </section>
  );
}

/** A contact person's handover to a successor of the same organization: previewed, then done in one command. */
function Handover({ persons }: { persons: Person[] }) {
  const text = useMessages(M);
  const command = useCommand();
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const [preview, setPreview] = useState<Schemas['HandoverView'] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const contacts = persons.filter((p) => p.role === 'contact_person');
  const from = contacts.find((p) => p.id === fromId);
  const successors = contacts.filter((p) => p.id !== fromId && from && p.organizationId === from.organizationId);
  const name = (id: string) => persons.find((p) => p.id === id)?.displayName ?? id;
  const send = (dryRun: boolean) => command.run(() => ok(api.POST('/persons/{id}/handover', { params: { path: { id: fromId }, query: dryRun ? { dryRun: 'true' } : {} }, body: { to: toId } })));
  const onPreview = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    setPreview((await send(true)) ?? null);
  };
  const onHandOver = async () => {
    const result = await send(false);
    if (result) {
      setPreview(null);
      setDone(text('handedOver', { n: result.moved, name: name(result.to) }));
    }
  };
  const count = (kind: Schemas['HandoverItemView']['kind']) => preview?.items.filter((i) => i.kind === kind).length ?? 0;
  return (
    <section aria-labelledby="handover-heading" class="card" data-testid="handover">
      <h2 id="handover-heading">{text('handover')}</h2>
      <p>{text('handoverLead')}</p>
      <form onSubmit={onPreview} class="inline-fields">
        <div>
          <label for="handover-from">{text('leaving')}</label>
          <select id="handover-from" required value={fromId} onChange={(e) => (setFromId(e.currentTarget.value), setToId(''), setPreview(null))}>
            <option value="">{text('choose')}</option>
            {contacts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="handover-to">{text('successor')}</label>
          <select id="handover-to" required value={toId} onChange={(e) => (setToId(e.currentTarget.value), setPreview(null))}>
            <option value="">{text('choose')}</option>
            {successors.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" disabled={command.busy}>
            {text('preview')}
          </button>
        </div>
      </form>
      {preview ? (
        <div role="status" data-testid="handover-preview">
          <p>
            {text('previewed', { name: name(preview.from), tasks: count('task'), activities: count('activity'), seats: count('network-seat'), gates: count('gate') })}
            {count('organization-contact') ? ` ${text('previewedContact', { name: name(preview.from) })}` : ''}
          </p>
          <button type="button" class="primary" disabled={command.busy} onClick={onHandOver}>
            {text('handOverAll')}
          </button>
        </div>
      ) : null}
      {done ? <Success>{done}</Success> : null}
      <ProblemAlert error={command.error} />
    </section>
  );
}
