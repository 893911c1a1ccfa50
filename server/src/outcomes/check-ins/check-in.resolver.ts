import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles, SignedIn } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { notSignedIn } from '../../graphql/errors.js';
import { declineCheckIn, recordCheckInByPhone, submitCheckIn } from './answer.service.js';
import { checkInsDue, myDueCheckIns, seekerCheckIns } from './check-in-lists.service.js';
import { setCheckInSchedule } from './check-in-schedule.service.js';
import { CheckInAnswersInput } from './check-in.inputs.js';
import { presentCheckIn } from './check-in.presenter.js';
import { CheckInView, ProgressPointView } from './check-in.types.js';
import { myProgress } from './progress.service.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

/**
 * Check-ins: the person answers their own; link workers see who is due and record answers given by
 * phone. Each service checks the check-in or scheme is the viewer's, and otherwise says "not found".
 */
@Resolver()
export class CheckInResolver {
  @Query(() => [CheckInView], { description: 'Your own check-ins waiting for you today' })
  @SignedIn()
  async myCheckIns(@Ctx() ctx: KindredContext): Promise<CheckInView[]> {
    return (await myDueCheckIns(ctx.em, viewerOf(ctx))).map(presentCheckIn);
  }

  @Query(() => [ProgressPointView], { description: 'How your answers have changed since your first check-in, in words' })
  @SignedIn()
  myProgress(@Ctx() ctx: KindredContext): Promise<ProgressPointView[]> {
    return myProgress(ctx.em, viewerOf(ctx));
  }

  @Query(() => [CheckInView], { description: 'A scheme’s check-ins due on or before today, oldest first' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async checkInsDue(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<CheckInView[]> {
    return (await checkInsDue(ctx.em, viewerOf(ctx), schemeId)).map(presentCheckIn);
  }

  @Query(() => [CheckInView], { description: 'Every check-in of one person, for staff of their scheme' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async seekerCheckIns(@Arg('seekerId', () => ID) seekerId: string, @Ctx() ctx: KindredContext): Promise<CheckInView[]> {
    return (await seekerCheckIns(ctx.em, viewerOf(ctx), seekerId)).map(presentCheckIn);
  }

  @Mutation(() => CheckInView, { description: 'Answers your own check-in; any question may be skipped' })
  @SignedIn()
  async submitCheckIn(@Arg('input') input: CheckInAnswersInput, @Ctx() ctx: KindredContext): Promise<CheckInView> {
    return presentCheckIn(await submitCheckIn(ctx.em, viewerOf(ctx), input));
  }

  @Mutation(() => CheckInView, { description: 'Records the answers a person gave you by phone, marked as on their behalf' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async recordCheckInByPhone(@Arg('input') input: CheckInAnswersInput, @Ctx() ctx: KindredContext): Promise<CheckInView> {
    return presentCheckIn(await recordCheckInByPhone(ctx.em, viewerOf(ctx), input));
  }

  @Mutation(() => CheckInView, { description: '"Not now, thank you": sets a due check-in aside' })
  @SignedIn()
  async declineCheckIn(@Arg('checkInId', () => ID) checkInId: string, @Ctx() ctx: KindredContext): Promise<CheckInView> {
    return presentCheckIn(await declineCheckIn(ctx.em, viewerOf(ctx), checkInId));
  }

  @Mutation(() => Boolean, { description: 'Sets the months after the baseline at which a scheme’s follow-ups fall due' })
  @AllowRoles('ADMIN')
  setCheckInSchedule(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('followUpMonths', () => [Int]) followUpMonths: number[],
    @Ctx() ctx: KindredContext,
  ): Promise<boolean> {
    return setCheckInSchedule(ctx.em, viewerOf(ctx), schemeId, followUpMonths);
  }
}
