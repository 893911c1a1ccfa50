import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

// Aggregates only: no type here carries a person's id, name or postcode. A null count or mean is
// withheld to protect small numbers (see secondary.ts); `suppressed` says something was withheld.

@ObjectType('MeasureChange', { description: 'The paired change in one measure between the baseline and the follow-up' })
export class MeasureChangeView {
  @Field({ description: 'ONS_LONELINESS, UCLA3, CEL, SWEMWBS (metric score) or ONS4_<item>' }) measure!: string;
  @Field({ description: 'The measure as staff know it, with its range' }) label!: string;
  @Field(() => Int, { nullable: true, description: 'People with a score both times; null when fewer than 5' }) n!: number | null;
  @Field({ description: 'True when the means are withheld: too few people, or to protect another row' }) suppressed!: boolean;
  @Field(() => Float, { nullable: true }) meanBefore!: number | null;
  @Field(() => Float, { nullable: true }) meanAfter!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of (follow-up − baseline), person by person' }) meanChange!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower end of the 95% confidence interval of the mean change (t, paired)' }) ciLow!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper end of the 95% confidence interval of the mean change' }) ciHigh!: number | null;
  @Field({ description: '"lower" or "higher": which way is better on this measure' }) betterWhen!: string;
}

@ObjectType('ChronicLoneliness', {
  description:
    'Chronic loneliness (ONS "often/always") among the people who answered the ONS question at the baseline and at the follow-up',
})
export class ChronicLonelinessView {
  @Field(() => Int, { nullable: true, description: 'People who answered the ONS question at the baseline' }) baselineN!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, those who answered it at the follow-up too: the people the other counts are about' })
  followUpN!: number | null;
  @Field(() => Int, { nullable: true }) chronicAtBaseline!: number | null;
  @Field(() => Int, { nullable: true }) chronicAtFollowUp!: number | null;
  @Field(() => Int, { nullable: true, description: 'Chronic at the baseline, not at the follow-up' }) movedOut!: number | null;
  @Field(() => Int, { nullable: true, description: 'Not chronic at the baseline, chronic at the follow-up' }) movedIn!: number | null;
  @Field({ description: 'True when any count here is withheld' }) suppressed!: boolean;
}

@ObjectType('AreaOutcome', { description: 'The headline changes in one postcode district' })
export class AreaOutcomeView {
  @Field(() => String, {
    nullable: true,
    description: 'The postcode district; null for everyone else together (districts with fewer than 5 people, and unknown postcodes)',
  })
  area!: string | null;
  @Field(() => Int, { description: 'People followed up: always 5 or more' }) measuredAtFollowUp!: number;
  @Field({ description: 'True when any mean in the row is withheld' }) suppressed!: boolean;
  @Field(() => [MeasureChangeView], { description: 'UCLA3 and SWEMWBS' }) changes!: MeasureChangeView[];
}

@ObjectType('OutcomeReport', { description: 'How the answers of a scheme’s people changed between their baseline and a follow-up' })
export class OutcomeReportView {
  @Field(() => ID) schemeId!: string;
  @Field(() => String, { nullable: true, description: 'The postcode district asked for; null for every area' }) area!: string | null;
  @Field({ description: 'Baselines completed from this London date, YYYY-MM-DD' }) from!: string;
  @Field({ description: 'to this one, included' }) to!: string;
  @Field(() => Int, { description: 'Months after the baseline of the follow-up compared' }) followUp!: number;
  @Field(() => Int, { nullable: true, description: 'People whose baseline was completed in the period' }) measuredAtBaseline!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, those who completed the follow-up' }) measuredAtFollowUp!: number | null;
  @Field(() => [MeasureChangeView]) changes!: MeasureChangeView[];
  @Field(() => ChronicLonelinessView) chronic!: ChronicLonelinessView;
  @Field(() => Int, { nullable: true, description: 'SWEMWBS metric score up by 3 points or more' }) swemwbsImproved!: number | null;
  @Field(() => Int, { nullable: true, description: 'SWEMWBS metric score down by 3 points or more' }) swemwbsWorse!: number | null;
  @Field(() => Int, { nullable: true, description: 'SWEMWBS metric score within 3 points' }) swemwbsNoChange!: number | null;
  @Field(() => [AreaOutcomeView], { description: 'By postcode district: empty when no district has 5 or more people followed up' })
  byArea!: AreaOutcomeView[];
}
