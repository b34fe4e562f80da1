import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, compact, ok, query, type Schemas } from '../api.js';
import { Chart, type ChartSeries } from '../components/chart.js';
import { Loading, StatusBadge } from '../components/feedback.js';
import { PageTitle, SubNav } from '../components/layout.js';
import { Head } from '../components/table.js';
import { useLoad } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import { isOffice, type Me } from '../session.js';
import { AdmissionWork, OfferAnswer } from './cohort-admission.js';
import { CohortEvents } from './cohort-events.js';
import { FinalReport } from './cohort-report.js';
import { JourneyCommands, type Journey } from './journey-commands.js';
import './cohort.css';

type CohortView = Schemas['CohortView'];
type Person = CohortView['admitted'][number];
type HistoryEntry = Schemas['CohortHistoryEntryView'];

const M = defineMessages(
  {
    back: 'Programmets kullar',
    infoMeeting: 'Informationsmöte {date}',
    admission: 'Antagning',
    attendees: 'Kom till informationsmötet',
    registered: 'Anmälde intresse',
    interviewed: 'Intervjuade',
    capacity: 'Platser',
    // The cohort's own count: withdrawals before the start and dropouts both (the final report tells them apart).
    withdrawn: 'Lämnade kullen (drog sig ur eller hoppade av)',
    lists: 'Antagna och listor',
    listsLead: 'En plats som blir ledig erbjuds i listornas ordning: {order}.',
    'list.admitted': 'Antagna',
    'list.withdrawn': 'Lämnade kullen',
    'list.empty': 'Ingen.',
    people: '{n} personer',
    person1: '1 person',
    history: 'Förflyttningar mellan listorna',
    historyCaption: 'Vem som flyttades från vilken lista till vilken, och när (äldst först)',
    'history.empty': 'Inga förflyttningar ännu.',
    'history.none': 'Historiken kan inte visas.',
    when: 'När',
    person: 'Person',
    event: 'Händelse',
    from: 'Från',
    to: 'Till',
    by: 'Av',
    system: 'Systemet',
    deadline: 'svar senast {date}',
    'h.listed': 'Placerad på lista',
    'h.participant_admitted': 'Antagen',
    'h.place_offered': 'Erbjuden en ledig plats',
    'h.offer_accepted': 'Tackade ja till erbjudandet',
    'h.offer_declined': 'Tackade nej till erbjudandet',
    'h.offer_expired': 'Erbjudandet gick ut utan svar',
    'h.participant_withdrawn': 'Lämnade kullen',
    'h.participant_dropped_out': 'Avbröt studierna',
    offers: 'Öppna erbjudanden',
    participants: 'Deltagare och studieplaner',
    participantsCaption: 'Antagna deltagare: senast bedömd kunskapsnivå, takt och framsteg. Välj ett namn för att se studieplanen.',
    name: 'Namn',
    level: 'Kunskapsnivå',
    pace: 'Takt',
    progress: 'Avklarade moment',
    weeksAhead: 'Veckor före plan',
    advanced: 'Avancerat spår',
    status: 'Status',
    'level.none': 'Ej bedömd',
    university: 'högskolestudier',
    'status.assessment': 'Väntar på bedömning',
    'status.studying': 'Studerar',
    'status.completed': 'Klar',
    'status.dropped': 'Avbrutit',
    'advanced.none': '–',
    'advanced.proposed': 'Föreslaget',
    'advanced.accepted': 'Ja',
    'advanced.declined': 'Avböjt',
    noJourney: 'Ingen studieplan ännu',
    plan: 'Studieplan: {name}',
    planCaption: 'Studieplan vecka för vecka, med rapporterade avklarade moment',
    week: 'Vecka',
    weekN: 'v. {n}',
    planned: 'Planerade moment',
    done: 'Avklarade',
    material: 'Öppet kursmaterial',
    'material.none': 'Inget kursmaterial är öppet ännu.',
    project: 'Projektarbete',
    'project.not-started': 'Ej påbörjat',
    'project.in-progress': 'Pågår (från vecka {week})',
    'project.submitted': 'Inlämnat vecka {week}',
    close: 'Stäng studieplanen',
    levelHistory: 'Kunskapsnivå över tid',
    levelSince: 'sedan v. {week}',
    ambition: 'Ambition',
    analytics: 'Framsteg jämfört med referenskull',
    reference: 'Referenskull',
    'reference.none': 'Ingen jämförelse',
    referenceHint: 'En tidigare kull i samma program att jämföra med.',
    ahead: 'Veckor före referenskullen (senaste vecka)',
    advancedShare: 'Andel på avancerat spår',
    perWeek: 'Avklarade moment per vecka och deltagare',
    cumulative: 'Avklarade moment per deltagare, ackumulerat',
    levels: 'Utveckling kunskapsnivå (andel av deltagarna, %)',
    items: 'Moment',
    share: 'Andel (%)',
    atStart: '{name}, vid start',
    atWeek: '{name}, vecka {week}',
    sections: 'Kullens sidor',
    'section.overview': 'Översikt',
    'section.admission': 'Antagning',
    'section.lists': 'Listor',
    'section.participants': 'Deltagare',
    'section.events': 'Händelser',
    'section.report': 'Rapport',
  },
  {
    back: "The program's cohorts",
    infoMeeting: 'Info meeting {date}',
    admission: 'Admission',
    attendees: 'Came to the info meeting',
    registered: 'Registered interest',
    interviewed: 'Interviewed',
    capacity: 'Places',
    withdrawn: 'Left the cohort (withdrew or dropped out)',
    lists: 'Admitted and lists',
    listsLead: 'A place that frees up is offered in the order of the lists: {order}.',
    'list.admitted': 'Admitted',
    'list.withdrawn': 'Left the cohort',
    'list.empty': 'Nobody.',
    people: '{n} people',
    person1: '1 person',
    history: 'Moves between the lists',
    historyCaption: 'Who moved from which list to which, and when (oldest first)',
    'history.empty': 'No moves yet.',
    'history.none': 'The history cannot be shown.',
    when: 'When',
    person: 'Person',
    event: 'Event',
    from: 'From',
    to: 'To',
    by: 'By',
    system: 'The system',
    deadline: 'answer by {date}',
    'h.listed': 'Put on a list',
    'h.participant_admitted': 'Admitted',
    'h.place_offered': 'Offered a freed place',
    'h.offer_accepted': 'Accepted the offer',
    'h.offer_declined': 'Declined the offer',
    'h.offer_expired': 'The offer expired unanswered',
    'h.participant_withdrawn': 'Left the cohort',
    'h.participant_dropped_out': 'Dropped out',
    offers: 'Open offers',
    participants: 'Participants and study plans',
    participantsCaption: 'Admitted participants: latest assessed knowledge level, pace and progress. Choose a name to see the study plan.',
    name: 'Name',
    level: 'Knowledge level',
    pace: 'Pace',
    progress: 'Completed items',
    weeksAhead: 'Weeks ahead of plan',
    advanced: 'Advanced track',
    status: 'Status',
    'level.none': 'Not assessed',
    university: 'university studies',
    'status.assessment': 'Awaiting assessment',
    'status.studying': 'Studying',
    'status.completed': 'Completed',
    'status.dropped': 'Dropped out',
    'advanced.none': '–',
    'advanced.proposed': 'Proposed',
    'advanced.accepted': 'Yes',
    'advanced.declined': 'Declined',
    noJourney: 'No study plan yet',
    plan: 'Study plan: {name}',
    planCaption: 'The study plan week by week, with the completed items reported',
    week: 'Week',
    weekN: 'wk {n}',
    planned: 'Planned items',
    done: 'Completed',
    material: 'Open course material',
    'material.none': 'No course material is open yet.',
    project: 'Project work',
    'project.not-started': 'Not started',
    'project.in-progress': 'In progress (since week {week})',
    'project.submitted': 'Handed in in week {week}',
    close: 'Close the study plan',
    levelHistory: 'Knowledge level over time',
    levelSince: 'since wk {week}',
    ambition: 'Ambition',
    analytics: 'Progress compared with a reference cohort',
    reference: 'Reference cohort',
    'reference.none': 'No comparison',
    referenceHint: 'An earlier cohort of the same program to compare with.',
    ahead: 'Weeks ahead of the reference cohort (latest week)',
    advancedShare: 'Share on the advanced track',
    perWeek: 'Completed items per week and participant',
    cumulative: 'Completed items per participant, cumulative',
    levels: 'Knowledge-level development (share of participants, %)',
    items: 'Items',
    share: 'Share (%)',
    atStart: '{name}, at the start',
    atWeek: '{name}, week {week}',
    sections: "The cohort's pages",
    'section.overview': 'Overview',
    'section.admission': 'Admission',
    'section.lists': 'Lists',
    'section.participants': 'Participants',
    'section.events': 'Events',
    'section.report': 'Report',
  },
);
type Text = ReturnType<typeof useMessages<keyof typeof M.sv>>;
type Localize = ReturnType<typeof useI18n>['l'];

