import { api, ok, type Schemas } from '../api.js';
import { Loading } from '../components/feedback.js';
import { ProgramFrame, PROGRAM_PAGES, useProgram } from '../components/program-frame.js';
import { Head } from '../components/table.js';
import { useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Me } from '../session.js';

export type CohortSummary = Schemas['CohortSummaryView'];

const M = defineMessages(
  {
    caption: 'Programmets kullar, äldst först',
    empty: 'Programmet har inga kullar ännu.',
    name: 'Kull',
    infoMeeting: 'Informationsmöte',
    interestCloses: 'Intresseanmälan stänger',
    capacity: 'Platser',
  },
  {
    caption: "The program's cohorts, oldest first",
    empty: 'The program has no cohorts yet.',
    name: 'Cohort',
    infoMeeting: 'Info meeting',
    interestCloses: 'Interest registration closes',
    capacity: 'Places',
  },
);

export function ProgramCohorts({ params }: { me: Me; params: { id: string } }) {
  const program = useProgram(params.id);
  const pages = useMessages(PROGRAM_PAGES);
  return (
    <ProgramFrame program={program} page={pages('cohorts')}>
      {(p) => <CohortTable programId={p.id} />}
    </ProgramFrame>
  );
}

function CohortTable({ programId }: { programId: string }) {
  const { dateTime, date, number } = useI18n();
  const text = useMessages(M);
  const cohorts = useLoad(() => ok(api.GET('/programs/{id}/cohorts', { params: { path: { id: programId } } })), [programId]);
  return (
    <Loading resource={cohorts}>
      {(list) =>
        list.length ? (
          <table data-testid="cohort-list">
            <caption>{text('caption')}</caption>
            <Head columns={[text('name'), text('infoMeeting'), text('interestCloses'), { text: text('capacity'), num: true }]} />
            <tbody>
              {list.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={`/app/cohorts/${c.id}`}>{c.name}</a>
                  </th>
                  <td>{dateTime(c.infoMeetingAt)}</td>
                  <td>{date(c.interestClosesAt)}</td>
                  <td class="num">{number(c.capacity)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{text('empty')}</p>
        )
      }
    </Loading>
  );
}
