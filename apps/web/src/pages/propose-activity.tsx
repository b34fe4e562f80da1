import { useState } from 'preact/hooks';
import { api, ok, succeeded } from '../api.js';
import { ProblemAlert, Success } from '../components/feedback.js';
import type { Governance } from '../components/program-frame.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Labelled } from '../types.js';

const M = defineMessages(
  {
    heading: 'Föreslå en aktivitet',
    lead: 'En aktivitet i fas II startar sitt eget arbetsflöde: planering (en uppgift för den ansvariga kontaktpersonen), genomförande och utvärdering.',
    title: 'Aktivitet',
    description: 'Beskrivning',
    focusAreas: 'Fokusområden',
    levels: 'Nivåer',
    owners: 'Ägande förvaltningar och bolag (nätverkets medlemmar)',
    responsible: 'Ansvarig kontaktperson',
    choose: 'Välj …',
    method: 'Metod',
    goals: 'Effektmål som aktiviteten bidrar till',
    indicators: 'Indikatorer som aktiviteten ska flytta',
    start: 'Planerad start',
    end: 'Planerat slut',
    submit: 'Föreslå aktiviteten',
    proposed: 'Aktiviteten "{title}" är föreslagen; planeringsuppgiften har gått till den ansvariga.',
  },
  {
    heading: 'Propose an activity',
    lead: 'A phase II activity starts its own workflow: planning (a task for the responsible contact person), execution and evaluation.',
    title: 'Activity',
    description: 'Description',
    focusAreas: 'Focus areas',
    levels: 'Levels',
    owners: "Owning departments and companies (the network's members)",
    responsible: 'Responsible contact person',
    choose: 'Choose …',
    method: 'Method',
    goals: 'Effect goals the activity serves',
    indicators: 'Indicators the activity should move',
    start: 'Planned start',
    end: 'Planned end',
    submit: 'Propose the activity',
    proposed: 'The activity "{title}" is proposed; its planning task has gone to the person responsible.',
  },
);

/** Checkboxes for a set of keys (focus areas, levels, owners, goals). */
function Checks<T extends string | number>({ legend, name, options, value, onChange }: { legend: string; name: string; options: { key: T; label: string }[]; value: T[]; onChange(v: T[]): void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <span key={String(o.key)} class="check">
          <input type="checkbox" id={`${name}-${o.key}`} checked={value.includes(o.key)} onChange={(e) => onChange(e.currentTarget.checked ? [...value, o.key] : value.filter((v) => v !== o.key))} />
          <label for={`${name}-${o.key}`}>{o.label}</label>
        </span>
      ))}
    </fieldset>
  );
}

export function ProposeActivity({ programId, focusAreas, levels, governance, onProposed }: { programId: string; focusAreas: Labelled[]; levels: Labelled[]; governance: Governance; onProposed(): void }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const network = useLoad(() => ok(api.GET('/programs/{id}/network', { params: { path: { id: programId } } })), [programId]);
  const members = (network.data?.members ?? []).filter((m) => !m.leftAt);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [areas, setAreas] = useState<string[]>([]);
  const [levelKeys, setLevelKeys] = useState<string[]>([]);
  const [owners, setOwners] = useState<string[]>([]);
  const [responsibleId, setResponsibleId] = useState('');
  const [methodKey, setMethodKey] = useState(governance.methods[0]?.key ?? '');
  const [goals, setGoals] = useState<number[]>([]);
  const [indicatorIds, setIndicatorIds] = useState<string[]>([]);
  const effectGoals = useLoad(() => ok(api.GET('/programs/{id}/effect-goals', { params: { path: { id: programId } } })), [programId]);
  // The indicators of the chosen goals only: an activity names those it should move.
  const indicatorOptions = (effectGoals.data ?? []).filter((g) => goals.includes(g.number)).flatMap((g) => g.indicators);
  const chosenIndicators = indicatorIds.filter((id) => indicatorOptions.some((i) => i.id === id));
  const [plannedStart, setStart] = useState('');
  const [plannedEnd, setEnd] = useState('');
  const [proposed, setProposed] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setProposed(null);
    const body = { title: title.trim(), description, focusAreaKeys: areas, levelKeys, ownerOrganizationIds: owners, responsibleId, methodKey, effectGoalNumbers: goals, indicatorIds: chosenIndicators, plannedStart, plannedEnd };
    if ((await command.run(() => succeeded(api.POST('/programs/{id}/activities', { params: { path: { id: programId } }, body })))) !== undefined) {
      setProposed(body.title);
      setTitle('');
      setDescription('');
      onProposed();
    }
  };
  const responsibleOptions = members.flatMap((m) => (m.personId && owners.includes(m.organizationId) ? [{ ...m, personId: m.personId }] : []));
  return (
    <section class="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">{text('heading')}</h2>
      <p class="hint">{text('lead')}</p>
      <form onSubmit={submit} data-testid="propose-activity">
        <label for="activity-title">{text('title')}</label>
        <input id="activity-title" type="text" required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        <label for="activity-description">{text('description')}</label>
        <textarea id="activity-description" maxLength={10_000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        <Checks legend={text('focusAreas')} name="activity-area" options={focusAreas.map((f) => ({ key: f.key, label: l(f.name) }))} value={areas} onChange={setAreas} />
        <Checks legend={text('levels')} name="activity-level" options={levels.map((v) => ({ key: v.key, label: l(v.name) }))} value={levelKeys} onChange={setLevelKeys} />
        <Checks
          legend={text('owners')}
          name="activity-owner"
          options={[...new Map(members.map((m) => [m.organizationId, m.organization])).entries()].map(([key, label]) => ({ key, label }))}
          value={owners}
          onChange={(v) => {
            setOwners(v);
            if (!members.some((m) => m.personId === responsibleId && v.includes(m.organizationId))) setResponsibleId('');
          }}
        />
        <div class="inline-fields">
          <div>
            <label for="activity-responsible">{text('responsible')}</label>
            <select id="activity-responsible" required value={responsibleId} onChange={(e) => setResponsibleId(e.currentTarget.value)}>
              <option value="">{text('choose')}</option>
              {responsibleOptions.map((m) => (
                <option key={m.personId} value={m.personId}>
                  {m.contactPerson} ({m.organization})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="activity-method">{text('method')}</label>
            <select id="activity-method" value={methodKey} onChange={(e) => setMethodKey(e.currentTarget.value)}>
              {governance.methods.map((m) => (
                <option key={m.key} value={m.key}>
                  {l(m.name)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="activity-start">{text('start')}</label>
            <input id="activity-start" type="date" required value={plannedStart} onInput={(e) => setStart(e.currentTarget.value)} />
          </div>
          <div>
            <label for="activity-end">{text('end')}</label>
            <input id="activity-end" type="date" required value={plannedEnd} onInput={(e) => setEnd(e.currentTarget.value)} />
          </div>
        </div>
        <Checks legend={text('goals')} name="activity-goal" options={governance.effectGoals.map((g) => ({ key: g.number, label: `${g.number}. ${l(g.text)}` }))} value={goals} onChange={setGoals} />
        {indicatorOptions.length ? (
          <Checks legend={text('indicators')} name="activity-indicator" options={indicatorOptions.map((i) => ({ key: i.id, label: `${i.goalNumber}. ${l(i.name)} (${i.unit})` }))} value={chosenIndicators} onChange={setIndicatorIds} />
        ) : null}
        <button type="submit" class="primary" disabled={command.busy}>
          {text('submit')}
        </button>
      </form>
      {proposed ? <Success>{text('proposed', { title: proposed })}</Success> : null}
      <ProblemAlert error={command.error} />
    </section>
  );
}
