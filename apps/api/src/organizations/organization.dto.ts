import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsPlainText } from '../common/plain-text.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '@gov/domain';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Grundskolenämnden', minLength: 1, maxLength: 200 })
  @IsPlainText(1, 200)
  name: string;

  @ApiProperty({ enum: ORGANIZATION_TYPES, description: 'förvaltning, bolag, nämnd/styrelse, nätverk, övrig' })
  @IsIn(ORGANIZATION_TYPES as unknown as string[], { message: `type must be one of: ${ORGANIZATION_TYPES.join(', ')}` })
  type: OrganizationType;
}

export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto) {}

export class OrganizationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class OrganizationPageView {
  @ApiProperty({ type: [OrganizationView] }) items: OrganizationView[];
  @ApiProperty() total: number;
  @ApiPropertyOptional() limit: number;
  @ApiPropertyOptional() offset: number;
}