/** A list's name from the cohort's template (its key when the template has no such list). */
function listName(cohort: CohortView, l: Localize, key: string): string {
  return l(cohort.listDefinitions.find((x) => x.key === key)?.name) || key;
}

/** A knowledge level's name from the cohort's template. */
function levelName(cohort: CohortView, l: Localize, key: string): string {
  return l(cohort.knowledgeLevels.find((x) => x.key === key)?.name) || key;
}

/** Journeys of the admitted participants, by person id (null: no journey yet). */
type Journeys = Map<string, Journey | null>;

/** The cohort page's sections, each with its own address (/app/cohorts/:id/<section>; the overview at /app/cohorts/:id). */
const SECTIONS = ['overview', 'admission', 'lists', 'participants', 'events', 'report'] as const;
type Section = (typeof SECTIONS)[number];

export function Cohort({ me, params }: { me: Me; params: { id: string; section?: string } }) {
  const text = useMessages(M);
  const { query: q, route } = useLocation();
  const section: Section | null = !params.section ? 'overview' : (SECTIONS as readonly string[]).includes(params.section) && params.section !== 'overview' ? (params.section as Section) : null;
  const base = `/app/cohorts/${params.id}`;
  // Links from before the sections (a study plan as ?participant=…) and unknown sections land where they meant.
  const redirect = section === null ? base : section === 'overview' && q.participant ? `${base}/participants${query({ participant: q.participant })}` : null;
  useEffect(() => {
    if (redirect) route(redirect, true);
  }, [redirect]);
  // The cohort workflow moves places on by itself (a dropout heard, an offer expiring): the page follows it.
  const cohort = useLoad(() => ok(api.GET('/cohorts/{id}', { params: { path: { id: params.id } } })), [params.id], 5000, (c) => c.cohortId === params.id);
  if (redirect || !section) return null;
  const name = text(`section.${section}`);
  return (
    <Loading resource={cohort}>
      {(c) => (
        <>
          <p class="muted">
            <a href={`/app/programs/${c.programId}/cohorts`}>← {text('back')}</a>
          </p>
          <PageTitle title={`${name} – ${c.name}`}>
            {c.name} <span class="muted">· {name}</span>
          </PageTitle>
          <SubNav label={text('sections')} items={SECTIONS.map((s) => ({ href: s === 'overview' ? base : `${base}/${s}`, text: text(`section.${s}`) }))} />
          <CohortSection section={section} cohort={c} office={isOffice(me)} onCohortChanged={cohort.reload} />
        </>
      )}
    </Loading>
  );
}

