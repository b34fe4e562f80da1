import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedLabelView, PhaseDefinitionView, TemplateView } from '../programs/program.dto.js';

export class TemplateVersionView extends TemplateView {
  @ApiProperty({ description: 'Shipped with the engine as a template file; otherwise registered by the project office' }) builtIn: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'When the project office registered it; null for a built-in template' }) registeredAt: string | null;
  @ApiProperty({ type: [Number], description: 'Every version of this key, lowest first' }) versions: number[];
}

export class TemplatePageView {
  @ApiProperty({ type: [TemplateVersionView], description: 'The newest version of each template' }) items: TemplateVersionView[];
}

export class TemplateBodyView {
  @ApiProperty({ type: TemplateVersionView }) summary: TemplateVersionView;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The template as it runs (defaults applied), in the shape of GET /templates/schema' })
  template: Record<string, unknown>;
}

export class StepKindView {
  @ApiProperty({ example: 'form' }) key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ type: [String], description: 'The program data a step of this kind lets the project office change while it is open' }) edits: string[];
  @ApiProperty({ type: [String], description: 'The governance lists a template must fill for a step of this kind' }) needs: string[];
  @ApiProperty({ description: 'Opened again every period alongside its phase instead of completed in order' }) recurring: boolean;
  @ApiPropertyOptional({ description: 'The template field that configures it (form, checklist, document)' }) configuredBy?: string;
}

export { PhaseDefinitionView };
