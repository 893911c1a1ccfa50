import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PIPELINE_STAGES, type PipelineStageId } from './pipeline-stages.js';

export const PipelineStageIdEnum = Object.fromEntries(PIPELINE_STAGES.map((s) => [s.id, s.id])) as { [K in PipelineStageId]: K };
registerEnumType(PipelineStageIdEnum, { name: 'PipelineStageId', description: 'A step a volunteer passes on the way from applying to still volunteering after three months' });

@ObjectType('PipelineStage', { description: 'How many volunteers reached one step, are on their way to it, or stopped before it' })
export class PipelineStageView {
  @Field(() => PipelineStageIdEnum) stage!: PipelineStageId;
  @Field() label!: string;
  @Field(() => Int, { description: 'Volunteers who reached this step (and every step before it)' }) reached!: number;
  @Field(() => Int, { description: 'Reached the step before, not this one yet, and moved on within the last 60 days' }) inProgress!: number;
  @Field(() => Int, { description: 'Reached the step before, not this one, and paused or without movement for 60 days' }) droppedOut!: number;
  @Field(() => Float, { nullable: true, description: 'Median days from the step before to this one, over those who reached it' })
  medianDaysInStep!: number | null;
}

@ObjectType('PipelineBreakdown', { description: 'The pipeline of one group of volunteers: an area or a drive' })
export class PipelineBreakdownView {
  @Field({ description: 'An outward code ("LS6", or UNKNOWN), or a drive id (or NONE)' }) key!: string;
  @Field() label!: string;
  @Field(() => [PipelineStageView]) stages!: PipelineStageView[];
}

@ObjectType('Pipeline', { description: 'Volunteers from applying to still volunteering three months after their first match; counts only' })
export class PipelineView {
  @Field(() => [PipelineStageView]) stages!: PipelineStageView[];
  @Field(() => [PipelineBreakdownView]) byArea!: PipelineBreakdownView[];
  @Field(() => [PipelineBreakdownView]) byDrive!: PipelineBreakdownView[];
}
