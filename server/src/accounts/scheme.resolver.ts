import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles, Public } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import { CreateSchemeInput, MembershipView, RoleGrantInput, SchemeView } from './account.types.js';
import * as schemes from './scheme.service.js';
import { presentMembership, presentScheme } from './viewer.presenter.js';

@Resolver()
export class SchemeResolver {
  @Query(() => [SchemeView], { description: 'The schemes a person can join when signing up' })
  @Public()
  async schemes(@Ctx() ctx: KindredContext): Promise<SchemeView[]> {
    return (await schemes.listSchemes(ctx.em)).map(presentScheme);
  }

  @Mutation(() => SchemeView, { description: 'Creates a scheme; its creator becomes its first administrator' })
  @AllowRoles('ADMIN')
  async createScheme(@Arg('input') input: CreateSchemeInput, @Ctx() ctx: KindredContext): Promise<SchemeView> {
    if (!ctx.viewer) throw notSignedIn();
    const scheme = await schemes.createScheme(ctx.em, ctx.viewer, input);
    ctx.app.pubsub.publish('viewerUpdated', ctx.viewer.id, { userId: ctx.viewer.id });
    return presentScheme(scheme);
  }

  @Mutation(() => MembershipView, { description: 'Gives a person a role in a scheme you administer' })
  @AllowRoles('ADMIN')
  async grantRole(@Arg('input') input: RoleGrantInput, @Ctx() ctx: KindredContext): Promise<MembershipView> {
    if (!ctx.viewer) throw notSignedIn();
    const { membership, userId } = await schemes.grantRole(ctx.em, ctx.viewer, input);
    ctx.app.pubsub.publish('viewerUpdated', userId, { userId });
    return presentMembership(membership);
  }

  @Mutation(() => Boolean, { description: 'Takes a role in a scheme you administer away from a person' })
  @AllowRoles('ADMIN')
  async revokeRole(@Arg('input') input: RoleGrantInput, @Ctx() ctx: KindredContext): Promise<boolean> {
    if (!ctx.viewer) throw notSignedIn();
    const { removed, userId } = await schemes.revokeRole(ctx.em, ctx.viewer, input);
    if (removed) ctx.app.pubsub.publish('viewerUpdated', userId, { userId });
    return removed;
  }
}
