import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_STATUSES } from '@gov/domain';
import { LocalizedLabelView } from '../programs/program.dto.js';

/** The answers of the effect-goal and indicator endpoints. */

const uuid = { type: String, format: 'uuid' } as const;
const nullableUuid = { type: String, format: 'uuid', nullable: true } as const;
const dateTime = { type: String, format: 'date-time' } as const;

export class IndicatorView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) programId: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) goalNumber: number;
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty() unit: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: 'integer' }) baselineYear: number;
  @ApiProperty({ type: Number }) baselineValue: number;
  @ApiProperty({ type: 'integer' }) targetYear: number;
  @ApiProperty({ type: Number }) targetValue: number;
  @ApiProperty({ ...nullableUuid, description: 'The owner, null when the caller may not know the person' }) ownerId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The owner's name, null when the caller may not know the person" }) ownerName: string | null;
  @ApiProperty(dateTime) createdAt: string;
  @ApiProperty(dateTime) updatedAt: string;
}

export class IndicatorPointView {
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: Number }) value: number;
}

export class IndicatorValueView extends IndicatorPointView {
  @ApiProperty(uuid) indicatorId: string;
  @ApiProperty({ ...nullableUuid, description: 'Who recorded it, null when the caller may not know the person' }) recordedBy: string | null;
  @ApiProperty(dateTime) recordedAt: string;
}

export class IndicatorValueRecordedView extends IndicatorValueView {
  @ApiProperty({ type: Number, nullable: true, description: 'The value it replaced, null when the year was new' }) replaced: number | null;
}

export class IndicatorValuesImportView {
  @ApiProperty({ type: 'integer', description: 'Rows in the file' }) rows: number;
  @ApiProperty({ type: 'integer', description: 'Years that had no value before' }) created: number;
  @ApiProperty({ type: 'integer', description: 'Years whose value was replaced (the audit trail keeps the old one)' }) replaced: number;
}

export class IndicatorStatusView extends IndicatorView {
  @ApiProperty({ type: IndicatorPointView, nullable: true, description: 'The value of the latest year measured' }) latest: IndicatorPointView | null;
  @ApiProperty({ type: Number, nullable: true, description: 'What the straight line from baseline to target expects in the latest year' }) expected: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Whether the latest value is on the line from baseline to target or better; null before the first value' }) onTrack: boolean | null;
}

export class IndicatorSeriesView extends IndicatorStatusView {
  @ApiProperty({ type: [IndicatorPointView], description: 'The measured values, by year' }) series: IndicatorPointView[];
}

export class GoalActivityView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: string;
  @ApiProperty({ type: [String], format: 'uuid', description: "The goal's indicators the activity names as those it should move" }) indicatorIds: string[];
}

export class EffectGoalView {
  @ApiProperty({ type: 'integer', minimum: 1 }) number: number;
  @ApiProperty({ type: LocalizedLabelView }) text: LocalizedLabelView;
  @ApiProperty({ type: [IndicatorStatusView] }) indicators: IndicatorStatusView[];
  @ApiProperty({ type: [GoalActivityView], description: 'The activities that serve the goal (a contact person: their own organization\'s)' }) activities: GoalActivityView[];
}

export class EffectGoalPageView {
  @ApiProperty({ type: 'integer', minimum: 1 }) number: number;
  @ApiProperty({ type: LocalizedLabelView }) text: LocalizedLabelView;
  @ApiProperty({ type: [IndicatorSeriesView] }) indicators: IndicatorSeriesView[];
  @ApiProperty({ type: [GoalActivityView], description: 'The activities that serve the goal (a contact person: their own organization\'s)' }) activities: GoalActivityView[];
}
