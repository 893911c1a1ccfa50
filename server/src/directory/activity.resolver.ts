import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../accounts/sessions.js';
import { AllowRoles, SignedIn } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import { searchActivities } from './activity-search.js';
import { ActivityInput, ActivitySearchInput } from './activity.inputs.js';
import { presentActivity } from './activity.presenter.js';
import * as activities from './activity.service.js';
import { ActivitySearchPageView, ActivitySearchResultView, ActivityView } from './activity.types.js';

function viewerOf(ctx: KindredContext): Viewer {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
}

const deps = (ctx: KindredContext): activities.DirectoryDeps => ({ em: ctx.em, geocoder: ctx.app.geocoder });

/** The community activity directory. Services check the scheme of every listing the viewer reaches. */
@Resolver()
export class ActivityResolver {
  @Query(() => ActivitySearchPageView, { description: 'Finds activities in a scheme you belong to' })
  @SignedIn()
  async activities(@Arg('input') input: ActivitySearchInput, @Ctx() ctx: KindredContext): Promise<ActivitySearchPageView> {
    const viewer = viewerOf(ctx);
    const now = new Date();
    const page = await searchActivities(deps(ctx), viewer, input, now);
    return Object.assign(new ActivitySearchPageView(), {
      results: page.hits.map((hit) =>
        Object.assign(new ActivitySearchResultView(), {
          activity: presentActivity(hit.activity, viewer, now),
          distanceKm: hit.distanceKm,
          distance: hit.distance,
        }),
      ),
      totalCount: page.totalCount,
      nextCursor: page.nextCursor,
      searchedFrom: page.searchedFrom,
    });
  }

  @Query(() => ActivityView, { description: 'One activity in a scheme you belong to' })
  @SignedIn()
  async activity(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<ActivityView> {
    const viewer = viewerOf(ctx);
    return presentActivity(await activities.findActivity(ctx.em, viewer, id), viewer);
  }

  @Mutation(() => ActivityView, { description: 'Adds an activity to the directory of a scheme you work for' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async createActivity(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('input') input: ActivityInput,
    @Ctx() ctx: KindredContext,
  ): Promise<ActivityView> {
    const viewer = viewerOf(ctx);
    return presentActivity(await activities.createActivity(deps(ctx), viewer, schemeId, input), viewer);
  }

  @Mutation(() => ActivityView, { description: 'Saves a changed listing; saving it counts as checking it' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async updateActivity(@Arg('id', () => ID) id: string, @Arg('input') input: ActivityInput, @Ctx() ctx: KindredContext): Promise<ActivityView> {
    const viewer = viewerOf(ctx);
    return presentActivity(await activities.updateActivity(deps(ctx), viewer, id, input), viewer);
  }

  @Mutation(() => ActivityView, { description: 'Records that you checked the listing is still right today' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async markActivityChecked(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<ActivityView> {
    const viewer = viewerOf(ctx);
    return presentActivity(await activities.markActivityChecked(ctx.em, viewer, id), viewer);
  }

  @Mutation(() => Boolean, { description: 'Takes an activity out of the directory' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async removeActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<boolean> {
    return activities.removeActivity(ctx.em, viewerOf(ctx), id);
  }
}
