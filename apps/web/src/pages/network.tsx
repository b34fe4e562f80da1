import { useState } from 'preact/hooks';
import { api, ok, succeeded, type Schemas } from '../api.js';
import { Loading, ProblemAlert, StatusBadge, Success } from '../components/feedback.js';
import { ProgramFrame, PROGRAM_PAGES, useProgram } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useCommand, useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, type Me } from '../session.js';

const M = defineMessages(
  {
    lead: 'Kontaktpersonsnätverket: en kontaktperson per förvaltning och bolag, med nätverksträffar i den takt programmet har bestämt.',
    notStarted: 'Nätverket har inte startat ännu (steget Nätverk i fas I).',
    kickoff: 'Första träffen',
    members: 'Medlemmar',
    organization: 'Förvaltning/bolag',
    contact: 'Kontaktperson',
    joined: 'Med sedan',
    left: 'Lämnade',
    meetings: 'Nätverksträffar',
    number: 'Nr',
    when: 'Tid',
    attendance: 'Närvaro',
    minutes: 'Minnesanteckningar',
    recorded: 'Registrerad',
    upcoming: 'Kommande',
    record: 'Registrera närvaro och anteckningar för träff {n}',
    present: 'Närvarande',
    save: 'Spara träff {n}',
    saved: 'Träff {n} är registrerad.',
  },
  {
    lead: 'The contact-person network: one contact person per department and company, meeting at the cadence the program decided.',
    notStarted: 'The network has not started yet (the Network step of phase I).',
    kickoff: 'First meeting',
    members: 'Members',
    organization: 'Department/company',
    contact: 'Contact person',
    joined: 'Member since',
    left: 'Left',
    meetings: 'Network meetings',
    number: 'No.',
    when: 'Time',
    attendance: 'Attendance',
    minutes: 'Minutes',
    recorded: 'Recorded',
    upcoming: 'Upcoming',
    record: 'Record attendance and minutes of meeting {n}',
    present: 'Present',
    save: 'Save meeting {n}',
    saved: 'Meeting {n} is recorded.',
  },
);

/** How many attended a recorded meeting (attendeeIds lists only those the reader may know). */
const attended = (m: Schemas['NetworkMeetingView']): number => m.attendees ?? m.attendeeIds?.length ?? 0;

export function ProgramNetwork({ me, params }: { me: Me; params: { id: string } }) {
  const { date, dateTime } = useI18n();
  const text = useMessages(M);
  const pages = useMessages(PROGRAM_PAGES);
  const program = useProgram(params.id);
  const network = useLoad(() => ok(api.GET('/programs/{id}/network', { params: { path: { id: params.id } } })), [params.id], 10_000, (c) => c.programId === params.id);
  return (
    <ProgramFrame program={program} page={pages('network')}>
      {() => (
        <Loading resource={network}>
          {(n) => {
            const current = n.members.filter((m) => !m.leftAt);
            const next = n.meetings.find((m) => !m.recordedAt && new Date(m.startsAt) <= new Date());
            return (
              <>
                <p>{text('lead')}</p>
                {!n.started ? <p class="alert alert-info">{text('notStarted')}</p> : <p>{text('kickoff')}: {dateTime(n.kickoffAt)}</p>}
                <h2>{text('members')}</h2>
                <table data-testid="network-members">
                  <Head columns={[text('organization'), text('contact'), text('joined'), text('left')]} />
                  <tbody>
                    {n.members.map((m) => (
                      <tr key={m.id}>
                        <td>{m.organization}</td>
                        <td>{m.contactPerson ?? '–'}</td>
                        <td>{date(m.joinedAt)}</td>
                        <td>{m.leftAt ? date(m.leftAt) : '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <h2>{text('meetings')}</h2>
                <table data-testid="network-meetings">
                  <Head columns={[{ text: text('number'), num: true }, text('when'), text('attendance'), text('minutes')]} />
                  <tbody>
                    {n.meetings.map((m) => (
                      <tr key={m.number}>
                        <td class="num">{m.number}</td>
                        <td>{dateTime(m.startsAt)}</td>
                        <td>{m.recordedAt ? `${attended(m)} / ${current.length}` : <StatusBadge status="pending" label={text('upcoming')} />}</td>
                        <td>{m.minutes ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {isOffice(me) && next ? <RecordMeeting programId={params.id} number={next.number} members={current} onSaved={network.reload} /> : null}
              </>
            );
          }}
        </Loading>
      )}
    </ProgramFrame>
  );
}

function RecordMeeting({ programId, number, members, onSaved }: { programId: string; number: number; members: Schemas['NetworkView']['members']; onSaved(): void }) {
  const text = useMessages(M);
  const command = useCommand();
  const [present, setPresent] = useState<string[]>([]);
  const [minutes, setMinutes] = useState('');
  const [saved, setSaved] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const ok = await command.run(() =>
      succeeded(api.PUT('/programs/{id}/network/meetings/{number}', { params: { path: { id: programId, number } }, body: { attendeeIds: present, minutes: minutes.trim() } })),
    );
    if (ok) {
      setSaved(true);
      onSaved();
    }
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="record-meeting">
      <h2 id="record-meeting">{text('record', { n: number })}</h2>
      <fieldset>
        <legend>{text('present')}</legend>
        {members.flatMap((m) => (m.personId ? [{ ...m, personId: m.personId }] : [])).map((m) => (
          <div key={m.personId}>
            <input
              type="checkbox"
              id={`present-${m.personId}`}
              checked={present.includes(m.personId)}
              onChange={(e) => setPresent(e.currentTarget.checked ? [...present, m.personId] : present.filter((x) => x !== m.personId))}
            />
            <label for={`present-${m.personId}`}>
              {m.contactPerson} ({m.organization})
            </label>
          </div>
        ))}
      </fieldset>
      <label for="meeting-minutes">{text('minutes')}</label>
      <textarea id="meeting-minutes" required maxLength={20000} value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
      <div>
        <button type="submit" class="primary" disabled={command.busy}>
          {text('save', { n: number })}
        </button>
      </div>
      {saved ? <Success>{text('saved', { n: number })}</Success> : null}
      <ProblemAlert error={command.error} />
    </form>
  );
}
