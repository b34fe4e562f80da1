import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { TEMPLATE_SCHEMA } from '../common/openapi-contract.js';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { BoundedIntPipe } from '../common/integers.js';
import { GovernanceView } from '../phased/phased.views.js';
import { TemplatesService } from './templates.service.js';

/** A template version: 1 to 10 000. */
const VersionParam = new BoundedIntPipe(1, 10_000);
import { StepKindView, TemplateBodyView, TemplatePageView, TemplateVersionView } from './template.views.js';

const READERS = ['project_office', 'manager', 'contact_person'] as const;
const KEY = '^[a-z][a-z0-9-]{1,62}$';

/**
 * Program templates as data: the built-in files and the versions the project office registers.
 * A template names its phases, their steps by kind and their decision points; GET /templates/schema
 * is the JSON Schema an editor checks a template file against.
 */
@ApiTags('templates')
@Controller('templates')
export class TemplatesController {
  constructor(@Inject(TemplatesService) private readonly templates: TemplatesService) {}

  @Get()
  @Access('The program templates, the newest version of each, with every version number', ...READERS)
  @ApiOkResponse({ type: TemplatePageView })
  list(): Promise<TemplatePageView> {
    return this.templates.list();
  }

  @Get('schema')
  @Access('The JSON Schema of a template file (also in the repository: libs/domain/templates/program-template.schema.json)', ...READERS)
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  schema(): Record<string, unknown> {
    return this.templates.schema();
  }

  @Get('step-kinds')
  @Access('The step kinds a template can name: what each edits, which lists it needs, what configures it', ...READERS)
  @ApiOkResponse({ type: [StepKindView] })
  kinds(): StepKindView[] {
    return this.templates.kinds();
  }

  @Get(':key/versions/:version')
  @Access('One template version as it runs (defaults applied)', ...READERS)
  @ApiParam({ name: 'key', schema: { type: 'string', pattern: KEY } })
  @ApiOkResponse({ type: TemplateBodyView })
  @ApiNotFoundResponse({ description: 'No such template version' })
  version(@Param('key') key: string, @Param('version', VersionParam) version: number): Promise<TemplateBodyView> {
    return this.templates.version(key, version);
  }

  @Get(':key/versions/:version/governance')
  @Access("A phased template version's lists as a program made from it starts with them (need categories, session kinds, participant groups, questions …), readable before any program exists", ...READERS)
  @ApiParam({ name: 'key', schema: { type: 'string', pattern: KEY } })
  @ApiOkResponse({ type: GovernanceView })
  @ApiNotFoundResponse({ description: 'No such template version' })
  @ApiConflictResponse({ description: 'The template has no governed phases (a cohort template, or an old version)' })
  governance(@Param('key') key: string, @Param('version', VersionParam) version: number): Promise<GovernanceView> {
    return this.templates.governance(key, version);
  }

  @Post()
  @HttpCode(201)
  @Access('Register a template or a new version of one, validated as a whole; immutable once stored', 'project_office')
  @ApiBody({ schema: { $ref: `#/components/schemas/${TEMPLATE_SCHEMA}` }, description: 'A template file (its JSON Schema: GET /templates/schema)' })
  @ApiCreatedResponse({ type: TemplateVersionView })
  @ApiBadRequestResponse({ description: 'The template does not hold together: every problem with its path (phases[2].steps[0].kind); nothing is stored' })
  @ApiConflictResponse({ description: 'That version exists already' })
  register(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<TemplateVersionView> {
    return this.templates.register(principal, body);
  }
}
