import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsPlainText } from '../common/plain-text.js';
import { IsUuidV4, UUID_V4 } from '../common/uuid.pipe.js';

/** Years an indicator's baseline, target and values may name. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** The largest magnitude of a baseline, target or measured value. */
export const MAX_MAGNITUDE = 1_000_000_000;
/** Decimals a value in a CSV file may carry (JSON numbers are taken as they come: PostgreSQL's numeric keeps them exactly). */
export const MAX_DECIMALS = 10;

const INDICATOR_KEY = /^[a-z][a-z0-9-]{1,62}$/;
const year = { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } as const;
const amount = { type: 'number', minimum: -MAX_MAGNITUDE, maximum: MAX_MAGNITUDE } as const;

export class DefineIndicatorDto {
  @ApiProperty({ type: String, pattern: INDICATOR_KEY.source, example: 'godkant-alla-amnen-ak9', description: 'A slug, unique within the program; the CSV import names the indicator by it' })
  @Matches(INDICATOR_KEY, { message: '$property must be a lower-case key of letters, digits and dashes' })
  key: string;

  @ApiProperty({ example: 'Andel elever som uppnått kunskapskraven i alla ämnen i åk 9' }) @IsPlainText(1, 200) nameSv: string;
  @ApiProperty({ example: 'Share of pupils meeting the knowledge requirements in all subjects in year 9' }) @IsPlainText(1, 200) nameEn: string;
  @ApiProperty({ example: '%' }) @IsPlainText(1, 40) unit: string;
  @ApiProperty({ example: 'Skolverket, SIRIS' }) @IsPlainText(1, 300) source: string;

  @ApiProperty({ ...year, example: 2019 }) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) baselineYear: number;
  @ApiProperty({ ...amount, example: 72.5 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-MAX_MAGNITUDE) @Max(MAX_MAGNITUDE) baselineValue: number;
  @ApiProperty({ ...amount, example: 85 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-MAX_MAGNITUDE) @Max(MAX_MAGNITUDE) targetValue: number;
  @ApiProperty({ ...year, example: 2023, description: 'Not before baselineYear' }) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) targetYear: number;

  @ApiPropertyOptional({ ...UUID_V4, description: 'Who answers for the indicator and may record its values: a person of the project office or a contact person (default: the caller)' })
  @IsOptional()
  @IsUuidV4()
  ownerId?: string;
}

export class RecordIndicatorValueDto {
  @ApiProperty({ ...amount, example: 76.4, description: 'The measured value for the year, in the indicator\'s unit' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-MAX_MAGNITUDE)
  @Max(MAX_MAGNITUDE)
  value: number;
}
