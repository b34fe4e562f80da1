import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsPlainText } from '../common/plain-text.js';
import { IsUuidV4, UUID_V4 } from '../common/uuid.pipe.js';
import { LocalizedLabelView } from '../programs/program.dto.js';

const KEY = /^[a-z][a-z0-9-]{1,62}$/;
/** An http(s) link to where a document is kept, as the contract documents it. */
const LINK = /^https?:\/\/[^\s<>"]+$/;
const link = () => Matches(LINK, { message: '$property must be an http(s) link' });

export class SaveFormDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string', maxLength: 20000 }, { type: 'number' }, { type: 'boolean' }] },
    description: "The form's answers by field key (text, number, true/false, a choice's option, a date as YYYY-MM-DD); may be saved half-filled, required fields are checked when the step completes",
    example: { goal: 'Fler elever med godkända betyg', budget_sek: 1200000 },
  })
  @IsObject()
  answers: Record<string, string | number | boolean>;
}

export class ChecklistTickDto {
  @ApiProperty({ pattern: KEY.source }) @Matches(KEY, { message: 'key must be an item key of the checklist' }) key: string;
  @ApiProperty() @IsBoolean() done: boolean;
  @ApiPropertyOptional({ maxLength: 2000, pattern: LINK.source, description: 'A link to the document that shows the item is done', example: 'https://intranat.example.se/projekt/plan.pdf' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @link()
  evidence?: string;
}

export class SaveChecklistDto {
  @ApiProperty({ type: [ChecklistTickDto], maxItems: 100, description: 'The items whose state changes; items not named keep theirs' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ChecklistTickDto)
  items: ChecklistTickDto[];
}

export class AddDocumentVersionDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Slutrapport, version för styrgruppen' }) @IsPlainText(1, 200) title: string;
  @ApiProperty({ maxLength: 2000, pattern: LINK.source, example: 'https://intranat.example.se/projekt/slutrapport-v2.pdf', description: 'Where the document is kept (the records system, the intranet)' })
  @IsString()
  @MaxLength(2000)
  @link()
  link: string;
}

export class ApproveDocumentDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10_000, description: 'The version approved: the latest' }) @IsInt() @Min(1) @Max(10_000) version: number;
}

export class SetGateOwnerDto {
  @ApiProperty({ ...UUID_V4, description: "The steering group's decision maker: a person of the project office or a contact person holding gate.decide" })
  @IsUuidV4()
  personId: string;
}

export class FormFieldView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) label: LocalizedLabelView;
  @ApiProperty({ enum: ['text', 'number', 'boolean', 'choice', 'date'] }) type: string;
  @ApiProperty() required: boolean;
  @ApiPropertyOptional({ type: [String] }) options?: string[];
  @ApiPropertyOptional() maxLength?: number;
}

export class ChecklistItemView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ enum: ['required', 'optional', 'none'] }) evidence: string;
  @ApiProperty() done: boolean;
  @ApiProperty({ nullable: true, type: String }) evidenceLink: string | null;
}

export class DocumentVersionView {
  @ApiProperty() version: number;
  @ApiProperty() title: string;
  @ApiProperty() link: string;
  @ApiProperty({ nullable: true, type: String, description: 'Who recorded it; null for a reader who may not see persons outside their organization' }) recordedBy: string | null;
  @ApiProperty() recordedAt: string;
}

export class DocumentApprovalView {
  @ApiProperty() version: number;
  @ApiProperty({ nullable: true, type: String, description: 'Who approved it' }) by: string | null;
  @ApiProperty() at: string;
}

export class StepProblemView {
  @ApiProperty() message: string;
}

export class StepView {
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() phaseKey: string;
  @ApiProperty() key: string;
  @ApiProperty() kind: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ enum: ['pending', 'open', 'completed'], description: 'open: the step the program is at, so its data can change and it can complete' }) status: string;
  @ApiPropertyOptional({ type: [FormFieldView] }) fields?: FormFieldView[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "A form's answers so far" }) answers?: Record<string, string | number | boolean>;
  @ApiPropertyOptional({ type: [ChecklistItemView] }) items?: ChecklistItemView[];
  @ApiPropertyOptional({ type: LocalizedLabelView, description: "A document step's deliverable" }) deliverable?: LocalizedLabelView;
  @ApiPropertyOptional({ type: [DocumentVersionView] }) versions?: DocumentVersionView[];
  @ApiPropertyOptional({ type: DocumentApprovalView, nullable: true }) approved?: DocumentApprovalView | null;
  @ApiProperty({ type: [StepProblemView], description: 'What keeps the step from completing now; empty when it may' }) problems: StepProblemView[];
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) updatedAt?: string | null;
}
