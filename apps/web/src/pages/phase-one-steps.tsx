import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, ok, succeeded } from '../api.js';
import { Loading, ProblemAlert, Success } from '../components/feedback.js';
import type { Governance } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages, type Localized } from '../i18n.js';
import type { Program } from '../types.js';
import { DecisionMakerSelect } from '../components/decision-maker-select.js';

/**
 * The project office's forms for phase I's steps 4–7 (focus areas, collaboration model, network,
 * communication plan), shown in the current step's panel. Each saves through the API, which checks
 * the step and the data; *Slutför steget* then completes the step when its data is complete.
 */
const M = defineMessages(
  {
    saved: 'Sparat.',
    'fa.lead': 'Välj {count} fokusområden och de behovskategorier varje område svarar mot.',
    'fa.include': 'Ta med fokusområdet',
    'fa.categories': 'Behovskategorier för {area}',
    'fa.needs': '{n} behov',
    'fa.save': 'Spara fokusområdena',
    'cm.lead': 'Vilka organ som har varje roll i samverkansmodellen, och vem i styrgruppen som beslutar vid grinden.',
    'cm.bodies': '{role}: organ (ett per rad)',
    'cm.owner': 'Beslutsfattare vid grinden',
    'cm.choose': 'Välj en person …',
    'cm.save': 'Spara samverkansmodellen',
    'nw.lead': 'En kontaktperson per förvaltning och bolag. Starta nätverket med tiden för första träffen.',
    'nw.members': 'Medlemmar',
    'nw.none': 'Inga medlemmar ännu.',
    'nw.organization': 'Förvaltning/bolag',
    'nw.contact': 'Kontaktperson',
    'nw.add': 'Lägg till i nätverket',
    'nw.kickoff': 'Första träffen',
    'nw.start': 'Starta nätverket',
    'nw.started': 'Nätverket är startat; första träffen {when}.',
    'cp.lead': 'Vad som ska kommuniceras, i vilken kanal, till vem och när.',
    'cp.items': 'Planerad kommunikation',
    'cp.none': 'Ingen kommunikation planerad ännu.',
    'cp.title': 'Vad',
    'cp.channel': 'Kanal',
    'cp.audience': 'Målgrupp',
    'cp.recurrence': 'Återkommande',
    'cp.one-off': 'En gång',
    'cp.continuous': 'Löpande',
    'cp.dueOn': 'Senast',
    'cp.add': 'Lägg till i planen',
  },
  {
    saved: 'Saved.',
    'fa.lead': 'Choose {count} focus areas and the need categories each of them answers.',
    'fa.include': 'Include the focus area',
    'fa.categories': 'Need categories for {area}',
    'fa.needs': '{n} needs',
    'fa.save': 'Save the focus areas',
    'cm.lead': 'Which bodies hold each role of the collaboration model, and who in the steering group decides at the gate.',
    'cm.bodies': '{role}: bodies (one per line)',
    'cm.owner': 'Decision maker at the gate',
    'cm.choose': 'Choose a person …',
    'cm.save': 'Save the collaboration model',
    'nw.lead': 'One contact person per department and company. Start the network with the time of the first meeting.',
    'nw.members': 'Members',
    'nw.none': 'No members yet.',
    'nw.organization': 'Department/company',
    'nw.contact': 'Contact person',
    'nw.add': 'Add to the network',
    'nw.kickoff': 'First meeting',
    'nw.start': 'Start the network',
    'nw.started': 'The network is started; first meeting {when}.',
    'cp.lead': 'What is to be communicated, in which channel, to whom and when.',
    'cp.items': 'Planned communication',
    'cp.none': 'No communication planned yet.',
    'cp.title': 'What',
    'cp.channel': 'Channel',
    'cp.audience': 'Audience',
    'cp.recurrence': 'Recurrence',
    'cp.one-off': 'Once',
    'cp.continuous': 'Continuous',
    'cp.dueOn': 'By',
    'cp.add': 'Add to the plan',
  },
);

