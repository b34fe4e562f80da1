import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { loadConfig } from '@gov/config';
import { ApiModule } from '../api.module.js';
import { contractProblems } from './openapi-contract.check.js';
import { openApiDocument, UUID_V4_PATTERN } from './openapi-contract.js';

type Schema = Record<string, any>;

/**
 * The document built from the controllers without a database (Nest's preview mode), checked
 * against the contract rules and against the validation the server really applies: every bound a
 * class-validator decorator enforces on a request DTO must be declared on its schema.
 */
describe('the OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    const config = loadConfig({ ...process.env, DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none', TEMPORAL_ADDRESS: '127.0.0.1:1', PUBLIC_URL: 'http://127.0.0.1:3000' });
    app = await NestFactory.create(ApiModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
    document = openApiDocument(app);
  });
  afterAll(async () => {
    await app?.close().catch(() => undefined);
  });

  it('keeps the contract on every operation', () => {
    expect(contractProblems(document)).toEqual([]);
  });

  it('documents TaskView.purpose completely and the two repaired bodies as the server validates them', () => {
    const schemas = document.components!.schemas as Record<string, Schema>;
    expect(schemas.TaskView.properties.purpose.enum).toEqual(['step', 'gate', 'network-status', 'activity-planning', 'activity-status', 'activity-evaluation', 'yearly-check', 'interview', 'offer', 'condition']);
    expect(schemas.ProposeActivityDto.properties.effectGoalNumbers.items).toMatchObject({ type: 'integer', minimum: 1, maximum: 50 });
    expect(schemas.SetQuestionsDto.properties.questions.items).toEqual({ $ref: '#/components/schemas/QuestionDto' });
    expect(schemas.QuestionDto).toMatchObject({ additionalProperties: false, required: ['key', 'text'] });
  });

  it('declares on each request schema and query parameter the bounds its class-validator decorators enforce', () => {
    const schemas = document.components!.schemas as Record<string, Schema>;
    const operations = new Map(Object.values(document.paths).flatMap((item) => Object.values(item as Record<string, Schema>).map((op) => [op.operationId as string, op] as const)));
    const problems: string[] = [];
    for (const { dto, query } of requestDtos(app)) {
      // A query DTO is documented as the operations' query parameters, a body DTO as its component schema.
      const targets: [string, Schema | undefined][] = query
        ? query.map((operationId) => [`${operationId}?`, { properties: Object.fromEntries(((operations.get(operationId)?.parameters ?? []) as Schema[]).filter((p) => p.in === 'query').map((p) => [p.name, p.schema])) }])
        : [[schemaName(dto), schemas[schemaName(dto)]]];
      for (const [label, schema] of targets) {
        if (!schema) {
          problems.push(`${label}: no component schema`);
          continue;
        }
        for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
          const property = schema.properties?.[meta.propertyName];
          if (!property) {
            problems.push(`${label}.${meta.propertyName}: not documented`);
            continue;
          }
          problems.push(...boundProblems(`${label}.${meta.propertyName}`, meta.name ?? String(meta.type), meta.constraints ?? [], meta.each ? resolve(property.items ?? {}, schemas) : resolve(property, schemas)));
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

function resolve(schema: Schema, schemas: Record<string, Schema>): Schema {
  const ref: string | undefined = schema.$ref ?? (schema.allOf?.length === 1 ? schema.allOf[0].$ref : undefined);
  return ref ? schemas[ref.replace('#/components/schemas/', '')] : schema;
}

/** The component name SwaggerModule gives a class: its @ApiSchema name, or the class name. */
function schemaName(dto: Type): string {
  const options = Reflect.getMetadata('swagger/apiSchema', dto) as { name?: string }[] | undefined;
  return options?.find((o) => o.name)?.name ?? dto.name;
}

/** What one class-validator constraint requires of the schema that documents the property. */
function boundProblems(where: string, name: string, constraints: unknown[], s: Schema): string[] {
  const problems: string[] = [];
  const expect = (key: string, value: unknown) => {
    if (JSON.stringify(s[key]) !== JSON.stringify(value)) problems.push(`${where} (${name}): ${key} is ${JSON.stringify(s[key])}, the server enforces ${JSON.stringify(value)}`);
  };
  switch (name) {
    case 'isLength': {
      const [min, max] = constraints as [number, number | undefined];
      if (min > 0 || s.minLength !== undefined) expect('minLength', min);
      if (max !== undefined) expect('maxLength', max);
      break;
    }
    case 'arrayMaxSize':
      expect('maxItems', constraints[0]);
      break;
    case 'arrayMinSize':
      expect('minItems', constraints[0]);
      break;
    case 'arrayUnique':
      expect('uniqueItems', true);
      break;
    case 'min':
      expect('minimum', constraints[0]);
      break;
    case 'max':
      expect('maximum', constraints[0]);
      break;
    case 'isInt':
      expect('type', 'integer');
      break;
    case 'isBoolean':
      expect('type', 'boolean');
      break;
    case 'isNumber':
      expect('type', 'number');
      break;
    case 'isString':
      expect('type', 'string');
      break;
    case 'isMoment':
      expect('format', 'date-time');
      break;
    case 'isDay':
      expect('format', 'date');
      break;
    case 'isObject':
      expect('type', 'object');
      break;
    case 'isUuid':
      expect('format', 'uuid');
      expect('pattern', UUID_V4_PATTERN);
      break;
    case 'matches':
      expect('pattern', (constraints[0] as RegExp).source);
      break;
    case 'isIn': {
      const values = constraints[0] as unknown[];
      const range = values.every((v) => Number.isInteger(v)) && values.every((v, i) => i === 0 || v === (values[i - 1] as number) + 1);
      if (range && values.length > 20) {
        expect('type', 'integer');
        expect('minimum', values[0]);
        expect('maximum', values[values.length - 1]);
      } else if (JSON.stringify([...(s.enum ?? [])].sort()) !== JSON.stringify([...values].sort())) problems.push(`${where} (isIn): enum is ${JSON.stringify(s.enum)}, the server takes ${JSON.stringify(values)}`);
      break;
    }
    default:
      break;
  }
  return problems;
}

/** The DTO classes of every handler's body (and the DTO classes nested in them) and query (with the operations taking them). */
function requestDtos(app: INestApplication): { dto: Type; query?: string[] }[] {
  const bodies = new Set<Type>();
  const queries = new Map<Type, string[]>();
  const isModel = (type: unknown): type is Type => typeof type === 'function' && Boolean(Reflect.getMetadata('swagger/apiModelPropertiesArray', (type as Type).prototype));
  const addBody = (type: unknown) => {
    if (!isModel(type) || bodies.has(type)) return;
    bodies.add(type);
    for (const key of Reflect.getMetadata('swagger/apiModelPropertiesArray', type.prototype) as string[]) {
      const meta = Reflect.getMetadata('swagger/apiModelProperties', type.prototype, key.slice(1)) as { type?: unknown } | undefined;
      const nested = typeof meta?.type === 'function' && !isModel(meta.type) && ![String, Number, Boolean, Object, Array, Date].includes(meta.type as never) ? (meta.type as () => unknown)() : meta?.type;
      addBody(Array.isArray(nested) ? nested[0] : nested);
    }
  };
  const container = (app as unknown as { container: { getModules(): Map<string, { controllers: Map<unknown, { metatype: Type | null }> }> } }).container;
  for (const module of container.getModules().values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
        const args: Record<string, { index: number }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {};
        const types: unknown[] = Reflect.getMetadata('design:paramtypes', metatype.prototype, name) ?? [];
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[arg.index];
          if (kind === RouteParamtypes.BODY) addBody(type);
          if (kind === RouteParamtypes.QUERY && isModel(type)) queries.set(type, [...(queries.get(type) ?? []), `${metatype.name}_${name}`]);
        }
      }
    }
  }
  return [...[...bodies].map((dto) => ({ dto })), ...[...queries].map(([dto, query]) => ({ dto, query }))];
}
