import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { INSIGHT_ROLES } from '../../accounts/policy.js';
import { AllowRoles } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { activitiesToStart } from './activities-to-start.js';
import { ActivityToStartView, StaleListingView } from './activities.types.js';
import { staleListings } from './stale-listings.js';

@Resolver()
export class CommunityActivitiesResolver {
  @Query(() => [ActivityToStartView], { description: 'Interests that at least 3 people in one district share with no such activity within reach; biggest first' })
  @AllowRoles(...INSIGHT_ROLES)
  async activitiesToStart(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<ActivityToStartView[]> {
    return activitiesToStart({ em: ctx.em, viewer: ctx.viewer }, schemeId);
  }

  @Query(() => [StaleListingView], { description: 'Listings nobody has checked for this many months, oldest first' })
  @AllowRoles(...INSIGHT_ROLES)
  async staleListings(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('olderThanMonths', () => Int, { defaultValue: 6, description: '1 to 60' }) olderThanMonths: number,
    @Ctx() ctx: KindredContext,
  ): Promise<StaleListingView[]> {
    return staleListings({ em: ctx.em, viewer: ctx.viewer }, schemeId, olderThanMonths);
  }
}
