import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MatchReasonView } from '../engine/reason.types.js';
import { RUN_STAGES, RUN_STATUSES, type RunStage, type RunStatus } from './assignment-run.entity.js';

export const AssignmentRunStatusEnum = Object.fromEntries(RUN_STATUSES.map((s) => [s, s])) as { [K in RunStatus]: K };
export const AssignmentStageEnum = Object.fromEntries(RUN_STAGES.map((s) => [s, s])) as { [K in RunStage]: K };
registerEnumType(AssignmentRunStatusEnum, { name: 'AssignmentRunStatus', description: 'Where a scheme-wide assignment run is' });
registerEnumType(AssignmentStageEnum, { name: 'AssignmentStage', description: 'The step a run is on' });

@ObjectType('AssignmentTimings', { description: 'Milliseconds spent in each stage' })
export class AssignmentTimingsView {
  @Field(() => Int, { nullable: true }) loadMs!: number | null;
  @Field(() => Int, { nullable: true }) candidatesMs!: number | null;
  @Field(() => Int, { nullable: true }) solveMs!: number | null;
  @Field(() => Int, { nullable: true }) greedyMs!: number | null;
  @Field(() => Int, { nullable: true }) saveMs!: number | null;
  @Field(() => Int, { nullable: true }) totalMs!: number | null;
}

@ObjectType('AssignmentProposal', { description: 'A pair a run suggests; a link worker offers it with proposeMatch' })
export class AssignmentProposalView {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field() personFirstName!: string;
  @Field(() => ID) volunteerId!: string;
  @Field() volunteerFirstName!: string;
  @Field(() => Int, { description: 'How well they fit, 0 to 1000' }) fit!: number;
  @Field({ description: 'The fit in words' }) fitInWords!: string;
  @Field(() => [MatchReasonView]) reasons!: MatchReasonView[];
  @Field({ description: 'Whether this pair has since been offered (a live match exists)' }) offered!: boolean;
}

@ObjectType('AssignmentRun', { description: 'Matching everyone waiting in a scheme at once: proposals for link workers' })
export class AssignmentRunView {
  @Field(() => ID) id!: string;
  @Field(() => ID) schemeId!: string;
  @Field(() => AssignmentRunStatusEnum) status!: RunStatus;
  @Field(() => AssignmentStageEnum) stage!: RunStage;
  @Field(() => Int, { description: 'Steps done in this stage' }) stageDone!: number;
  @Field(() => Int, { description: 'Steps in this stage' }) stageTotal!: number;
  @Field(() => Int, { nullable: true }) requestCount!: number | null;
  @Field(() => Int, { nullable: true }) volunteerCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'Candidate pairs considered' }) candidateCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'People the optimal assignment matches' }) matched!: number | null;
  @Field(() => Int, { nullable: true }) totalFit!: number | null;
  @Field(() => Int, { nullable: true, description: 'People greedy (best pairs first) would match, for comparison' }) greedyMatched!: number | null;
  @Field(() => Int, { nullable: true }) greedyTotalFit!: number | null;
  @Field(() => AssignmentTimingsView) timings!: AssignmentTimingsView;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
