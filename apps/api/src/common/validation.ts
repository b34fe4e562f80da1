import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { MAX_FIELD_ERRORS, ValidationProblem, type FieldError } from './problem-details.filter.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Bounds a body must keep before it is validated: generous for every command, cheap to check. */
export const BODY_LIMITS = { depth: 8, propertiesPerObject: 100, itemsPerArray: 10_000, values: 50_000 } as const;

const NUL = '\u0000';

/**
 * One pass over a parsed body (or query) before class-validator sees it: refuses a body wider or
 * deeper than any command needs — validating 60,000 unknown keys would block the event loop and
 * answer megabytes of errors — and finds the fields PostgreSQL could never store (a NUL character)
 * and the nulls this API never accepts.
 */
function inspect(body: object): FieldError[] {
  const problems: FieldError[] = [];
  let values = 0;
  const stack: { value: object; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  const tooBig = (message: string) => new ValidationProblem([{ field: '(body)', message }]);
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (depth > BODY_LIMITS.depth) throw tooBig(`the body nests deeper than ${BODY_LIMITS.depth} levels`);
    const isArray = Array.isArray(value);
    const keys = Object.keys(value);
    if (isArray && keys.length > BODY_LIMITS.itemsPerArray) throw tooBig(`${path || 'the body'} has more than ${BODY_LIMITS.itemsPerArray} items`);
    if (!isArray && keys.length > BODY_LIMITS.propertiesPerObject) throw tooBig(`${path || 'the body'} has more than ${BODY_LIMITS.propertiesPerObject} properties`);
    values += keys.length;
    if (values > BODY_LIMITS.values) throw tooBig(`the body has more than ${BODY_LIMITS.values} values`);
    for (const key of keys) {
      const v = (value as Record<string, unknown>)[key];
      const field = path ? (isArray ? `${path}[${key}]` : `${path}.${key}`) : key;
      if (key.includes(NUL)) problems.push({ field: field.replaceAll(NUL, '\\0'), message: 'a property name must not contain a NUL character' });
      else if (v === null) problems.push({ field, message: `${field} must not be null; omit it instead` });
      else if (typeof v === 'string' && v.includes(NUL)) problems.push({ field, message: `${field} must not contain a NUL character (U+0000)` });
      else if (typeof v === 'object') stack.push({ value: v as object, path: field, depth: depth + 1 });
      if (problems.length >= MAX_FIELD_ERRORS) return problems;
    }
  }
  return problems;
}

/**
 * Null is never a value in this API (omit a field instead). class-validator's @IsOptional lets
 * null through, which would reach the database as a half-applied change.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A raw text body (a CSV import) is parsed and checked by its own endpoint.
    if (metadata.type === 'body' && metadata.metatype === String && typeof value === 'string') return value;
    if (metadata.type === 'body') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ValidationProblem([{ field: '(body)', message: 'the body must be a JSON object' }]);
      }
      const problems = inspect(value);
      if (problems.length) throw new ValidationProblem(problems);
    }
    if (metadata.type === 'query' && value && typeof value === 'object') {
      const problems = inspect(value);
      if (problems.length) throw new ValidationProblem(problems);
    }
    if (metadata.type === 'query' && typeof value === 'string' && value.includes(NUL)) {
      throw new ValidationProblem([{ field: metadata.data ?? '(query)', message: `${metadata.data ?? 'the query'} must not contain a NUL character (U+0000)` }]);
    }
    return super.transform(value, metadata);
  }
}

/** Rejects unknown properties, nulls and wrong types; every error names its field. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new ValidationProblem(flatten(errors)),
  });
}

/** A PATCH must change something. */
export function assertChanges(dto: object): void {
  if (Object.values(dto).every((v) => v === undefined)) {
    throw new ValidationProblem([{ field: '(body)', message: 'nothing to change: send at least one field' }]);
  }
}