const everyone = () => ok(api.GET('/persons', { params: { query: { limit: 100 } } }));

/** The screens of Skola först's step kinds, by kind. */
const SCREENS: Record<string, (props: { program: Program; governance: Governance }) => JSX.Element> = {
  'focus-areas': ({ program, governance }) => <FocusAreas program={program} governance={governance} />,
  'collaboration-model': ({ program, governance }) => <CollaborationModel program={program} governance={governance} />,
  'contact-network': ({ program }) => <NetworkSetup program={program} />,
  'communication-plan': ({ program, governance }) => <CommunicationPlan program={program} governance={governance} />,
};

export function PhaseOneStepForm({ kind, program, governance }: { kind: string; program: Program; governance: Governance }) {
  const Screen = SCREENS[kind];
  return Screen ? <Screen program={program} governance={governance} /> : null;
}

function FocusAreas({ program, governance }: { program: Program; governance: Governance }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const current = useLoad(
    () => ok(api.GET('/programs/{id}/focus-areas', { params: { path: { id: program.id } } })),
    [program.id],
  );
  const [chosen, setChosen] = useState<Record<string, string[]> | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <Loading resource={current}>
      {(c) => {
        const selection = chosen ?? Object.fromEntries(c.focusAreas.map((f) => [f.key, f.categories.map((x) => x.key)]));
        const toggle = (area: string, category: string | null, on: boolean) => {
          setSaved(false);
          const next = { ...selection };
          if (category === null) {
            if (on) next[area] = next[area] ?? [];
            else delete next[area];
          } else next[area] = on ? [...(next[area] ?? []), category] : (next[area] ?? []).filter((k) => k !== category);
          setChosen(next);
        };
        const save = async (e: Event) => {
          e.preventDefault();
          const focusAreas = governance.focusAreas.suggestions.filter((s) => selection[s.key]).map((s) => ({ key: s.key, categoryKeys: selection[s.key] }));
          if ((await command.run(() => succeeded(api.PUT('/programs/{id}/focus-areas', { params: { path: { id: program.id } }, body: { focusAreas } })))) !== undefined) setSaved(true);
        };
        return (
          <form onSubmit={save} data-testid="focus-areas-form">
            <p>{text('fa.lead', { count: governance.focusAreas.count })}</p>
            {governance.focusAreas.suggestions.map((s) => (
              <fieldset key={s.key}>
                <legend>
                  <input type="checkbox" id={`fa-${s.key}`} checked={Boolean(selection[s.key])} onChange={(e) => toggle(s.key, null, e.currentTarget.checked)} />
                  <label for={`fa-${s.key}`}>{l(s.name)}</label>
                </legend>
                {selection[s.key] ? (
                  <div role="group" aria-label={text('fa.categories', { area: l(s.name) })}>
                    {governance.needCategories.map((cat) => (
                      <span key={cat.key} class="check">
                        <input
                          type="checkbox"
                          id={`fa-${s.key}-${cat.key}`}
                          checked={selection[s.key].includes(cat.key)}
                          onChange={(e) => toggle(s.key, cat.key, e.currentTarget.checked)}
                        />
                        <label for={`fa-${s.key}-${cat.key}`}>
                          {l(cat.name)} <span class="muted">({text('fa.needs', { n: c.needsPerCategory.find((n) => n.key === cat.key)?.count ?? 0 })})</span>
                        </label>
                      </span>
                    ))}
                  </div>
                ) : null}
              </fieldset>
            ))}
            <button type="submit" disabled={command.busy}>
              {text('fa.save')}
            </button>
            {saved ? <Success>{text('saved')}</Success> : null}
            <ProblemAlert error={command.error} />
          </form>
        );
      }}
    </Loading>
  );
}

