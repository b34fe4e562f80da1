import type { AnswerForm } from '../tasks/answer-form.js';
import type { LocalizedText } from '../templates/program-template.js';
import type { TaskPurpose } from './phase-steps.js';

const both = (t: LocalizedText) => `${t.sv} (${t.en})`;

/** What a program task says: its title and instructions (Swedish with English beside), and the answer it asks for. */
export interface ProgramTaskText {
  title: string;
  instructions: string;
  answerForm: AnswerForm | null;
}

const choice = (key: string, sv: string, en: string, options: string[]) => ({ key, label: { sv, en }, type: 'choice' as const, required: true, options });
const text = (key: string, sv: string, en: string, required = false) => ({ key, label: { sv, en }, type: 'text' as const, required, maxLength: 5000 });

const FAST_TRACK_OUTCOMES = ['admit', 'waiting', 'active-interest', 'passive-interest', 'not-suitable'];

/**
 * `outcomes`: a decision point's choices (Skola först's approve, return, stop when omitted);
 * `lists`: an interview's cohort's lists in offer order (Fast Track's three without them).
 */
export function programTaskText(
  /** A condition's task takes its text from the decision that set it. */
  purpose: Exclude<TaskPurpose, 'condition'>,
  subject: { name: LocalizedText; detail?: string; outcomes?: { key: string; name: LocalizedText }[]; lists?: readonly { key: string; name: LocalizedText }[] },
): ProgramTaskText {
  const what = both(subject.name);
  switch (purpose) {
    case 'step':
      return {
        title: what.slice(0, 200),
        instructions: 'Slutför steget i programmet när dess uppgifter är på plats; systemet kontrollerar dem. (Complete the step once its data is in place; the system checks it.)',
        answerForm: null,
      };
    case 'gate':
      if (subject.outcomes) {
        return {
          title: `Beslutspunkt (decision point): ${what}`.slice(0, 200),
          instructions: `Styrgruppen beslutar (the steering group decides): ${subject.outcomes.map((o) => both(o.name)).join('; ')}.`.slice(0, 2000),
          answerForm: { fields: [choice('decision', 'Beslut', 'Decision', subject.outcomes.map((o) => o.key)), text('comment', 'Kommentar', 'Comment')] },
        };
      }
      return {
        title: `Grindbeslut (gate decision): ${what}`.slice(0, 200),
        instructions: 'Styrgruppen beslutar: godkänn (nästa fas), återremittera med kommentar (fasen öppnas igen) eller avbryt programmet. (The steering group decides: approve, return with a comment, or stop.)',
        answerForm: { fields: [choice('decision', 'Beslut', 'Decision', ['approve', 'return', 'stop']), text('comment', 'Kommentar', 'Comment')] },
      };
    case 'network-status':
      return {
        title: `Statusrapport inför nätverksmöte (status report before network meeting) ${subject.detail ?? ''}`.trim().slice(0, 200),
        instructions: `Rapportera status för er organisations aktiviteter inför mötet. (Report the status of your organization's activities before the meeting.) ${what}`,
        answerForm: { fields: [text('status', 'Status för era aktiviteter', 'Status of your activities', true)] },
      };
    case 'activity-planning':
      return {
        title: `Planera aktiviteten (plan the activity): ${subject.name.sv}`.slice(0, 200),
        instructions: 'Planera aktiviteten: mål, målgrupp, tidplan och resurser. (Plan the activity: aims, audience, schedule and resources.)',
        answerForm: { fields: [text('plan', 'Plan', 'Plan')] },
      };
    case 'activity-status':
      return {
        title: `Statusrapport (status report): ${subject.name.sv}`.slice(0, 200),
        instructions: 'Hur går genomförandet? (How is the execution going?)',
        answerForm: { fields: [text('status', 'Status', 'Status', true)] },
      };
    case 'activity-evaluation':
      return {
        title: `Utvärdera aktiviteten (evaluate the activity): ${subject.name.sv}`.slice(0, 200),
        instructions: 'Utvärdera och besluta: avsluta, fortsätta eller skala upp, med motivering. (Evaluate and decide: end, continue or scale up, with a rationale.)',
        answerForm: { fields: [choice('decision', 'Beslut', 'Decision', ['end', 'continue', 'scale-up']), text('rationale', 'Motivering', 'Rationale', true)] },
      };
    case 'yearly-check':
      return {
        title: `Årlig kontroll av verksamhetsplanen (yearly check of the annual plan) ${subject.detail ?? ''}`.trim().slice(0, 200),
        instructions: 'Bekräfta att er organisations verksamhetsplan följer samverkansmodellen. (Confirm that your annual plan follows the collaboration model.)',
        answerForm: { fields: [{ key: 'followsModel', label: { sv: 'Följer samverkansmodellen', en: 'Follows the collaboration model' }, type: 'boolean', required: true }, text('comment', 'Kommentar', 'Comment')] },
      };
    case 'interview': {
      const outcomes = subject.lists ? ['admit', ...subject.lists.map((l) => l.key), 'not-suitable'] : FAST_TRACK_OUTCOMES;
      const fastTrack = outcomes.join() === FAST_TRACK_OUTCOMES.join();
      const names = (lang: 'sv' | 'en') => (subject.lists ?? []).map((l) => l.name[lang]).join(', ');
      return {
        title: `Intervju (interview) – ${subject.name.sv} ${subject.detail ?? ''}`.trim().slice(0, 200),
        instructions: fastTrack
          ? 'Håll intervjun och registrera utfallet: antagen, väntelista, aktiv eller passiv intresselista, eller ej aktuell. (Hold the interview and record the outcome: admit, waiting list, active or passive interest list, or not suitable.)'
          : `Håll intervjun och registrera utfallet: antagen, en av listorna (${names('sv')}) eller ej aktuell. (Hold the interview and record the outcome: admit, one of the lists (${names('en')}), or not suitable.)`,
        answerForm: { fields: [choice('outcome', 'Utfall', 'Outcome', outcomes), text('note', 'Anteckning', 'Note')] },
      };
    }
    case 'offer':
      return {
        title: `Erbjudande om plats (offer of a place) – ${subject.name.sv}`.slice(0, 200),
        instructions: `En plats har blivit ledig och erbjuds dig. Svara ja eller nej före svarstiden går ut; därefter går platsen vidare. (A place has freed up and is offered to you. Answer yes or no before the deadline; after it the place moves on.) ${subject.detail ?? ''}`.trim(),
        answerForm: { fields: [{ key: 'accept', label: { sv: 'Jag tackar ja', en: 'I accept' }, type: 'boolean', required: true }] },
      };
  }
}

/** Purposes whose completion goes through the program's own endpoint (it validates and records the decision). */
export const PROGRAM_COMPLETED_PURPOSES: readonly TaskPurpose[] = ['step', 'gate', 'activity-evaluation', 'interview', 'offer'];
