import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { INSIGHT_ROLES } from '../../accounts/policy.js';
import { AllowRoles } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { gapPicture, recruitSuggestions, type GapDeps } from './gap.service.js';
import { presentGapPicture, presentRecruitSuggestion } from './gap.presenter.js';
import { GapPictureView, RecruitSuggestionView } from './gap.types.js';

const deps = (ctx: KindredContext): GapDeps => ({ em: ctx.em, engine: ctx.app.matching, geocoder: ctx.app.geocoder, viewer: ctx.viewer });

@Resolver()
export class GapResolver {
  @Query(() => GapPictureView, { description: 'Where people wait without a volunteer who fits, and why; also kept as this week’s snapshot' })
  @AllowRoles(...INSIGHT_ROLES)
  async gapPicture(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<GapPictureView> {
    return presentGapPicture(await gapPicture(deps(ctx), schemeId));
  }

  @Query(() => [RecruitSuggestionView], { description: 'Volunteers to recruit, the ones who would unblock the most waiting people first' })
  @AllowRoles(...INSIGHT_ROLES)
  async recruitSuggestions(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: KindredContext,
  ): Promise<RecruitSuggestionView[]> {
    return (await recruitSuggestions(deps(ctx), schemeId, limit)).map(presentRecruitSuggestion);
  }
}