function CollaborationModel({ program, governance }: { program: Program; governance: Governance }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const [bodies, setBodies] = useState<Record<string, string>>(() => Object.fromEntries(governance.collaborationRoles.map((r) => [r.key, r.suggestedBodies.join('\n')])));
  const [owner, setOwner] = useState('');
  const [saved, setSaved] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    const roles = governance.collaborationRoles.map((r) => ({ roleKey: r.key, bodies: (bodies[r.key] ?? '').split('\n').map((b) => b.trim()).filter(Boolean) }));
    if ((await command.run(() => succeeded(api.PUT('/programs/{id}/collaboration-model', { params: { path: { id: program.id } }, body: { roles, gateOwnerId: owner } })))) !== undefined) setSaved(true);
  };
  return (
    <form onSubmit={save} data-testid="collaboration-model-form">
      <p>{text('cm.lead')}</p>
      {governance.collaborationRoles.map((r) => (
        <div key={r.key}>
          <label for={`cm-${r.key}`}>{text('cm.bodies', { role: l(r.name) })}</label>
          <textarea id={`cm-${r.key}`} rows={3} value={bodies[r.key]} onInput={(e) => setBodies({ ...bodies, [r.key]: e.currentTarget.value })} />
        </div>
      ))}
      <label for="cm-owner">{text('cm.owner')}</label>
      <DecisionMakerSelect id="cm-owner" value={owner} placeholder={text('cm.choose')} onChange={setOwner} />
      <div>
        <button type="submit" disabled={command.busy}>
          {text('cm.save')}
        </button>
      </div>
      {saved ? <Success>{text('saved')}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}

function NetworkSetup({ program }: { program: Program }) {
  const { dateTime } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const network = useLoad(() => ok(api.GET('/programs/{id}/network', { params: { path: { id: program.id } } })), [program.id]);
  const persons = useLoad(everyone, []);
  const organizations = useLoad(() => ok(api.GET('/organizations', { params: { query: { limit: 100 } } })), []);
  const [organizationId, setOrganizationId] = useState('');
  const [personId, setPersonId] = useState('');
  const [kickoff, setKickoff] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    if ((await command.run(() => succeeded(api.POST('/programs/{id}/network/members', { params: { path: { id: program.id } }, body: { organizationId, personId } })))) !== undefined) {
      setPersonId('');
      network.reload();
    }
  };
  const start = async (e: Event) => {
    e.preventDefault();
    // datetime-local is the person's own (Swedish) wall-clock time.
    if ((await command.run(() => succeeded(api.POST('/programs/{id}/network/start', { params: { path: { id: program.id } }, body: { kickoffAt: new Date(kickoff).toISOString() } })))) !== undefined) network.reload();
  };
  const contacts = (persons.data?.items ?? []).filter((p) => p.role === 'contact_person' && p.organizationId === organizationId);
  return (
    <div data-testid="network-form">
      <p>{text('nw.lead')}</p>
      <Loading resource={network}>
        {(n) => (
          <>
            <h3>{text('nw.members')}</h3>
            {n.members.length ? (
              <ul data-testid="network-setup-members">
                {n.members.map((m) => (
                  <li key={m.id}>
                    {m.organization}: {m.contactPerson}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{text('nw.none')}</p>
            )}
            {n.started ? <Success>{text('nw.started', { when: dateTime(n.kickoffAt) })}</Success> : null}
          </>
        )}
      </Loading>
      <form onSubmit={add} class="inline-fields">
        <div>
          <label for="nw-organization">{text('nw.organization')}</label>
          <select id="nw-organization" required value={organizationId} onChange={(e) => (setOrganizationId(e.currentTarget.value), setPersonId(''))}>
            <option value="" />
            {(organizations.data?.items ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="nw-contact">{text('nw.contact')}</label>
          <select id="nw-contact" required value={personId} onChange={(e) => setPersonId(e.currentTarget.value)}>
            <option value="" />
            {contacts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" disabled={command.busy}>
            {text('nw.add')}
          </button>
        </div>
      </form>
      {network.data && !network.data.started ? (
        <form onSubmit={start} class="inline-fields">
          <div>
            <label for="nw-kickoff">{text('nw.kickoff')}</label>
            <input id="nw-kickoff" type="datetime-local" required value={kickoff} onInput={(e) => setKickoff(e.currentTarget.value)} />
          </div>
          <div>
            <button type="submit" disabled={command.busy}>
              {text('nw.start')}
            </button>
          </div>
        </form>
      ) : null}
      <ProblemAlert error={command.error} />
    </div>
  );
}

function CommunicationPlan({ program, governance }: { program: Program; governance: Governance }) {
  const { l, date } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const items = useLoad(() => ok(api.GET('/programs/{id}/communication-plan', { params: { path: { id: program.id } } })), [program.id]);
  const [title, setTitle] = useState('');
  const [channel, setChannel] = useState(governance.communicationChannels[0]?.key ?? '');
  const [audience, setAudience] = useState(governance.communicationAudiences[0]?.key ?? '');
  const [recurrence, setRecurrence] = useState<'one-off' | 'continuous'>('one-off');
  const [dueOn, setDueOn] = useState('');
  const label = (list: { key: string; name: Localized }[], key: string) => l(list.find((x) => x.key === key)?.name) || key;
  const add = async (e: Event) => {
    e.preventDefault();
    if ((await command.run(() =>
        succeeded(api.POST('/programs/{id}/communication-plan', { params: { path: { id: program.id } }, body: { title: title.trim(), channel, audience, recurrence, dueOn } })),
      )) !== undefined) {
      setTitle('');
      items.reload();
    }
  };
  return (
    <div data-testid="communication-plan-form">
      <p>{text('cp.lead')}</p>
      <h3>{text('cp.items')}</h3>
      <Loading resource={items}>
        {(list) =>
          list.length ? (
            <table data-testid="communication-plan">
              <Head columns={[text('cp.title'), text('cp.channel'), text('cp.audience'), text('cp.recurrence'), text('cp.dueOn')]} />
              <tbody>
                {list.map((i) => (
                  <tr key={i.id}>
                    <td>{i.title}</td>
                    <td>{label(governance.communicationChannels, i.channelKey)}</td>
                    <td>{label(governance.communicationAudiences, i.audienceKey)}</td>
                    <td>{text(`cp.${i.recurrence}`)}</td>
                    <td>{date(i.dueOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{text('cp.none')}</p>
          )
        }
      </Loading>
      <form onSubmit={add}>
        <label for="cp-title">{text('cp.title')}</label>
        <input id="cp-title" type="text" required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        <div class="inline-fields">
          <div>
            <label for="cp-channel">{text('cp.channel')}</label>
            <select id="cp-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value)}>
              {governance.communicationChannels.map((c) => (
                <option key={c.key} value={c.key}>
                  {l(c.name)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="cp-audience">{text('cp.audience')}</label>
            <select id="cp-audience" value={audience} onChange={(e) => setAudience(e.currentTarget.value)}>
              {governance.communicationAudiences.map((a) => (
                <option key={a.key} value={a.key}>
                  {l(a.name)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="cp-due">{text('cp.dueOn')}</label>
            <input id="cp-due" type="date" required value={dueOn} onInput={(e) => setDueOn(e.currentTarget.value)} />
          </div>
        </div>
        <fieldset>
          <legend>{text('cp.recurrence')}</legend>
          {(['one-off', 'continuous'] as const).map((r) => (
            <span key={r} class="check">
              <input type="radio" id={`cp-${r}`} name="cp-recurrence" checked={recurrence === r} onChange={() => setRecurrence(r)} />
              <label for={`cp-${r}`}>{text(`cp.${r}`)}</label>
            </span>
          ))}
        </fieldset>
        <button type="submit" disabled={command.busy}>
          {text('cp.add')}
        </button>
      </form>
      <ProblemAlert error={command.error} />
    </div>
  );
}
