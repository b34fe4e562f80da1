import type { ComponentChildren } from 'preact';
import { api, ApiError, asFile, ok, type Schemas } from '../api.js';
import { useLoad, type Loaded } from '../hooks.js';
import { defineMessages, useI18n, useMessages } from '../i18n.js';
import type { Person } from '../types.js';

/** Shared by the decision point panel and the steering group page: the group's words and the people's names. */
export type SteeringGroup = Schemas['SteeringGroupView'];
export type SteeringSeat = Schemas['SteeringSeatView'];
export type SteeringRole = Schemas['SteeringSeatDto']['role'];
export type RuleKind = Schemas['SetSteeringGroupDto']['rule'];
export type Position = Schemas['MemberPositionDto']['position'];

export const STEERING_ROLES: SteeringRole[] = ['chair', 'member', 'secretary', 'co-opted'];
export const RULE_KINDS: RuleKind[] = ['majority', 'all', 'chair'];
export const POSITIONS: Position[] = ['for', 'against', 'abstain'];

export const STEERING_WORDS = defineMessages(
  {
    'role.chair': 'Ordförande',
    'role.member': 'Ledamot',
    'role.secretary': 'Sekreterare',
    'role.co-opted': 'Adjungerad',
    'rule.chair': 'Ordföranden beslutar; minst {quorum} röstberättigade ska vara närvarande.',
    'rule.majority': 'Minst {quorum} röstberättigade närvarande; en majoritet av de närvarande ska vara för beslutet.',
    'rule.all': 'Minst {quorum} röstberättigade närvarande; alla närvarande ska vara för beslutet.',
    'ruleName.chair': 'Ordföranden beslutar',
    'ruleName.majority': 'Majoritet av de närvarande',
    'ruleName.all': 'Alla närvarande är för',
    'position.for': 'för',
    'position.against': 'emot',
    'position.abstain': 'avstår',
    unknown: '—',
  },
  {
    'role.chair': 'Chair',
    'role.member': 'Member',
    'role.secretary': 'Secretary',
    'role.co-opted': 'Co-opted',
    'rule.chair': 'The chair decides; at least {quorum} voting members must be present.',
    'rule.majority': 'At least {quorum} voting members present; a majority of those present must be for the decision.',
    'rule.all': 'At least {quorum} voting members present; everyone present must be for the decision.',
    'ruleName.chair': 'The chair decides',
    'ruleName.majority': 'A majority of those present',
    'ruleName.all': 'Everyone present is for it',
    'position.for': 'for',
    'position.against': 'against',
    'position.abstain': 'abstain',
    unknown: '—',
  },
);

/** The persons the signed-in person may see (the project office: everyone; a contact person: their organization's). */
export function usePersons(): Loaded<Person[]> {
  return useLoad(() => ok(api.GET('/persons', { params: { query: { limit: 100 } } })).then((page) => page.items), []);
}

/** A person's name from the list, or a dash where the caller may not know the person. */
export function nameOf(persons: Person[] | undefined, id: string | null | undefined): string {
  return (id && persons?.find((p) => p.id === id)?.displayName) || '—';
}

/** The rule and quorum in words. */
export function RuleText({ rule }: { rule: { kind: RuleKind; quorum: number } }) {
  const words = useMessages(STEERING_WORDS);
  return <>{words(`rule.${rule.kind}`, { quorum: rule.quorum })}</>;
}

/**
 * Opens a generated document (a protocol, a board pack; HTML or PDF) in a new tab: the API wants the
 * bearer token, so the page reads it and hands the browser a blob. The tab is opened at the click (no
 * popup blocker) and filled once the document has arrived.
 */
function DocumentLink({ href, load, format, children, onError }: { href: string; load(): Promise<unknown>; format: 'html' | 'pdf'; children: ComponentChildren; onError(err: unknown): void }) {
  const open = async (e: Event) => {
    e.preventDefault();
    const tab = window.open('', '_blank');
    try {
      const url = URL.createObjectURL((await load()) as Blob);
      if (tab) tab.location.href = url;
      else location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      tab?.close();
      onError(err);
    }
  };
  return (
    <a href={href} onClick={open} data-format={format}>
      {children}
    </a>
  );
}

/** A decision's protocol (beslutsprotokoll), in the UI's language. */
export function ProtocolLink({ programId, taskId, format, children, onError }: { programId: string; taskId: string; format: 'html' | 'pdf'; children: ComponentChildren; onError(err: unknown): void }) {
  const { lang } = useI18n();
  const load = () => ok(api.GET('/programs/{id}/decisions/{taskId}/protocol', { params: { path: { id: programId, taskId }, query: { format, lang } }, ...asFile }));
  return <DocumentLink href={`/programs/${programId}/decisions/${taskId}/protocol?format=${format}&lang=${lang}`} load={load} format={format} children={children} onError={onError} />;
}

/** A meeting's board pack (styrgruppsunderlag), in the UI's language. */
export function BoardPackLink({ programId, meetingId, format, children, onError }: { programId: string; meetingId: string; format: 'html' | 'pdf'; children: ComponentChildren; onError(err: unknown): void }) {
  const { lang } = useI18n();
  const load = () => ok(api.GET('/programs/{id}/steering-meetings/{meetingId}/board-pack', { params: { path: { id: programId, meetingId }, query: { format, lang } }, ...asFile }));
  return <DocumentLink href={`/programs/${programId}/steering-meetings/${meetingId}/board-pack?format=${format}&lang=${lang}`} load={load} format={format} children={children} onError={onError} />;
}

/** The API's field errors by field (`members[2].personId` …), for showing beside the inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) for (const e of error.problem.errors ?? []) out[e.field] = out[e.field] ? `${out[e.field]}; ${e.message}` : e.message;
  return out;
}

/** A field's error beneath it (English, as the API gave it), referenced by the input's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="field-error" lang="en">
      {message}
    </p>
  );
}
