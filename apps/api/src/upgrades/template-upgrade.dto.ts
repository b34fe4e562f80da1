import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

export class TemplateUpgradeDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10_000, description: "The newer version of the program's template to move onto" })
  @IsInt()
  @Min(1)
  @Max(10_000)
  toVersion: number;
}

export class TemplateUpgradeQuery {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Report what the upgrade would change, and change nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

export class TemplateChangeView {
  @ApiProperty({ enum: ['phase-added', 'phase-removed', 'step-added', 'step-removed', 'step-changed', 'outcomes-changed', 'setting-changed', 'override-kept'] }) kind: string;
  @ApiPropertyOptional() phaseKey?: string;
  @ApiPropertyOptional() stepKey?: string;
  @ApiPropertyOptional({ description: 'The governance list or setting' }) setting?: string;
  @ApiPropertyOptional({ enum: ['before', 'current', 'after'], description: "Where the change lies from the program's position" }) place?: string;
  @ApiProperty() message: string;
}

class UpgradePositionView {
  @ApiProperty({ nullable: true, type: String }) phaseKey: string | null;
  @ApiProperty({ nullable: true, type: String }) stepKey: string | null;
}

export class TemplateUpgradeView {
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() templateKey: string;
  @ApiProperty() fromVersion: number;
  @ApiProperty() toVersion: number;
  @ApiProperty({ type: UpgradePositionView }) position: UpgradePositionView;
  @ApiProperty({ type: [TemplateChangeView] }) changes: TemplateChangeView[];
  @ApiProperty({ type: [String], description: 'Why it cannot apply now; empty when it can' }) refusals: string[];
  @ApiProperty() applicable: boolean;
  @ApiProperty() applied: boolean;
  @ApiProperty() dryRun: boolean;
}
