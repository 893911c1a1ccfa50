import { Field, ObjectType, registerEnumType } from 'type-graphql';

export const ReasonAudienceEnum = { EVERYONE: 'EVERYONE', STAFF: 'STAFF' } as const;
export type ReasonAudience = keyof typeof ReasonAudienceEnum;
registerEnumType(ReasonAudienceEnum, {
  name: 'ReasonAudience',
  description: 'EVERYONE: kind, shown to the two people; STAFF: for link workers only (needs, load, waiting)',
});

@ObjectType('MatchReason', { description: 'One reason a pair fits, in plain words' })
export class MatchReasonView {
  @Field() text!: string;
  @Field(() => ReasonAudienceEnum) audience!: ReasonAudience;
}

/** The engine's reasons as the API shows them. */
export function presentReasons(reasons: ReadonlyArray<{ text: string; audience: 'everyone' | 'staff' }>): MatchReasonView[] {
  return reasons.map((r) => Object.assign(new MatchReasonView(), { text: r.text, audience: r.audience === 'everyone' ? 'EVERYONE' : 'STAFF' }));
}
