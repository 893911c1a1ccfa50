import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { volunteerPipeline } from './pipeline.service.js';
import { PipelineView } from './pipeline.types.js';

@Resolver()
export class PipelineResolver {
  @Query(() => PipelineView, { description: 'How volunteers move from signing up to still volunteering after three months, by area and by drive' })
  @AllowRoles('COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN')
  async volunteerPipeline(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('area', () => String, { nullable: true, description: 'Only volunteers in this postcode district ("LS6", or UNKNOWN)' }) area: string | null,
    @Arg('driveId', () => ID, { nullable: true, description: 'Only volunteers who signed up through this drive' }) driveId: string | null,
    @Ctx() ctx: KindredContext,
  ): Promise<PipelineView> {
    return volunteerPipeline(ctx.em, ctx.viewer, schemeId, { area, driveId }, new Date());
  }
}
