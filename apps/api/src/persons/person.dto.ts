import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { PageQuery } from '../common/page.dto.js';
import { IsUuidV4, UUID_V4 } from '../common/uuid.pipe.js';
import { IsMoment } from '../common/moment.js';
import { IsPlainText } from '../common/plain-text.js';
import { DIGEST_TIME_PATTERN, MAIL_DELIVERIES, PERMISSIONS, ROLES, type MailDelivery, type Permission, type Role } from '@gov/domain';

export class CreatePersonDto {
  @ApiProperty({ example: 'Anna Andersson', minLength: 1, maxLength: 200 })
  @IsPlainText(1, 200)
  displayName: string;

  @ApiProperty({ example: 'anna.andersson@vasteras.se', minLength: 3, maxLength: 254, description: 'An email address (stored in lower case)' })
  @IsString()
  @Length(3, 254)
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as unknown as string[], { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ ...UUID_V4, description: 'Required for a contact person: the organization they are the entrance to' })
  @ValidateIf((o: CreatePersonDto) => o.role === 'contact_person' || o.organizationId !== undefined)
  @IsUuidV4({ message: 'organizationId must be a UUID (a contact person needs one)' })
  organizationId?: string;

  @ApiPropertyOptional({ enum: PERMISSIONS, isArray: true, maxItems: PERMISSIONS.length, uniqueItems: true, description: 'e.g. gate.decide for steering-group members' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PERMISSIONS.length)
  @ArrayUnique()
  @IsIn(PERMISSIONS as unknown as string[], { each: true, message: `each permission must be one of: ${PERMISSIONS.join(', ')}` })
  permissions?: Permission[];

  @ApiPropertyOptional({ description: "The identity provider's subject (sub, or oid in Entra ID)", minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  @Matches(/^[\x21-\x7e]+$/, { message: 'externalSubject must be printable ASCII without spaces' })
  externalSubject?: string;

  @ApiPropertyOptional({ enum: ['sv', 'en'], default: 'sv' })
  @IsOptional()
  @IsIn(['sv', 'en'])
  locale?: 'sv' | 'en';

  @ApiPropertyOptional({ enum: MAIL_DELIVERIES, default: 'immediate', description: 'Reminders one mail each, or one daily digest (escalations and invitations always come at once)' })
  @IsOptional()
  @IsIn(MAIL_DELIVERIES as unknown as string[], { message: `mailDelivery must be one of: ${MAIL_DELIVERIES.join(', ')}` })
  mailDelivery?: MailDelivery;

  @ApiPropertyOptional({ example: '07:00', default: '07:00', pattern: DIGEST_TIME_PATTERN.source, description: 'When the daily digest goes out (HH:MM, Swedish time)' })
  @IsOptional()
  @IsString()
  @Matches(DIGEST_TIME_PATTERN, { message: 'digestTime must be HH:MM (24-hour clock)' })
  digestTime?: string;
}

export class UpdatePersonDto extends PartialType(CreatePersonDto) {}

/** What people may change about themselves: language and how reminders reach them. */
export class PreferencesDto extends PartialType(PickType(CreatePersonDto, ['locale', 'mailDelivery', 'digestTime'] as const)) {}

export class PersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ enum: PERMISSIONS, isArray: true }) permissions: Permission[];
  @ApiProperty({ nullable: true, type: String }) externalSubject: string | null;
  @ApiProperty({ enum: ['sv', 'en'] }) locale: 'sv' | 'en';
  @ApiProperty({ enum: MAIL_DELIVERIES }) mailDelivery: MailDelivery;
  @ApiProperty({ example: '07:00' }) digestTime: string;
}

export class PersonPageView {
  @ApiProperty({ type: [PersonView] }) items: PersonView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class IssueTokenDto {
  @ApiProperty({ example: 'integration script', minLength: 1, maxLength: 100 })
  @IsPlainText(1, 100)
  name: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365, default: 90, description: 'Days until the token expires' })
  @IsOptional()
  @IsIn(Array.from({ length: 365 }, (_, i) => i + 1), { message: 'expiresInDays must be a whole number from 1 to 365' })
  expiresInDays?: number;
}

export class TokenView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'First characters, to tell tokens apart' }) prefix: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) expiresAt: string | null;
  @ApiProperty({ nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lastUsedAt: string | null;
}

export class IssuedTokenView extends TokenView {
  @ApiPropertyOptional({ description: 'The token itself: shown only in this answer (withheld from an Idempotency-Key repeat, which answers the header Idempotent-Secrets-Withheld: token)' }) token?: string;
}

/** GET /persons: a page by name, optionally one role's or names containing a text. */
export class PersonQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES, description: 'Only persons of this role' }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ example: 'Holm', description: 'Only names containing this text (case-insensitive)' }) @IsOptional() @IsPlainText(1, 100) search?: string;
}

export class ErasedPersonView {
  @ApiProperty({ format: 'uuid', description: 'The pseudonymous id kept for the audit trail' }) personId: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Rows in which a name or address was replaced' }) rowsChanged: number;
}

export class HandoverDto {
  @ApiProperty({ ...UUID_V4, description: 'The successor: a contact person of the same organization (with gate.decide if the person decides a gate)' })
  @IsUuidV4()
  to: string;
}

export class HandoverQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: answer what would be moved; nothing is changed or recorded' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export class HandoverItemView {
  @ApiProperty({
    enum: ['task', 'activity', 'network-seat', 'steering-seat', 'gate', 'organization-contact'],
    description: 'An open task (interviews and gate tasks included), an activity they are responsible for, a seat in a program’s network, a seat in a program’s steering group, a program whose gate they decide, their organization’s contact-person role',
  })
  kind: 'task' | 'activity' | 'network-seat' | 'steering-seat' | 'gate' | 'organization-contact';
  @ApiProperty({ format: 'uuid', description: 'The task, activity, network membership, program or organization' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The task’s or activity’s title, the program’s name' }) title: string | null;
}

export class HandoverView {
  @ApiProperty({ format: 'uuid' }) from: string;
  @ApiProperty({ format: 'uuid' }) to: string;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ type: [HandoverItemView] }) items: HandoverItemView[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many items were moved (0 in a dry run)' }) moved: number;
}

export class CreateAbsenceDto {
  @ApiProperty({ example: '2027-06-21T08:00:00+02:00', description: 'From (RFC 3339, with an offset)' })
  @IsMoment()
  startsAt: string;

  @ApiProperty({ example: '2027-08-09T08:00:00+02:00', description: 'Until (RFC 3339, with an offset): after startsAt, in the future, at most a year on' })
  @IsMoment()
  endsAt: string;

  @ApiProperty({ ...UUID_V4, description: 'Who acts meanwhile: for a contact person a contact person of the same organization, for the project office someone of the project office' })
  @IsUuidV4()
  substituteId: string;
}

export class AbsenceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ format: 'uuid' }) substituteId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ description: 'It runs now: the substitute acts for the person' }) active: boolean;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
}
