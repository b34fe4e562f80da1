import { useState } from 'preact/hooks';
import { api, ok, succeeded } from '../api.js';
import { Loading, ProblemAlert, Success } from '../components/feedback.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Me } from '../session.js';

const M = defineMessages(
  {
    heading: 'Frånvaro och ersättare',
    lead: 'Är du borta – semester, tjänstledighet, sjukdom? Ange vem som är din ersättare. Under tiden ser ersättaren dina uppgifter, får påminnelserna och kan slutföra dem för din räkning. Uppgifterna är fortfarande dina och kommer tillbaka när frånvaron är slut.',
    from: 'Från och med',
    to: 'Till och med',
    substitute: 'Ersättare',
    choose: 'Välj ersättare',
    save: 'Spara frånvaron',
    saved: 'Frånvaron är sparad. {name} är din ersättare.',
    active: 'Pågår: {from} – {to}, ersättare {name}',
    upcoming: 'Planerad: {from} – {to}, ersättare {name}',
    end: 'Avsluta frånvaron',
    withdraw: 'Ta bort',
    ended: 'Frånvaron är avslutad. Uppgifterna är dina igen.',
    none: 'Ingen frånvaro är inlagd.',
  },
  {
    heading: 'Absence and substitute',
    lead: 'Away — holiday, leave, illness? Name your substitute. Meanwhile they see your tasks, get the reminders and can complete them on your behalf. The tasks stay yours and come back when the absence ends.',
    from: 'From',
    to: 'Until (inclusive)',
    substitute: 'Substitute',
    choose: 'Choose a substitute',
    save: 'Save the absence',
    saved: 'The absence is saved. {name} is your substitute.',
    active: 'Now: {from} – {to}, substitute {name}',
    upcoming: 'Planned: {from} – {to}, substitute {name}',
    end: 'End the absence',
    withdraw: 'Remove',
    ended: 'The absence has ended. The tasks are yours again.',
    none: 'No absence is set.',
  },
);

/** A day picked in the page as the start of that day in the person's own time. */
const startOfDay = (day: string) => new Date(`${day}T00:00`);

/** A person's own absences with a substitute: set one, see the ones set, end one. */
export function AbsenceSection({ me }: { me: Me }) {
  const text = useMessages(M);
  const { date } = useI18n();
  const absences = useLoad(() => ok(api.GET('/persons/{id}/absences', { params: { path: { id: me.id } } })), [me.id]);
  // Who may stand in: someone of one's own role (for a contact person the list holds their own organization's only).
  const people = useLoad(() => ok(api.GET('/persons', { params: { query: { limit: 100, role: me.role } } })), [me.role]);
  const command = useCommand();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [substituteId, setSubstituteId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const name = (id: string) => people.data?.items.find((p) => p.id === id)?.displayName ?? id;
  const candidates = (people.data?.items ?? []).filter((p) => p.id !== me.id && p.organizationId === me.organizationId);
  const save = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    // Until and including the last day: the absence ends as the next day begins.
    const endsAt = startOfDay(to);
    endsAt.setDate(endsAt.getDate() + 1);
    const saved = await command.run(() => ok(api.POST('/persons/{id}/absences', { params: { path: { id: me.id } }, body: { startsAt: startOfDay(from).toISOString(), endsAt: endsAt.toISOString(), substituteId } })));
    if (saved) {
      setDone(text('saved', { name: name(saved.substituteId) }));
      absences.reload();
    }
  };
  const end = async (absenceId: string) => {
    setDone(null);
    const ended = await command.run(() => succeeded(api.DELETE('/persons/{id}/absences/{absenceId}', { params: { path: { id: me.id, absenceId } } })));
    if (ended !== undefined) {
      setDone(text('ended'));
      absences.reload();
    }
  };
  const lastDay = (endsAt: string) => date(new Date(new Date(endsAt).getTime() - 1).toISOString());
  return (
    <section class="card" aria-labelledby="absence-heading" data-testid="absence">
      <h2 id="absence-heading">{text('heading')}</h2>
      <p>{text('lead')}</p>
      <Loading resource={absences}>
        {(list) => {
          const current = list.filter((a) => new Date(a.endsAt).getTime() > Date.now());
          return current.length ? (
            <ul>
              {current.map((a) => (
                <li key={a.id} data-absence-id={a.id}>
                  {text(a.active ? 'active' : 'upcoming', { from: date(a.startsAt), to: lastDay(a.endsAt), name: name(a.substituteId) })}{' '}
                  <button type="button" disabled={command.busy} onClick={() => end(a.id)}>
                    {text(a.active ? 'end' : 'withdraw')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p>{text('none')}</p>
          );
        }}
      </Loading>
      <form onSubmit={save}>
        <label for="absence-from">{text('from')}</label>
        <input id="absence-from" type="date" required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        <label for="absence-to">{text('to')}</label>
        <input id="absence-to" type="date" required value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        <label for="absence-substitute">{text('substitute')}</label>
        <select id="absence-substitute" required value={substituteId} onChange={(e) => setSubstituteId(e.currentTarget.value)}>
          <option value="">{text('choose')}</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
        <button type="submit" disabled={command.busy}>
          {text('save')}
        </button>
      </form>
      {done ? <Success>{done}</Success> : null}
      <ProblemAlert error={command.error} />
    </section>
  );
}