function CohortSection({ section, cohort, office, onCohortChanged }: { section: Section; cohort: CohortView; office: boolean; onCohortChanged(): void }) {
  const { dateTime } = useI18n();
  const text = useMessages(M);
  const reference = useReferenceCohort(cohort);
  switch (section) {
    case 'overview':
      return (
        <>
          <p class="lead">{text('infoMeeting', { date: dateTime(cohort.infoMeetingAt) })}</p>
          <Admission cohort={cohort} />
          <Analysis cohort={cohort} reference={reference} />
        </>
      );
    case 'admission':
      // The admission work beside the lists it fills, so the office sees where each person went.
      return (
        <>
          <Admission cohort={cohort} />
          {office ? <AdmissionWork cohort={cohort} nameOf={(id) => nameIn(cohort, id)} onChanged={onCohortChanged} /> : null}
          <Lists cohort={cohort} office={office} onChanged={onCohortChanged} />
        </>
      );
    case 'lists':
      return (
        <>
          <Lists cohort={cohort} office={office} onChanged={onCohortChanged} />
          <History cohort={cohort} />
        </>
      );
    case 'participants':
      return <ParticipantsSection cohort={cohort} office={office} onCohortChanged={onCohortChanged} />;
    case 'events':
      return <CohortEvents cohortId={cohort.id} participants={cohort.admitted} office={office} />;
    case 'report':
      return <FinalReport cohortId={cohort.id} cohortName={cohort.name} referenceCohortId={reference.ready ? reference.refId : undefined} office={office} />;
  }
}

