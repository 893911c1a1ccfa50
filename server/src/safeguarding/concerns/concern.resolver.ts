import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles, SignedIn } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { notSignedIn } from '../../graphql/errors.js';
import type { ConcernStatus } from './concern.entity.js';
import { LiftSafeguardingPauseInput, RaiseConcernInput, TriageConcernInput } from './concern.inputs.js';
import { presentConcern, presentRaised } from './concern.presenter.js';
import { ConcernStatusEnum, ConcernView, RaisedConcernView } from './concern.types.js';
import { oneConcern, schemeConcerns } from './concerns.query.js';
import { liftSafeguardingPause } from './lift.service.js';
import { myRaisedConcerns, raiseConcern } from './raise.service.js';
import { triageConcern } from './triage.service.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

/**
 * Safeguarding concerns: anyone signed in raises one about what they can see; link workers and
 * administrators of the scheme read and triage them. The services check the scheme and that the
 * viewer is not what a concern is about; anything else is "not found".
 */
@Resolver()
export class ConcernResolver {
  @Mutation(() => RaisedConcernView, { description: 'Raises a concern about a person, volunteer, match or activity you can see' })
  @SignedIn()
  async raiseConcern(@Arg('input') input: RaiseConcernInput, @Ctx() ctx: KindredContext): Promise<RaisedConcernView> {
    return presentRaised(await raiseConcern(ctx, viewerOf(ctx), input));
  }

  @Query(() => [RaisedConcernView], { description: 'The concerns you raised: only that each was received' })
  @SignedIn()
  async myRaisedConcerns(@Ctx() ctx: KindredContext): Promise<RaisedConcernView[]> {
    return (await myRaisedConcerns(ctx.em, viewerOf(ctx))).map(presentRaised);
  }

  @Query(() => [ConcernView], { description: 'A scheme’s concerns: serious first, then the longest waiting' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async concerns(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('status', () => ConcernStatusEnum, { nullable: true }) status: ConcernStatus | null,
    @Ctx() ctx: KindredContext,
  ): Promise<ConcernView[]> {
    const seen = await schemeConcerns(ctx.em, viewerOf(ctx), schemeId, status);
    const views: ConcernView[] = [];
    for (const { concern, subject } of seen) views.push(await presentConcern(ctx.em, concern, subject));
    return views;
  }

  @Query(() => ConcernView, { description: 'One concern, for staff of its scheme' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async concern(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<ConcernView> {
    const { concern, subject } = await oneConcern(ctx.em, viewerOf(ctx), id);
    return presentConcern(ctx.em, concern, subject);
  }

  @Mutation(() => ConcernView, { description: 'Records severity, actions and outcome; a serious concern pauses and suspends at once' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async triageConcern(@Arg('input') input: TriageConcernInput, @Ctx() ctx: KindredContext): Promise<ConcernView> {
    const { concern, subject } = await triageConcern(ctx, viewerOf(ctx), input);
    return presentConcern(ctx.em, concern, subject);
  }

  @Mutation(() => Boolean, { description: 'Lets a paused match or a suspended volunteer carry on, with a note for staff' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  liftSafeguardingPause(@Arg('input') input: LiftSafeguardingPauseInput, @Ctx() ctx: KindredContext): Promise<boolean> {
    return liftSafeguardingPause(ctx, viewerOf(ctx), input);
  }
}
