import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DECISION_RULE_KINDS, POSITIONS, STEERING_ROLES, type DecisionRuleKind, type Position, type SteeringRole } from '@gov/domain';
import { IsDay } from '../common/day.js';
import { IsMoment } from '../common/moment.js';
import { IsPlainText } from '../common/plain-text.js';
import { IsUuidV4, UUID_V4 } from '../common/uuid.pipe.js';

/** An http(s) link to where a document is kept. */
const LINK = /^https?:\/\/[^\s<>"]+$/;

export class SteeringSeatDto {
  @ApiProperty({ ...UUID_V4 }) @IsUuidV4() personId: string;
  @ApiProperty({ enum: STEERING_ROLES, description: 'ordförande (chair, one), ledamot (member), sekreterare (secretary), adjungerad (co-opted); only the chair and the members vote and count toward the quorum' })
  @IsIn(STEERING_ROLES)
  role: SteeringRole;
}

export class SetSteeringGroupDto {
  @ApiProperty({ enum: DECISION_RULE_KINDS, description: 'chair: the chair decides; majority: more than half of the voting members present are for it; all: every voting member present is for it' })
  @IsIn(DECISION_RULE_KINDS)
  rule: DecisionRuleKind;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 50, example: 3, description: 'At least this many voting members present (chair and members)' })
  @IsInt()
  @Min(1)
  @Max(50)
  quorum: number;

  @ApiProperty({ type: [SteeringSeatDto], minItems: 1, maxItems: 30, description: 'The seats from now on: a person left out leaves the group, a changed role ends one seat and starts another (the history keeps both)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SteeringSeatDto)
  members: SteeringSeatDto[];
}

export class ProvideMaterialDto {
  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Delrapport fas I, version till Hållbarhetsarenan' }) @IsPlainText(1, 300) title: string;
  @ApiProperty({ maxLength: 2000, pattern: LINK.source, example: 'https://diarium.example.se/arende/2019-123/delrapport.pdf', description: 'Where the document is kept (the records system, the intranet)' })
  @IsString()
  @MaxLength(2000)
  @Matches(LINK, { message: 'link must be an http(s) link' })
  link: string;
}

export class MemberPositionDto {
  @ApiProperty({ ...UUID_V4 }) @IsUuidV4() personId: string;
  @ApiProperty({ enum: POSITIONS, description: 'för (for), emot (against), avstår (abstain)' }) @IsIn(POSITIONS) position: Position;
}

export class DecisionConditionDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'Kommunikationsplanen kompletteras med elevernas kanaler' }) @IsString() @Length(1, 2000) text: string;
  @ApiProperty({ ...UUID_V4, description: 'Who fulfils the condition: it becomes their task' }) @IsUuidV4() ownerId: string;
  @IsDay() dueDate: string;
}

export class ReservationDto {
  @ApiProperty({ ...UUID_V4, description: 'A voting member present who was not for the decision' }) @IsUuidV4() personId: string;
  @ApiProperty({ minLength: 1, maxLength: 2000 }) @IsString() @Length(1, 2000) text: string;
}

/** The parts of a decision that a steering group records; a single decision maker gives none of them but conditions. */
export class SteeringDecisionParts {
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', ...UUID_V4 }, maxItems: 50, description: "The steering group's members present (närvarande); required where the program has a steering group" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUuidV4({ each: true })
  present?: string[];

  @ApiPropertyOptional({ type: [MemberPositionDto], maxItems: 50, description: "Each voting member present and their position, where the group's rule counts votes (majority, all)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MemberPositionDto)
  positions?: MemberPositionDto[];

  @ApiPropertyOptional({ type: [DecisionConditionDto], maxItems: 20, description: 'Conditions of the decision (villkor): each becomes a task for its owner, due on its date' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DecisionConditionDto)
  conditions?: DecisionConditionDto[];

  @ApiPropertyOptional({ type: [ReservationDto], maxItems: 50, description: 'Reservations (reservationer) against the decision, entered in the protocol' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReservationDto)
  reservations?: ReservationDto[];
}

export class ProtocolQuery {
  @ApiPropertyOptional({ enum: ['json', 'html', 'pdf'], description: 'json (default), html or pdf; or the Accept header' }) @IsOptional() @IsIn(['json', 'html', 'pdf']) format?: 'json' | 'html' | 'pdf';
  @ApiPropertyOptional({ enum: ['sv', 'en'], description: 'Swedish (default) or English' }) @IsOptional() @IsIn(['sv', 'en']) lang?: 'sv' | 'en';
}

export class ScheduleSteeringMeetingDto {
  @IsMoment() startsAt: string;
  @IsMoment() endsAt: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, example: 'Stadshuset, sal 3' }) @IsOptional() @IsPlainText(1, 200) location?: string;
}

export class RecordMinutesDto {
  @ApiProperty({ minLength: 1, maxLength: 20000, description: 'The minutes (protokollsanteckningar) of the meeting' }) @IsString() @Length(1, 20000) minutes: string;
}

export class BoardPackQuery extends ProtocolQuery {}
