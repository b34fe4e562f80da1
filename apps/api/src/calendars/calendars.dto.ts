import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { IsDay } from '../common/day.js';
import { IsPlainText } from '../common/plain-text.js';
import { LocalizedLabelView } from '../programs/program.dto.js';

export class ClosureNameDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Julstängning' }) @IsPlainText(1, 100) sv: string;
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Christmas closure' }) @IsPlainText(1, 100) en: string;
}

export class ClosureDto {
  @ApiProperty({ format: 'date', example: '2026-12-28', description: 'The day (YYYY-MM-DD)' }) @IsDay() date: string;
  @ApiProperty({ type: ClosureNameDto }) @IsObject() @ValidateNested() @Type(() => ClosureNameDto) name: ClosureNameDto;
}

export class SetClosuresDto {
  @ApiProperty({ type: [ClosureDto], maxItems: 100, description: 'Every closure day of the calendar (replaces those registered); days distinct' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ClosureDto)
  closures: ClosureDto[];
}

export class ClosureView {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
}

export class SchoolBreakView {
  @ApiProperty({ example: 'hostlov' }) key: string;
  @ApiPropertyOptional({ type: LocalizedLabelView }) name?: LocalizedLabelView;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
}

export class WorkCalendarView {
  @ApiProperty({ enum: ['sverige', 'vasteras', 'stockholm'] }) key: string;
  @ApiPropertyOptional({ type: LocalizedLabelView }) name?: LocalizedLabelView;
  @ApiPropertyOptional({ enum: ['midsommarafton', 'julafton', 'nyarsafton'], isArray: true, description: 'The eves that are days off (all three unless listed)' }) eves?: string[];
  @ApiProperty({ type: [ClosureView], description: 'Closure days: the built-in ones and those the project office registered' }) closures: ClosureView[];
  @ApiProperty({ type: [SchoolBreakView], description: 'School breaks (days off under the school-year basis)' }) schoolBreaks: SchoolBreakView[];
}
