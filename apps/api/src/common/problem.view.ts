import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { MAX_FIELD_ERRORS } from './problem-details.filter.js';

@ApiSchema({ name: 'FieldError', description: 'One offending field of a refused request' })
export class FieldErrorView {
  @ApiProperty({ maxLength: 200, example: 'participantGroups.0', description: 'The field: a dotted path into the body or the query, `(body)` for the body as a whole, `row 3.category` for a CSV row' })
  field: string;

  @ApiProperty({ maxLength: 300, example: "'x' is not one of: teachers, managers" })
  message: string;
}

/**
 * RFC 9457 problem document, the one error format of the API (`application/problem+json`). Other
 * members are extensions: e.g. the health check's `info`/`error`/`details`, a refused step's `problems`.
 */
@ApiSchema({ name: 'ProblemDocument', description: 'RFC 9457 problem details: every error answer of the API, with the media type application/problem+json' })
export class ProblemDocumentView {
  @ApiProperty({ example: 'about:blank', description: 'A URI naming the kind of problem; about:blank: the status says it all' })
  type: string;

  @ApiProperty({ example: 'Bad Request', description: 'The status in words' })
  title: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400, description: 'The HTTP status code' })
  status: number;

  @ApiPropertyOptional({ example: 'participantGroups.0: must be a lower-case key of letters, digits and dashes', description: 'What went wrong, for a person to read' })
  detail?: string;

  @ApiPropertyOptional({ example: '/programs/4b0c…/sessions', description: 'The request path (without the query)' })
  instance?: string;

  @ApiPropertyOptional({ type: [FieldErrorView], maxItems: MAX_FIELD_ERRORS, description: `The offending fields of a refused request (at most ${MAX_FIELD_ERRORS})` })
  errors?: FieldErrorView[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: `How many more field errors there were beyond the first ${MAX_FIELD_ERRORS}` })
  errorsOmitted?: number;
}
