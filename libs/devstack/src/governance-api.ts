import { answer, createApiClient, ok, undeclared, type ApiClient, type Schemas } from '@gov/api-client';
import type { AnswerForm, Meeting, ReminderPolicy } from '@gov/domain';
import { pollUntil } from './poll.js';

/** Over the per-token rate limit: waits as the API asks, then tries again (a refused request changed nothing). */
async function retryOverRateLimit(request: Request): Promise<Response> {
  let res = await fetch(request.clone());
  for (let attempt = 0; res.status === 429 && attempt < 30; attempt++) {
    await new Promise((r) => setTimeout(r, Math.min(Number(res.headers.get('retry-after') ?? 1), 10) * 1000));
    res = await fetch(request.clone());
  }
  return res;
}

/**
 * The governance API as a project office calls it: the client generated from the contract
 * (`@gov/api-client`) with a bearer token, tried again over the per-token rate limit. Calls are typed
 * by path (`api.ok(api.POST('/programs/{id}/gate', { params: { path: { id } }, body }))`), so a change
 * to the contract that a caller does not follow fails `npm run typecheck`.
 */
export class GovernanceApi {
  readonly client: ApiClient;
  readonly GET: ApiClient['GET'];
  readonly POST: ApiClient['POST'];
  readonly PUT: ApiClient['PUT'];
  readonly PATCH: ApiClient['PATCH'];
  readonly DELETE: ApiClient['DELETE'];

  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {
    this.client = this.as(token);
    ({ GET: this.GET, POST: this.POST, PUT: this.PUT, PATCH: this.PATCH, DELETE: this.DELETE } = this.client);
  }

  /** The same client with another person's token. */
  as(token: string): ApiClient {
    return createApiClient({ baseUrl: this.baseUrl, token, fetch: retryOverRateLimit });
  }

  /** A call's success answer; throws with the problem document unless the answer is 2xx. */
  readonly ok = ok;
  /** TODO(contract): `ok` for operations whose answer the contract does not declare yet (see @gov/api-client). */
  readonly undeclared = undeclared;
  /** Whatever a call answered: status, headers, the typed data when it succeeded and the body as it came. */
  readonly call = answer;

  /** Polls until `check` gives a value: workflows move the program on asynchronously. */
  until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    return pollUntil(check, timeoutMs, what, 200);
  }

  async position(programId: string): Promise<Schemas['ProgramPositionView']> {
    const { position } = await ok(this.GET('/programs/{id}', { params: { path: { id: programId } } }));
    if (!position) throw new Error(`program ${programId} answered without its position`);
    return position;
  }

  /** Waits until `step` is the open step of the program. */
  atStep(programId: string, step: string) {
    return this.until(`step ${step}`, async () => {
      const p = await this.position(programId);
      return p.stepKey === step && p.stepStatus === 'open' ? p : undefined;
    });
  }

  /** Waits until the step opens, then completes it. */
  async completeStep(programId: string, step: string): Promise<void> {
    await this.atStep(programId, step);
    await ok(this.POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: step } } }));
  }
}

// TODO(contract): CreatePersonDto and IssueTokenDto mark the fields that have server defaults as required
// (digestTime, locale, mailDelivery; expiresInDays): the bodies leave them out, as a user would.
export const personBody = (person: Omit<Schemas['CreatePersonDto'], 'digestTime' | 'locale' | 'mailDelivery'>) => person as Schemas['CreatePersonDto'];
// TODO(contract): UpdatePersonDto marks digestTime, locale and mailDelivery required too: a PATCH sends what changes.
export const personChanges = (changes: Partial<Schemas['UpdatePersonDto']>) => changes as Schemas['UpdatePersonDto'];
export const tokenBody = (token: { name: string; expiresInDays?: number }) => token as Schemas['IssueTokenDto'];
// TODO(contract): CompleteTaskDto.answer is declared as an object without properties (generated as Record<string, never>).
export const answerBody = (answer?: Record<string, string | number | boolean>) => (answer === undefined ? {} : { answer }) as unknown as Schemas['CompleteTaskDto'];
// TODO(contract): CreateTaskDto declares meeting, answerForm and reminderPolicy as objects without properties.
export const taskBody = (task: Omit<Schemas['CreateTaskDto'], 'meeting' | 'answerForm' | 'reminderPolicy'> & { meeting?: Meeting; answerForm?: AnswerForm; reminderPolicy?: Partial<ReminderPolicy> }) =>
  task as unknown as Schemas['CreateTaskDto'];
// TODO(contract): CreateProgramDto declares governance (the template's lists a program overrides) as an object without properties.
export const programBody = (program: Omit<Schemas['CreateProgramDto'], 'governance'> & { governance?: Record<string, unknown> }) => program as unknown as Schemas['CreateProgramDto'];
// TODO(contract): ProposeActivityDto declares effectGoalNumbers as strings; the server takes (and checks) whole numbers.
export const effectGoalNumbers = (numbers: readonly number[]) => [...numbers] as unknown as string[];
