import { type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { templateOpenApiSchema } from '@gov/domain';
import { PUBLIC_KEY } from '../auth/auth.decorators.js';
import { IDEMPOTENCY_HEADER } from './idempotency.interceptor.js';
import { BoundedIntPipe } from './integers.js';
import { FieldErrorView, ProblemDocumentView } from './problem.view.js';
import { UUID_V4_PATTERN, UuidParam } from './uuid.pipe.js';

/**
 * The OpenAPI document served at /docs-json, made the contract of the API: SwaggerModule's document
 * from the controllers' decorators, and then the rules that hold for whole kinds of operations,
 * each derived from what the server does (the route metadata, the guard, the pipes, the interceptor
 * and the HTTP edge), never assumed:
 *
 * - every error answer is `application/problem+json` with the `ProblemDocument` schema
 *   (ProblemDetailsFilter, problemDetailsForFastifyErrors, sendFrameworkError);
 * - 401 and 403 on every operation but the public ones (AuthGuard; @Public());
 * - 400 wherever the request carries input (ValidationPipe on path, query and body; ParseUUIDPipe;
 *   an invalid Idempotency-Key), 404 wherever a path names a resource (every such handler looks it up),
 *   414 wherever a path has a parameter (Fastify's maxParamLength; other path parameters declare it
 *   as their maxLength), 413 and 415 wherever there is a body (Fastify's body limit and content-type parsers);
 * - on every command (POST, PUT, PATCH, DELETE; IdempotencyInterceptor): the optional
 *   `Idempotency-Key` header, 409 (a request with the same key still running) and 422 (the key
 *   reused for another request); reads never take the header;
 * - 429 on every operation (the rate limit covers all routes), 503 on every operation that reaches
 *   PostgreSQL or Temporal (all authenticated ones: the token is looked up in PostgreSQL);
 * - `format: uuid` with the UUID v4 pattern on each path parameter that the handler parses with
 *   UuidParam, `type: integer` with its bounds on those parsed with a BoundedIntPipe;
 * - `additionalProperties: false` on every request body schema and the DTO schemas nested in it
 *   (the validation pipe whitelists with forbidNonWhitelisted), `minProperties: 1` on the PATCH
 *   bodies whose handler calls assertChanges, `oneOf` where a body takes exactly one of two fields;
 * - no U+0000 in any string of a JSON body or a query (the validation pipe refuses NUL everywhere:
 *   PostgreSQL cannot store it): a pattern on each string that has none;
 * - OpenAPI links from a creating answer's id to the operations on that resource.
 */
/** The component schema of a template file. */
export const TEMPLATE_SCHEMA = 'ProgramTemplateFile';

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Governance engine API')
      .setDescription(
        'Programs, phases, activities, cohorts, tasks and audit for a municipal project office. Every error answer is an RFC 9457 problem document (application/problem+json, schema ProblemDocument); ids in paths are UUID v4; bodies are JSON objects without unknown properties or nulls.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A personal API token (gov_…) or an OpenID Connect access token' })
      .build(),
    { extraModels: [ProblemDocumentView, FieldErrorView] },
  );
  // A template file's schema, generated from the template validation schema (POST /templates refers to it).
  document.components = { ...document.components, schemas: { ...document.components?.schemas, [TEMPLATE_SCHEMA]: templateOpenApiSchema() as never } };
  const maxParamLength = (app.getHttpAdapter().getInstance() as { initialConfig?: { maxParamLength?: number } }).initialConfig?.maxParamLength ?? 100;
  return applyContract(document, routesOf(app), { maxParamLength });
}

/** What the server's own metadata says about one handler, keyed by the operationId SwaggerModule gives it. */
export interface RouteFacts {
  isPublic: boolean;
  /** Path parameters parsed with UuidParam (ParseUUIDPipe, version 4). */
  uuidParams: string[];
  /** Path parameters parsed with a BoundedIntPipe, with its bounds. */
  intParams: { name: string; minimum: number; maximum: number }[];
}