function ParticipantsSection({ cohort, office, onCohortChanged }: { cohort: CohortView; office: boolean; onCohortChanged(): void }) {
  const admittedIds = cohort.admitted.map((a) => a.personId).join(',');
  const journeys = useLoad<Journeys>(
    async () =>
      new Map(
        await Promise.all(
          cohort.admitted.map(async (a) => [a.personId, await ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohort.id, personId: a.personId } } })).catch(() => null)] as const),
        ),
      ),
    [cohort.id, admittedIds],
    undefined,
    (c) => c.cohortId === cohort.id,
  );
  return (
    <Participants
      cohort={cohort}
      journeys={journeys.data}
      office={office}
      onChanged={() => {
        // A dropout moves the lists on (the place is offered), so the cohort is read again too.
        journeys.reload();
        onCohortChanged();
      }}
    />
  );
}

function Admission({ cohort }: { cohort: CohortView }) {
  const { number } = useI18n();
  const text = useMessages(M);
  const interviewed = cohort.interviews.filter((i) => i.status === 'done').length;
  const figures: [string, number, string][] = [
    [text('attendees'), cohort.counts.attendees, 'attendees'],
    [text('registered'), cohort.counts.registered, 'registered'],
    [text('interviewed'), interviewed, 'interviewed'],
    [text('capacity'), cohort.capacity, 'capacity'],
    [text('list.admitted'), cohort.counts.admitted, 'admitted'],
    [text('withdrawn'), cohort.withdrawn.length, 'withdrawn'],
  ];
  return (
    <section aria-labelledby="admission-heading">
      <h2 id="admission-heading">{text('admission')}</h2>
      <ul class="stats" data-testid="admission">
        {figures.map(([label, n, key]) => (
          <li key={key} data-figure={key}>
            <strong>{number(n)}</strong> {label}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A person's name from what the cohort answered (the admitted, the lists, the candidates). */
function nameIn(cohort: CohortView, id: string): string {
  return [cohort.admitted, ...Object.values(cohort.lists), cohort.candidates].flat().find((p) => p.personId === id)?.name ?? id;
}

function Lists({ cohort, office, onChanged }: { cohort: CohortView; office: boolean; onChanged(): void }) {
  const { dateTime, l } = useI18n();
  const text = useMessages(M);
  // The template's lists in offer order, after the admitted.
  const lists: { key: string; name: string; people: Person[] }[] = [
    { key: 'admitted', name: text('list.admitted'), people: cohort.admitted },
    ...cohort.listOrder.map((key) => ({ key, name: listName(cohort, l, key), people: cohort.lists[key] ?? [] })),
  ];
  const open = cohort.offers.filter((o) => o.status === 'open');
  return (
    <section aria-labelledby="lists-heading">
      <h2 id="lists-heading">{text('lists')}</h2>
      <p class="hint">{text('listsLead', { order: cohort.listOrder.map((key) => listName(cohort, l, key)).join(', ') })}</p>
      <div class="cohort-lists">
        {lists.map((list) => (
          <section key={list.key} class="card cohort-list" aria-labelledby={`list-${list.key}`} data-testid={`list-${list.key}`} data-count={list.people.length}>
            <h3 id={`list-${list.key}`}>
              {list.name} <span class="cohort-count">({list.people.length === 1 ? text('person1') : text('people', { n: list.people.length })})</span>
            </h3>
            {list.people.length ? (
              <ol>
                {list.people.map((p) => (
                  <li key={p.personId}>{p.name ?? p.personId}</li>
                ))}
              </ol>
            ) : (
              <p class="muted">{text('list.empty')}</p>
            )}
          </section>
        ))}
      </div>
      {open.length ? (
        <>
          <h3>{text('offers')}</h3>
          <ul data-testid="open-offers">
            {open.map((o) => (
              <li key={o.personId}>
                {nameIn(cohort, o.personId)} – {text('deadline', { date: dateTime(o.deadline) })}
                {office ? <OfferAnswer cohortId={cohort.id} personId={o.personId} name={nameIn(cohort, o.personId)} onChanged={onChanged} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function listLabel(text: Text, cohort: CohortView, l: Localize, list: string | null): string {
  if (!list) return '–';
  return list === 'admitted' || list === 'withdrawn' ? text(`list.${list}`) : listName(cohort, l, list);
}

function History({ cohort }: { cohort: CohortView }) {
  const { dateTime, l } = useI18n();
  const text = useMessages(M);
  const history = useLoad(() => ok(api.GET('/cohorts/{id}/history', { params: { path: { id: cohort.id } } })), [cohort.id, cohort.counts.admitted]);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{text('history')}</h2>
      <Loading resource={history}>
        {(entries) =>
          entries.length ? (
            <div class="table-scroll">
              <table data-testid="promotion-history">
                <caption>{text('historyCaption')}</caption>
                <Head columns={[text('when'), text('person'), text('event'), text('from'), text('to'), text('by')]} />
                <tbody>
                  {entries.map((e, i) => {
                    const to =
                      e.type === 'listed'
                        ? listLabel(text, cohort, l, e.to)
                        : e.type === 'participant_admitted' || e.type === 'offer_accepted'
                          ? text('list.admitted')
                          : e.type === 'participant_withdrawn' || e.type === 'participant_dropped_out'
                            ? text('list.withdrawn')
                            : e.type === 'place_offered' && e.deadline
                              ? text('deadline', { date: dateTime(e.deadline) })
                              : '–';
                    return (
                      <tr key={i} data-type={e.type}>
                        <td class="nowrap">{dateTime(e.at)}</td>
                        <th scope="row">{e.name ?? e.personId}</th>
                        <td>
                          <StatusBadge status={historyBadge(e.type)} label={text(`h.${e.type}`)} />
                        </td>
                        <td>{listLabel(text, cohort, l, e.from)}</td>
                        <td>{to}</td>
                        <td>{e.actorName ?? text('system')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{text('history.empty')}</p>
          )
        }
      </Loading>
    </section>
  );
}

function historyBadge(type: HistoryEntry['type']): string {
  switch (type) {
    case 'participant_admitted':
    case 'offer_accepted':
      return 'admitted';
    case 'place_offered':
      return 'open';
    case 'offer_declined':
    case 'offer_expired':
      return 'waiting';
    case 'participant_withdrawn':
    case 'participant_dropped_out':
      return 'withdrawn';
    default:
      return 'pending';
  }
}

function Participants({ cohort, journeys, office, onChanged }: { cohort: CohortView; journeys: Journeys | undefined; office: boolean; onChanged(): void }) {
  const { l, number, percent } = useI18n();
  const text = useMessages(M);
  const { path, query: q, route } = useLocation();
  const selectedId = q.participant && cohort.admitted.some((a) => a.personId === q.participant) ? q.participant : null;
  const hrefFor = (personId: string | null) => `${path}${query({ ...q, participant: personId })}`;
  // The plan opens on the same page without a new history entry or a jump to the top.
  const open = (e: MouseEvent, personId: string | null) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    route(hrefFor(personId), true);
  };
  const pace = (key: string) => l(cohort.paceProfiles.find((p) => p.key === key)?.name) || key;
  const selected = selectedId ? cohort.admitted.find((a) => a.personId === selectedId)! : null;
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{text('participants')}</h2>
      <div class="table-scroll">
        <table data-testid="participants">
          <caption>{text('participantsCaption')}</caption>
          <Head columns={[text('name'), text('level'), text('pace'), { text: text('progress'), num: true }, { text: text('weeksAhead'), num: true }, text('advanced'), text('status')]} />
          <tbody>
            {cohort.admitted.map((a) => {
              const j = journeys?.get(a.personId);
              return (
                <tr key={a.personId} class={a.personId === selectedId ? 'selected' : undefined} data-person={a.personId}>
                  <th scope="row">
                    <a href={hrefFor(a.personId)} onClick={(e) => open(e, a.personId)} aria-current={a.personId === selectedId ? 'true' : undefined}>
                      {a.name ?? a.personId}
                    </a>
                  </th>
                  <td>{j?.assessment ? levelName(cohort, l, j.levels?.at(-1)?.level ?? j.assessment.level) : journeys ? text('level.none') : '…'}</td>
                  <td>{j?.assessment ? pace(j.paceKey) : '–'}</td>
                  <td class="num">{j ? `${number(j.completedItems)} / ${number(j.totalItems)} (${percent(j.totalItems ? j.completedItems / j.totalItems : 0)})` : '–'}</td>
                  <td class="num">{j?.weeksAhead != null ? number(j.weeksAhead, 1) : '–'}</td>
                  <td>{j ? text(`advanced.${j.advancedTrack}`) : '–'}</td>
                  <td>{j ? <StatusBadge status={j.status === 'studying' ? 'active' : j.status === 'dropped' ? 'withdrawn' : j.status === 'completed' ? 'completed' : 'pending'} label={text(`status.${j.status}`)} /> : text('noJourney')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {selected ? (
        <StudyPlan cohort={cohort} person={selected} journey={journeys?.get(selected.personId)} closeHref={hrefFor(null)} onClose={(e) => open(e, null)} office={office} onChanged={onChanged} />
      ) : null}
    </section>
  );
}

function StudyPlan({
  cohort,
  person,
  journey,
  closeHref,
  onClose,
  office,
  onChanged,
}: {
  cohort: CohortView;
  person: Person;
  journey: Journey | null | undefined;
  closeHref: string;
  onClose(e: MouseEvent): void;
  office: boolean;
  onChanged(): void;
}) {
  const { l, number } = useI18n();
  const text = useMessages(M);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the plan that opened (WCAG 2.4.3), which also scrolls it into view.
  useEffect(() => heading.current?.focus(), [person.personId]);
  const moduleName = (key: string) => l(cohort.modules.find((m) => m.key === key)?.name) || key;
  const itemName = (ref: string) => {
    const [moduleKey, itemKey] = ref.split('/');
    return l(cohort.modules.find((m) => m.key === moduleKey)?.items.find((i) => i.key === itemKey)?.name) || ref;
  };
  const name = person.name ?? person.personId;
  // Journeys from before follow-ups were kept have only their start assessment.
  const levels = journey?.levels ?? (journey?.assessment ? [{ week: 0, level: journey.assessment.level }] : []);
  const current = levels.at(-1);
  return (
    <section class="card study-plan" aria-labelledby="plan-heading" data-testid="study-plan">
      <h3 id="plan-heading" ref={heading} tabIndex={-1}>
        {text('plan', { name })}
      </h3>
      {journey === undefined ? (
        <p role="status" class="muted">
          …
        </p>
      ) : journey === null ? (
        <p>{text('noJourney')}</p>
      ) : (
        <>
          <ul class="stats">
            <li>
              <strong>{current ? levelName(cohort, l, current.level) : text('level.none')}</strong> {text('level')}
              {current?.week ? ` (${text('levelSince', { week: current.week })})` : ''}
              {journey.assessment?.universityStudies ? ` (${text('university')})` : ''}
            </li>
            <li>
              <strong>
                {number(journey.completedItems)} / {number(journey.totalItems)}
              </strong>{' '}
              {text('progress')}
            </li>
            <li>
              <strong>{journey.weeksAhead != null ? number(journey.weeksAhead, 1) : '–'}</strong> {text('weeksAhead')}
            </li>
            <li>
              <strong>{number(journey.ambition, 2)}</strong> {text('ambition')}
            </li>
          </ul>
          {levels.length > 1 ? (
            <p data-testid="level-history">
              <strong>{text('levelHistory')}:</strong> {levels.map((x) => `${text('weekN', { n: x.week })} ${levelName(cohort, l, x.level)}`).join(' → ')}
            </p>
          ) : null}
          {journey.plan.length ? (
            <div class="table-scroll">
              <table data-testid="plan-table">
                <caption>{text('planCaption')}</caption>
                <Head columns={[text('week'), text('planned'), { text: text('done'), num: true }]} />
                <tbody>
                  {journey.plan.map((w) => {
                    const byModule = new Map<string, string[]>();
                    for (const ref of w.items) byModule.set(ref.split('/')[0], [...(byModule.get(ref.split('/')[0]) ?? []), ref]);
                    const done = journey.progress.find((p) => p.week === w.week);
                    return (
                      <tr key={w.week}>
                        <th scope="row">{number(w.week)}</th>
                        <td>
                          {[...byModule.entries()].map(([m, refs]) => (
                            <div key={m}>
                              <strong>{moduleName(m)}:</strong> {refs.map(itemName).join(', ')}
                            </div>
                          ))}
                        </td>
                        <td class="num">
                          {done ? number(done.completed) : '–'} / {number(w.items.length)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
          <h4>{text('material')}</h4>
          {journey.materialAccess?.length ? (
            <ul>
              {journey.materialAccess.map((m) => (
                <li key={m}>{moduleName(m)}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">{text('material.none')}</p>
          )}
          {office ? (
            <JourneyCommands
              cohortId={cohort.id}
              personId={person.personId}
              journey={journey}
              paceProfiles={cohort.paceProfiles.map((p) => ({ key: p.key, name: l(p.name) }))}
              levels={cohort.knowledgeLevels.map((x) => ({ key: x.key, name: l(x.name) }))}
              onChanged={onChanged}
            />
          ) : null}
          {journey.project ? (
            <p>
              <strong>{text('project')}:</strong>{' '}
              {journey.project.status === 'submitted'
                ? text('project.submitted', { week: journey.project.submittedWeek ?? '–' })
                : journey.project.status === 'in-progress'
                  ? text('project.in-progress', { week: journey.project.startedWeek ?? '–' })
                  : text('project.not-started')}
            </p>
          ) : null}
        </>
      )}
      <p>
        <a href={closeHref} onClick={onClose}>
          {text('close')}
        </a>
      </p>
    </section>
  );
}

/** The last week with reported progress (later weeks have not happened yet). */
function lastReported(perWeek: number[]): number {
  for (let i = perWeek.length - 1; i >= 0; i--) if (perWeek[i] > 0) return i + 1;
  return 0;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The reference cohort the page compares with, kept in the address (?ref=…): the oldest other
 * cohort of the program by default, ?ref=none for no comparison. `ready` once the program's
 * cohorts are known.
 */
function useReferenceCohort(cohort: CohortView) {
  const { path, query: q, route } = useLocation();
  const siblings = useLoad(() => ok(api.GET('/programs/{id}/cohorts', { params: { path: { id: cohort.programId } } })), [cohort.programId]);
  const others = (siblings.data ?? []).filter((c) => c.id !== cohort.id);
  const refId = q.ref === 'none' ? '' : q.ref && others.some((c) => c.id === q.ref) ? q.ref : (others[0]?.id ?? '');
  const ready = siblings.data !== undefined || siblings.error !== undefined;
  const choose = (value: string) => route(`${path}${query({ ...q, ref: value || 'none' })}`, true);
  return { others, refId, ready, choose };
}

function Analysis({ cohort, reference }: { cohort: CohortView; reference: ReturnType<typeof useReferenceCohort> }) {
  const { l, number, percent } = useI18n();
  // The template's levels, lowest first.
  const levelKeys = cohort.knowledgeLevels.map((x) => x.key);
  const text = useMessages(M);
  const { others, refId, ready, choose } = reference;
  const analytics = useLoad(
    () => (ready ? ok(api.GET('/cohorts/{id}/analytics', { params: { path: { id: cohort.id }, query: compact({ referenceCohortId: refId }) } })) : new Promise<never>(() => undefined)),
    [cohort.id, refId, ready],
  );
  // The reference cohort's own analytics, for its knowledge levels.
  const refAnalytics = useLoad(() => (refId ? ok(api.GET('/cohorts/{id}/analytics', { params: { path: { id: refId } } })) : Promise.resolve(null)), [refId]);
  return (
    <section aria-labelledby="analytics-heading">
      <h2 id="analytics-heading">{text('analytics')}</h2>
      <label for="reference-cohort">{text('reference')}</label>
      <select id="reference-cohort" value={refId} onChange={(e) => choose(e.currentTarget.value)} aria-describedby="reference-hint">
        <option value="">{text('reference.none')}</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <p id="reference-hint" class="hint">
        {text('referenceHint')}
      </p>
      <Loading resource={analytics}>
        {(a) => {
          const reported = lastReported(a.completedPerWeek);
          const weeks = Array.from({ length: a.weeks }, (_, i) => text('weekN', { n: i + 1 }));
          const own = (values: number[]) => values.slice(0, a.weeks).map((v, i) => (i < reported ? round(v) : null));
          const perParticipant = a.completedPerWeek.map((v) => (a.participants ? v / a.participants : 0));
          const ref = a.reference;
          const refCum = ref?.completedPerParticipantCumulative ?? [];
          const refPerWeek = refCum.map((v, i) => round(v - (i ? refCum[i - 1] : 0)));
          const pad = (values: number[]) => weeks.map((_, i) => (i < values.length ? values[i] : null));
          const perWeekSeries: ChartSeries[] = [{ name: cohort.name, data: own(perParticipant), type: 'bar' }];
          const cumulativeSeries: ChartSeries[] = [{ name: cohort.name, data: own(a.completedPerParticipantCumulative), type: 'line' }];
          if (ref) {
            perWeekSeries.push({ name: `${text('reference')}: ${ref.name}`, data: pad(refPerWeek), type: 'line', reference: true });
            cumulativeSeries.push({ name: `${text('reference')}: ${ref.name}`, data: pad(refCum.map(round)), type: 'line', reference: true });
          }
          const ahead = ref?.weeksAheadOfReference.at(-1);
          const refLevels = refAnalytics.data?.knowledgeLevels.at(-1);
          // The levels are a map by level key (the server sends every level); one missing counts as 0.
          const share = (levels: Partial<Record<string, number>>) => {
            const total = levelKeys.reduce((n, k) => n + (levels[k] ?? 0), 0);
            return levelKeys.map((k) => (total ? Math.round(((levels[k] ?? 0) / total) * 1000) / 10 : 0));
          };
          const levelSeries: ChartSeries[] = a.knowledgeLevels.map((w) => ({
            name: w.week === 0 ? text('atStart', { name: cohort.name }) : text('atWeek', { name: cohort.name, week: w.week }),
            data: share(w.levels),
            type: 'bar',
          }));
          if (ref && refLevels) levelSeries.push({ name: `${text('reference')}: ${ref.name}`, data: share(refLevels.levels), type: 'line', reference: true });
          return (
            <>
              <ul class="stats" data-testid="analytics-figures">
                {ref ? (
                  <li>
                    <strong>{ahead != null ? number(ahead, 1) : '–'}</strong> {text('ahead')}
                  </li>
                ) : null}
                <li>
                  <strong>{percent(a.advancedTrackShare)}</strong> {text('advancedShare')}
                </li>
              </ul>
              <div class="cohort-charts">
                <Chart id="chart-per-week" title={text('perWeek')} categories={weeks} series={perWeekSeries} valueName={text('items')} />
                <Chart id="chart-cumulative" title={text('cumulative')} categories={weeks} series={cumulativeSeries} valueName={text('items')} />
                <Chart id="chart-levels" title={text('levels')} categories={levelKeys.map((k) => levelName(cohort, l, k))} series={levelSeries} valueName={text('share')} />
              </div>
            </>
          );
        }}
      </Loading>
    </section>
  );
}

