import { answer, createApiClient, ok, type ApiClient, type Schemas } from '@gov/api-client';
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

// Request bodies as the contract takes them (fields the server defaults may be left out, as a user would).
export const personBody = (person: Schemas['CreatePersonDto']) => person;
export const personChanges = (changes: Schemas['UpdatePersonDto']) => changes;
export const tokenBody = (token: Schemas['IssueTokenDto']) => token;
export const answerBody = (answer?: NonNullable<Schemas['CompleteTaskDto']['answer']>): Schemas['CompleteTaskDto'] => (answer === undefined ? {} : { answer });
export const taskBody = (task: Schemas['CreateTaskDto']) => task;
export const programBody = (program: Schemas['CreateProgramDto']) => program;