/** The handlers of every controller, from Nest's route metadata. */
export function routesOf(app: INestApplication): Map<string, RouteFacts> {
  const routes = new Map<string, RouteFacts>();
  const container = (app as unknown as { container: { getModules(): Map<string, { controllers: Map<unknown, { metatype: Type | null }> }> } }).container;
  for (const module of container.getModules().values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const args: Record<string, { data?: unknown; pipes?: unknown[] }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {};
        const params = Object.entries(args).filter(([key, arg]) => key.split(':')[0] === String(RouteParamtypes.PARAM) && typeof arg.data === 'string');
        routes.set(`${metatype.name}_${name}`, {
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, metatype)),
          uuidParams: params.filter(([, arg]) => arg.pipes?.includes(UuidParam)).map(([, arg]) => arg.data as string),
          intParams: params.flatMap(([, arg]) => {
            const pipe = arg.pipes?.find((p): p is BoundedIntPipe => p instanceof BoundedIntPipe);
            return pipe ? [{ name: arg.data as string, minimum: pipe.minimum, maximum: pipe.maximum }] : [];
          }),
        });
      }
    }
  }
  return routes;
}

export { UUID_V4_PATTERN };
const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDocument' };
const COMMANDS = new Set(['post', 'put', 'patch', 'delete']);

const PROBLEMS: Record<number, string> = {
  400: 'The request is invalid and nothing changed: a path id that is not a UUID v4, a query or body field that is unknown, null, of the wrong type or out of bounds, a body that is not a JSON object or is too wide or deep, or an invalid Idempotency-Key; `errors` names the fields.',
  401: 'Missing, invalid, expired or revoked token.',
  403: 'The role may not do this (managers are refused every command).',
  404: 'No such resource, or not visible to the caller: contact persons and participants get 404 for what is not theirs.',
  409: 'Refused in the current state; nothing changed.',
  413: 'The body is larger than the limit (BODY_LIMIT_BYTES, 1 MiB by default).',
  414: 'The URL is too long.',
  415: 'The body is not of a media type the operation takes (application/json, or text/csv where stated).',
  422: 'This Idempotency-Key was used for a different request: use a new key for a new command.',
  429: 'Too many requests from this token (or, without one, this address) within a minute (RATE_LIMIT_PER_MINUTE); Retry-After says when to try again.',
  503: 'PostgreSQL or Temporal is unavailable: nothing changed; try again shortly (Retry-After).',
};
const IDEMPOTENCY_CONFLICT = 'A request with the same Idempotency-Key is still being processed.';

/** Bodies whose handler refuses an empty change (assertChanges): at least one field. */
const AT_LEAST_ONE_FIELD = ['UpdatePersonDto', 'UpdateOrganizationDto', 'PreferencesDto'];

/** Bodies that take exactly one of two fields (TasksService.create: an assignee, or an organization whose contact person it is). */
const EXACTLY_ONE_OF: Record<string, [string, string]> = { CreateTaskDto: ['assigneeId', 'organizationId'] };

type Link = { operationId: string; parameters: Record<string, string>; description?: string };
const byId = (operationId: string, param = 'id', extra: Record<string, string> = {}): Link => ({ operationId, parameters: { [param]: '$response.body#/id', ...extra } });
/** Where the id in a creating (or answering) operation's body leads: the operations on that resource. */
const LINKS: Record<string, Record<string, Link>> = {
  OrganizationsController_create: {
    GetOrganization: byId('OrganizationsController_get'),
    UpdateOrganization: byId('OrganizationsController_update'),
    RemoveOrganization: byId('OrganizationsController_remove'),
  },
  PersonsController_create: {
    GetPerson: byId('PersonsController_get'),
    UpdatePerson: byId('PersonsController_update'),
    IssueToken: byId('PersonsController_issueToken'),
    ErasePerson: byId('PersonsController_erase'),
    RemovePerson: byId('PersonsController_remove'),
  },
  PersonsController_issueToken: { RevokeToken: byId('MeController_revoke') },
  ProgramsController_create: {
    GetProgram: byId('ProgramsController_get'),
    GetGovernance: byId('PhaseOneController_governance'),
    SetQuestions: byId('PhaseOneController_setQuestions'),
    CreateSession: byId('PhaseOneController_createSession'),
    ListSessions: byId('PhaseOneController_sessions'),
    ListNeeds: byId('PhaseOneController_needs'),
    NeedStatistics: byId('PhaseOneController_statistics'),
    GetFocusAreas: byId('PhaseOneController_focusAreas'),
    GetCollaborationModel: byId('PhaseOneController_collaborationModel'),
    GetNetwork: byId('PhaseOneController_network'),
    GetCommunicationPlan: byId('PhaseOneController_communicationPlan'),
    GetReport: byId('PhaseOneController_report'),
    ListActivities: byId('ActivitiesController_list'),
    GetMatrix: byId('ActivitiesController_matrix'),
    CreateCohort: byId('CohortsController_create'),
    ListCohorts: byId('CohortsController_list'),
  },
  PhaseOneController_createSession: {
    AddNeed: { operationId: 'PhaseOneController_addNeed', parameters: { id: '$request.path.id', sessionId: '$response.body#/id' } },
    ImportNeeds: { operationId: 'PhaseOneController_importNeeds', parameters: { id: '$request.path.id', sessionId: '$response.body#/id' } },
  },
  ActivitiesController_propose: {
    GetActivity: byId('ActivitiesController_get', 'activityId'),
    FinishExecution: byId('ActivitiesController_finishExecution', 'activityId'),
    EvaluateActivity: byId('ActivitiesController_evaluate', 'activityId'),
  },
  CohortsController_create: {
    GetCohort: byId('CohortsController_get'),
    CohortHistory: byId('CohortsController_history'),
    CohortAnalytics: byId('CohortsController_analytics'),
    CohortReport: byId('CohortsController_report'),
    CohortEvents: byId('CohortsController_events'),
    RecordAttendees: byId('CohortsController_attendees'),
    RegisterInterest: byId('CohortsController_register'),
    AddEvent: byId('CohortsController_addEvent'),
  },
  CohortsController_addEvent: {
    RecordAttendance: { operationId: 'CohortsController_attendance', parameters: { id: '$request.path.id', eventId: '$response.body#/id' } },
  },
  TasksController_create: {
    GetTask: byId('TasksController_get'),
    CompleteTask: byId('TasksController_complete'),
    ReassignTask: byId('TasksController_reassign'),
    CancelTask: byId('TasksController_cancel'),
    MoveDueDate: byId('TasksController_changeDueDate'),
  },
  WebhooksController_create: { RemoveWebhook: byId('WebhooksController_remove') },
};

