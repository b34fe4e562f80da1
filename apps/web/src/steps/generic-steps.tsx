import { useState } from 'preact/hooks';
import { api, ok } from '../api.js';
import { Loading, ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { DecisionMakerSelect } from '../components/decision-maker-select.js';
import { isOffice, type Me } from '../session.js';
import type { Schemas } from '../api.js';
import type { Program } from '../types.js';

type Step = Schemas['StepView'];

const M = defineMessages(
  {
    save: 'Spara',
    saved: 'Sparat.',
    problems: 'Innan steget kan slutföras',
    'form.yes': 'Ja',
    'form.no': 'Nej',
    'form.choose': 'Välj …',
    'checklist.evidence': 'Länk till underlag för {item}',
    'checklist.required': 'underlag krävs',
    'document.deliverable': 'Leverans',
    'document.versions': 'Versioner',
    'document.none': 'Ingen version är registrerad ännu.',
    'document.title': 'Titel',
    'document.link': 'Länk till dokumentet',
    'document.add': 'Registrera en ny version',
    'document.added': 'Versionen är registrerad.',
    'document.approve': 'Godkänn version {version}',
    'document.approved': 'Version {version} är godkänd.',
    'owner.heading': 'Styrgruppens beslutsfattare',
    'owner.lead': 'Den som beslutar vid programmets beslutspunkter (behörigheten gate.decide).',
    'owner.choose': 'Välj beslutsfattare …',
    'owner.save': 'Utse beslutsfattaren',
    'owner.saved': 'Beslutsfattaren är utsedd.',
  },
  {
    save: 'Save',
    saved: 'Saved.',
    problems: 'Before the step can complete',
    'form.yes': 'Yes',
    'form.no': 'No',
    'form.choose': 'Choose …',
    'checklist.evidence': 'Link to the evidence for {item}',
    'checklist.required': 'evidence required',
    'document.deliverable': 'Deliverable',
    'document.versions': 'Versions',
    'document.none': 'No version has been recorded yet.',
    'document.title': 'Title',
    'document.link': 'Link to the document',
    'document.add': 'Record a new version',
    'document.added': 'The version is recorded.',
    'document.approve': 'Approve version {version}',
    'document.approved': 'Version {version} is approved.',
    'owner.heading': "The steering group's decision maker",
    'owner.lead': "Who decides at the program's decision points (the gate.decide permission).",
    'owner.choose': 'Choose the decision maker …',
    'owner.save': 'Name the decision maker',
    'owner.saved': 'The decision maker is named.',
  },
);

/** The screen of a step of a generic kind (form, checklist, document): its data and what keeps it from completing. */
export function GenericStep({ me, program, stepKey, open, onChange }: { me: Me; program: Program; stepKey: string; open: boolean; onChange(): void }) {
  const step = useLoad(() => ok(api.GET('/programs/{id}/steps/{stepKey}', { params: { path: { id: program.id, stepKey } } })), [program.id, stepKey]);
  const editable = open && isOffice(me);
  return (
    <Loading resource={step}>
      {(s) => (
        <div data-testid={`step-${s.kind}`}>
          {s.kind === 'form' ? <FormStep program={program} step={s} editable={editable} onSaved={step.reload} /> : null}
          {s.kind === 'checklist' ? <ChecklistStep program={program} step={s} editable={editable} onSaved={step.reload} /> : null}
          {s.kind === 'document' ? <DocumentStep me={me} program={program} step={s} editable={open} onSaved={step.reload} /> : null}
          <Problems step={s} onChange={onChange} />
        </div>
      )}
    </Loading>
  );
}

function Problems({ step }: { step: Step; onChange(): void }) {
  const text = useMessages(M);
  if (!step.problems.length || step.status !== 'open') return null;
  return (
    <div class="alert alert-info" data-testid="step-problems">
      <strong>{text('problems')}:</strong>
      <ul>
        {step.problems.map((p) => (
          <li key={p.message}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
}

function FormStep({ program, step, editable, onSaved }: { program: Program; step: Step; editable: boolean; onSaved(): void }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const [answers, setAnswers] = useState<Record<string, string | number | boolean>>((step.answers ?? {}) as Record<string, string | number | boolean>);
  const [saved, setSaved] = useState(false);
  const set = (key: string, value: string | number | boolean | undefined) => {
    setSaved(false);
    const next = { ...answers };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    setAnswers(next);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const res = await command.run(() => ok(api.PUT('/programs/{id}/steps/{stepKey}/form', { params: { path: { id: program.id, stepKey: step.key } }, body: { answers } })));
    if (res !== undefined) {
      setSaved(true);
      onSaved();
    }
  };
  return (
    <form onSubmit={save} data-testid="form-step">
      {(step.fields ?? []).map((f) => {
        const id = `field-${f.key}`;
        const value = answers[f.key];
        const label = (
          <label for={id}>
            {l(f.label)}
            {f.required ? ' *' : ''}
          </label>
        );
        if (f.type === 'boolean') {
          return (
            <div key={f.key} class="check">
              <input type="checkbox" id={id} disabled={!editable} checked={value === true} onChange={(e) => set(f.key, e.currentTarget.checked)} />
              {label}
            </div>
          );
        }
        if (f.type === 'choice') {
          return (
            <div key={f.key}>
              {label}
              <select id={id} disabled={!editable} value={String(value ?? '')} onChange={(e) => set(f.key, e.currentTarget.value)}>
                <option value="">{text('form.choose')}</option>
                {(f.options ?? []).map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
          );
        }
        return (
          <div key={f.key}>
            {label}
            {f.type === 'text' && (f.maxLength ?? 5000) > 200 ? (
              <textarea id={id} rows={3} disabled={!editable} maxLength={f.maxLength ?? 5000} value={String(value ?? '')} onInput={(e) => set(f.key, e.currentTarget.value)} />
            ) : (
              <input
                id={id}
                type={(f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : 'text') as 'text'}
                disabled={!editable}
                maxLength={f.type === 'text' ? (f.maxLength ?? 5000) : 100}
                value={value === undefined ? '' : String(value)}
                onInput={(e) => set(f.key, inputValue(f.type, e.currentTarget.value))}
              />
            )}
          </div>
        );
      })}
      {editable ? (
        <div>
          <button type="submit" disabled={command.busy}>
            {text('save')}
          </button>
        </div>
      ) : null}
      {saved ? <Success>{text('saved')}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}

/** A typed field's value from its input: a number for a number field (none when empty), the text otherwise. */
function inputValue(type: string, raw: string): string | number | undefined {
  if (type !== 'number') return raw;
  return raw === '' ? undefined : Number(raw);
}

function ChecklistStep({ program, step, editable, onSaved }: { program: Program; step: Step; editable: boolean; onSaved(): void }) {
  const { l } = useI18n();
  const text = useMessages(M);
  const command = useCommand();
  const items = step.items ?? [];
  const [state, setState] = useState(() => Object.fromEntries(items.map((i) => [i.key, { done: i.done, evidence: i.evidenceLink ?? '' }])));
  const [saved, setSaved] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    const body = { items: items.map((i) => ({ key: i.key, done: state[i.key].done, ...(state[i.key].evidence.trim() ? { evidence: state[i.key].evidence.trim() } : {}) })) };
    const res = await command.run(() => ok(api.PUT('/programs/{id}/steps/{stepKey}/checklist', { params: { path: { id: program.id, stepKey: step.key } }, body })));
    if (res !== undefined) {
      setSaved(true);
      onSaved();
    }
  };
  return (
    <form onSubmit={save} data-testid="checklist-step">
      <ul class="plain">
        {items.map((i) => (
          <li key={i.key}>
            <span class="check">
              <input type="checkbox" id={`item-${i.key}`} disabled={!editable} checked={state[i.key].done} onChange={(e) => setState({ ...state, [i.key]: { ...state[i.key], done: e.currentTarget.checked } })} />
              <label for={`item-${i.key}`}>
                {l(i.name)}
                {i.evidence === 'required' ? ` (${text('checklist.required')})` : ''}
              </label>
            </span>
            {i.evidence !== 'none' ? (
              <>
                <label for={`evidence-${i.key}`} class="visually-hidden">
                  {text('checklist.evidence', { item: l(i.name) })}
                </label>
                <input
                  id={`evidence-${i.key}`}
                  type="url"
                  placeholder="https://"
                  disabled={!editable}
                  maxLength={2000}
                  value={state[i.key].evidence}
                  onInput={(e) => setState({ ...state, [i.key]: { ...state[i.key], evidence: e.currentTarget.value } })}
                />
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <button type="submit" disabled={command.busy}>
          {text('save')}
        </button>
      ) : null}
      {saved ? <Success>{text('saved')}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}

function DocumentStep({ me, program, step, editable, onSaved }: { me: Me; program: Program; step: Step; editable: boolean; onSaved(): void }) {
  const { l, dateTime } = useI18n();
  const text = useMessages(M);
  const add = useCommand();
  const approve = useCommand();
  const [title, setTitle] = useState('');
  const [link, setLink] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const versions = step.versions ?? [];
  const latest = versions.at(-1);
  const approver = isOffice(me) || me.id === program.position?.gateOwnerId;
  const record = async (e: Event) => {
    e.preventDefault();
    const res = await add.run(() => ok(api.POST('/programs/{id}/steps/{stepKey}/document/versions', { params: { path: { id: program.id, stepKey: step.key } }, body: { title, link } })));
    if (res !== undefined) {
      setTitle('');
      setLink('');
      setDone(text('document.added'));
      onSaved();
    }
  };
  const approveLatest = async () => {
    const res = await approve.run(() => ok(api.POST('/programs/{id}/steps/{stepKey}/document/approval', { params: { path: { id: program.id, stepKey: step.key } }, body: { version: latest!.version } })));
    if (res !== undefined) {
      setDone(text('document.approved', { version: latest!.version }));
      onSaved();
    }
  };
  return (
    <div data-testid="document-step">
      <p>
        <strong>{text('document.deliverable')}:</strong> {step.deliverable ? l(step.deliverable) : null}
      </p>
      <h4>{text('document.versions')}</h4>
      {versions.length ? (
        <ol>
          {versions.map((v) => (
            <li key={v.version}>
              <a href={v.link} rel="noopener noreferrer">
                {v.title}
              </a>{' '}
              <span class="muted">({dateTime(v.recordedAt)})</span>{' '}
              {step.approved?.version === v.version ? <StatusBadge status="approved" label={text('document.approved', { version: v.version })} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{text('document.none')}</p>
      )}
      {editable && isOffice(me) ? (
        <form onSubmit={record} class="inline-fields" aria-label={text('document.add')}>
          <label for="doc-title">{text('document.title')}</label>
          <input id="doc-title" required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          <label for="doc-link">{text('document.link')}</label>
          <input id="doc-link" type="url" required maxLength={2000} placeholder="https://" value={link} onInput={(e) => setLink(e.currentTarget.value)} />
          <button type="submit" disabled={add.busy}>
            {text('document.add')}
          </button>
        </form>
      ) : null}
      {editable && approver && latest && step.approved?.version !== latest.version ? (
        <button type="button" disabled={approve.busy} onClick={approveLatest}>
          {text('document.approve', { version: latest.version })}
        </button>
      ) : null}
      {done ? <Success>{done}</Success> : null}
      <ProblemAlert error={add.error ?? approve.error} />
    </div>
  );
}

/** Names the decision maker of a program whose template has no collaboration-model step. */
export function GateOwnerForm({ program, onChange }: { program: Program; onChange(): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const [owner, setOwner] = useState(program.position?.gateOwnerId ?? '');
  const [saved, setSaved] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    const res = await command.run(() => ok(api.PUT('/programs/{id}/gate-owner', { params: { path: { id: program.id } }, body: { personId: owner } })));
    if (res !== undefined) {
      setSaved(true);
      onChange();
    }
  };
  return (
    <form onSubmit={save} class="card" aria-labelledby="gate-owner-heading" data-testid="gate-owner-form">
      <h2 id="gate-owner-heading">{text('owner.heading')}</h2>
      <p>{text('owner.lead')}</p>
      <label for="gate-owner">{text('owner.heading')}</label>
      <DecisionMakerSelect id="gate-owner" value={owner} placeholder={text('owner.choose')} onChange={setOwner} />
      <div>
        <button type="submit" disabled={command.busy}>
          {text('owner.save')}
        </button>
      </div>
      {saved ? <Success>{text('owner.saved')}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}
