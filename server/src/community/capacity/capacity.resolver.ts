import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { INSIGHT_ROLES } from '../../accounts/policy.js';
import { AllowRoles } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { capacityOverTime } from './capacity.service.js';
import { CapacityWeekView } from './capacity.types.js';

@Resolver()
export class CapacityResolver {
  @Query(() => [CapacityWeekView], { description: 'Active volunteers, spare places, people waiting and matches made, week by week; the current week last' })
  @AllowRoles(...INSIGHT_ROLES)
  async capacityOverTime(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('weeks', () => Int, { defaultValue: 26, description: 'How many weeks, 1 to 104' }) weeks: number,
    @Ctx() ctx: KindredContext,
  ): Promise<CapacityWeekView[]> {
    return capacityOverTime({ em: ctx.em, viewer: ctx.viewer }, schemeId, weeks);
  }
}
