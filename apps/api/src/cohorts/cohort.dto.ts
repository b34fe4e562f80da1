import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsISO8601, IsUUID } from 'class-validator';
import { LIST_KINDS } from '@gov/domain';
import { IsPlainText } from '../common/plain-text.js';

export class CreateCohortDto {
  @ApiProperty({ example: 'Fast Track hösten 2019' }) @IsPlainText(1, 200) name: string;
  @ApiProperty({ example: '2019-09-20T17:00:00+02:00', description: 'The info meeting; interest registration stays open for the template’s window after it' })
  @IsISO8601({ strict: true, strictSeparator: true })
  infoMeetingAt: string;
}

export class AttendeesDto {
  @ApiProperty({ type: [String], description: 'Participants (persons of role participant) who came to the info meeting' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  personIds: string[];
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') personId: string;
}

export class PlaceOnListDto extends PersonRefDto {
  @ApiProperty({ enum: LIST_KINDS }) @IsIn(LIST_KINDS as unknown as string[]) list: (typeof LIST_KINDS)[number];
}

export class AnswerOfferDto {
  @ApiProperty({ description: 'true: take the place; false: decline it (it moves on)' }) @IsBoolean() accept: boolean;
}
