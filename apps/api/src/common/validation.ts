import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationProblem, type FieldError } from './problem-details.filter.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const MAX_BODY_DEPTH = 8;

/** Paths of every null inside a body; throws when the body nests deeper than any command needs. */
function nullFields(body: object): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) throw new ValidationProblem([{ field: '(body)', message: `the body nests deeper than ${MAX_BODY_DEPTH} levels` }]);
    for (const [key, v] of Object.entries(value as object)) {
      const field = path ? `${path}.${key}` : key;
      if (v === null) found.push(field);
      else if (typeof v === 'object') stack.push({ value: v, path: field, depth: depth + 1 });
    }
  }
  return found;
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
      const nulls = nullFields(value);
      if (nulls.length) throw new ValidationProblem(nulls.map((field) => ({ field, message: `${field} must not be null; omit it instead` })));
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