// The OpenAPI object types (@nestjs/swagger does not export them from its entry point).
type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;
type ParameterObject = Extract<NonNullable<OperationObject['parameters']>[number], { in: string }>;
type ResponseObject = Extract<OperationObject['responses'][string], { description: string }>;
type ReferenceObject = { $ref: string };
type SchemaObject = Extract<NonNullable<ParameterObject['schema']>, { type?: unknown }>;
type MediaTypeObject = NonNullable<ResponseObject['content']>[string];
type Responses = Record<string, ResponseObject | ReferenceObject>;

/** Applies the document-wide rules (see openApiDocument) to a generated document; exported for the tests. */
export function applyContract(document: OpenAPIObject, routes: Map<string, RouteFacts>, edge: { maxParamLength: number } = { maxParamLength: 100 }): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const bodySchemas = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
      if (!COMMANDS.has(method) && method !== 'get') continue;
      const facts = routes.get(operation.operationId ?? '');
      if (!facts) throw new Error(`OpenAPI contract: no route metadata for ${method.toUpperCase()} ${path} (${operation.operationId})`);
      const isCommand = COMMANDS.has(method);
      const parameters = (operation.parameters ?? []) as ParameterObject[];
      operation.parameters = parameters;

      for (const parameter of parameters.filter((p) => p.in === 'path')) {
        if (facts.uuidParams.includes(parameter.name)) {
          parameter.schema = { type: 'string', format: 'uuid', pattern: UUID_V4_PATTERN };
          parameter.description ??= 'A UUID (version 4)';
        } else {
          const bounded = facts.intParams.find((p) => p.name === parameter.name);
          if (bounded) parameter.schema = { type: 'integer', minimum: bounded.minimum, maximum: bounded.maximum };
          else {
            // Fastify refuses a longer path parameter (414) before any handler sees it.
            const schema = (parameter.schema ?? { type: 'string' }) as SchemaObject;
            parameter.schema = { ...schema, maxLength: Math.min(schema.maxLength ?? Infinity, edge.maxParamLength) };
          }
        }
      }
      if (isCommand && !facts.isPublic && !parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === IDEMPOTENCY_HEADER)) {
        parameters.push({
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]{1,200}$' },
          description:
            'A repeat with the same key and the same request (method, path, query and body) gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. Secrets shown once are withheld from repeats (header Idempotent-Secrets-Withheld).',
        });
      }

      for (const parameter of parameters.filter((p) => p.in === 'query')) withoutNul(parameter.schema as SchemaObject | undefined);
      const body = operation.requestBody && 'content' in operation.requestBody ? operation.requestBody : undefined;
      for (const media of Object.values(body?.content ?? {}) as MediaTypeObject[]) {
        const ref = (media.schema as ReferenceObject | undefined)?.$ref;
        if (ref) collectSchemas(ref, schemas, bodySchemas);
        else withoutNul(media.schema as SchemaObject | undefined);
      }

      const responses = (operation.responses ?? {}) as Responses;
      operation.responses = responses;
      const problem = (status: number, extra?: string) => {
        const existing = responses[status] as ResponseObject | undefined;
        // An operation's own description of the status stays; the extra is added unless it says it already.
        const base = existing?.description || PROBLEMS[status];
        const description = [base, ...(extra && !base?.includes(extra) ? [extra] : [])].filter(Boolean).join('\n\n');
        responses[status] = {
          ...existing,
          description,
          content: { [PROBLEM_MEDIA_TYPE]: { schema: PROBLEM_REF } },
          ...(status === 429 || status === 503 ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } } } } : {}),
        };
      };
      const hasInput = parameters.length > 0 || Boolean(body);
      if (hasInput) problem(400);
      if (!facts.isPublic) {
        problem(401);
        problem(403);
      }
      if (parameters.some((p) => p.in === 'path')) {
        problem(404);
        problem(414, `A path parameter longer than ${edge.maxParamLength} characters (Fastify's maxParamLength).`);
      }
      if (isCommand && !facts.isPublic) problem(409, IDEMPOTENCY_CONFLICT);
      if (body) {
        problem(413);
        problem(415);
      }
      if (isCommand && !facts.isPublic) problem(422);
      problem(429);
      // Only a liveness probe and the UI's sign-in settings answer without PostgreSQL or Temporal.
      if (!NO_BACKING_SERVICE.includes(operation.operationId ?? '')) problem(503);
      // Any other error status a decorator declared is a problem document too.
      for (const status of Object.keys(responses).map(Number)) if (status >= 400 && !(responses[status] as ResponseObject).content?.[PROBLEM_MEDIA_TYPE]) problem(status);

      const links = LINKS[operation.operationId ?? ''];
      if (links) {
        const success = Object.keys(responses).find((s) => s.startsWith('2'));
        if (!success) throw new Error(`OpenAPI contract: ${operation.operationId} has links but no success response`);
        (responses[success] as ResponseObject).links = links;
      }
    }
  }
  for (const name of bodySchemas) {
    const schema = schemas[name];
    if (schema.type === 'object' || schema.properties) schema.additionalProperties = false;
    if (AT_LEAST_ONE_FIELD.includes(name)) {
      schema.minProperties = 1;
      // A PATCH changes only what it names: a field left out keeps its value, it takes no default
      // (PartialType copies the create body's defaults).
      for (const property of Object.values(schema.properties ?? {})) delete (property as SchemaObject).default;
    }
    const pair = EXACTLY_ONE_OF[name];
    if (pair) schema.oneOf = pair.map((field) => ({ required: [field] }));
    for (const property of Object.values(schema.properties ?? {})) withoutNul(property as SchemaObject);
  }
  // A link must name operations that exist.
  const operationIds = new Set(Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => (op as OperationObject).operationId)));
  for (const [from, links] of Object.entries(LINKS)) {
    for (const link of Object.values(links)) if (!operationIds.has(link.operationId)) throw new Error(`OpenAPI contract: link from ${from} to unknown operation ${link.operationId}`);
  }
  return document;
}

/** No NUL (U+0000): what the validation pipe refuses in every string of a body or a query. */
export const NO_NUL_PATTERN = '^[^\\u0000]*$';

/** Adds NO_NUL_PATTERN to a string schema (or an array's string items) that has no pattern or enum of its own. */
function withoutNul(schema: SchemaObject | undefined): void {
  if (!schema || '$ref' in schema) return;
  if (schema.type === 'array') return withoutNul(schema.items as SchemaObject | undefined);
  if (schema.type === 'string' && !schema.pattern && !schema.enum) schema.pattern = NO_NUL_PATTERN;
}

/** Operations that reach neither PostgreSQL nor Temporal (no 503). */
const NO_BACKING_SERVICE = ['HealthController_live', 'UiController_uiConfig'];

/** A component schema and every component schema it refers to. */
function collectSchemas(ref: string, schemas: Record<string, SchemaObject>, into: Set<string>): void {
  const name = ref.replace('#/components/schemas/', '');
  if (into.has(name) || !schemas[name]) return;
  into.add(name);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') collectSchemas(value, schemas, into);
      else visit(value);
    }
  };
  visit(schemas[name]);
}

