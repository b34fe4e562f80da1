import type { OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, any>;

/** Path parameters named like ids that are not UUIDs: Temporal workflow ids (program-<uuid>, task-<uuid> …). */
const NON_UUID_IDS = ['workflowId'];
const COMMANDS = ['post', 'put', 'patch', 'delete'];

/**
 * What the document must hold on every operation (empty when it does): a success response with a
 * schema (or a declared non-JSON media type; 204 has no body); error responses as
 * application/problem+json with the ProblemDocument schema, 429 everywhere and 401/403 wherever a
 * token is needed; `format: uuid` on every id-like path parameter; the Idempotency-Key header on
 * commands only; `additionalProperties: false` on every request body schema.
 */
export function contractProblems(document: OpenAPIObject): string[] {
  const problems: string[] = [];
  const schemas = (document.components?.schemas ?? {}) as Json;
  if (!schemas.ProblemDocument) problems.push('components.schemas.ProblemDocument is missing');
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Json) as [string, Json][]) {
      const where = `${method.toUpperCase()} ${path}`;
      const responses: Json = op.responses ?? {};
      const success = Object.entries(responses).filter(([status]) => /^2/.test(status));
      if (!success.length) problems.push(`${where}: no success response`);
      for (const [status, response] of success) {
        if (status === '204') {
          if (response.content) problems.push(`${where}: 204 declares a body`);
          continue;
        }
        const media = Object.entries((response.content ?? {}) as Json);
        if (!media.length) problems.push(`${where}: ${status} declares no media type`);
        for (const [type, content] of media) {
          if (/json/.test(type) && type !== 'application/jsonl' && !content.schema?.$ref && !content.schema?.type) problems.push(`${where}: ${status} ${type} has no schema`);
        }
      }
      const errors = Object.entries(responses).filter(([status]) => Number(status) >= 400);
      for (const [status, response] of errors) {
        const content = response.content ?? {};
        if (Object.keys(content).join() !== 'application/problem+json' || content['application/problem+json'].schema?.$ref !== '#/components/schemas/ProblemDocument') {
          problems.push(`${where}: ${status} is not an application/problem+json ProblemDocument`);
        }
      }
      const secured = Array.isArray(op.security) && op.security.length > 0;
      for (const status of ['429', ...(secured ? ['401', '403', '503'] : [])]) if (!responses[status]) problems.push(`${where}: no ${status} response`);
      const parameters: Json[] = op.parameters ?? [];
      if (parameters.some((p) => p.in === 'path') && !responses['404']) problems.push(`${where}: a path parameter but no 404 response`);
      if ((parameters.length || op.requestBody) && !responses['400']) problems.push(`${where}: input but no 400 response`);
      for (const p of parameters.filter((p) => p.in === 'path' && /(^id$|Id$)/.test(p.name) && !NON_UUID_IDS.includes(p.name))) {
        if (p.schema?.format !== 'uuid') problems.push(`${where}: path parameter ${p.name} has no format: uuid`);
      }
      const idempotency = parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
      if (method === 'get' && idempotency) problems.push(`${where}: Idempotency-Key on a read`);
      if (COMMANDS.includes(method) && secured && !idempotency) problems.push(`${where}: a command without the Idempotency-Key header`);
      for (const [type, content] of Object.entries((op.requestBody?.content ?? {}) as Json)) {
        const ref: string | undefined = content.schema?.$ref;
        if (type === 'application/json' && (!ref || schemas[ref.replace('#/components/schemas/', '')]?.additionalProperties !== false)) {
          problems.push(`${where}: the request body schema does not refuse additional properties`);
        }
      }
    }
  }
  return problems;
}
