import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import { updateMyAboutMe } from './about-me.service.js';
import { withdrawMyConsent } from './consent.service.js';
import { queueOf } from './queue.service.js';
import { mySupport } from './seeker-records.service.js';
import { AskForSupportInput, UpdateMyAboutMeInput } from './seeker.inputs.js';
import { presentConsent, presentRequest } from './seeker.presenter.js';
import { ConsentView, MySupportView, SupportRequestView } from './seeker.types.js';
import { askForSupport, withdrawMyRequest } from './support-request.service.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

/** What a person seeking company does for themself. Each service call checks it is their own record. */
@Resolver()
export class MySupportResolver {
  @Query(() => MySupportView, { description: 'Your answers about yourself, what you have asked for and where you are in the queue' })
  @AllowRoles('SEEKER')
  mySupport(@Arg('schemeId', () => ID, { nullable: true }) schemeId: string | null, @Ctx() ctx: KindredContext): Promise<MySupportView> {
    return mySupport(ctx.em, viewerOf(ctx), schemeId);
  }

  @Mutation(() => MySupportView, { description: 'Saves your answers about yourself; omitted answers stay as they are' })
  @AllowRoles('SEEKER')
  async updateMyAboutMe(@Arg('input') input: UpdateMyAboutMeInput, @Ctx() ctx: KindredContext): Promise<MySupportView> {
    const seeker = await updateMyAboutMe({ em: ctx.em, geocoder: ctx.app.geocoder }, viewerOf(ctx), input);
    return mySupport(ctx.em, viewerOf(ctx), seeker.scheme.id);
  }

  @Mutation(() => SupportRequestView, { description: 'Asks for a befriender, or for a companion to a first session of an activity' })
  @AllowRoles('SEEKER')
  async askForSupport(@Arg('input') input: AskForSupportInput, @Ctx() ctx: KindredContext): Promise<SupportRequestView> {
    const request = await askForSupport(ctx.em, viewerOf(ctx), input);
    await ctx.em.populate(request, ['activity']);
    return presentRequest(request, (await queueOf(ctx.em, request.scheme.id)).placeOf(request));
  }

  @Mutation(() => SupportRequestView, { description: 'Stops waiting: closes one of your own waiting requests' })
  @AllowRoles('SEEKER')
  async withdrawMyRequest(@Arg('requestId', () => ID) requestId: string, @Ctx() ctx: KindredContext): Promise<SupportRequestView> {
    const request = await withdrawMyRequest(ctx.em, viewerOf(ctx), requestId);
    await ctx.em.populate(request, ['activity']);
    return presentRequest(request, null);
  }

  @Mutation(() => ConsentView, { description: 'Withdraws a consent you gave. Withdrawing consent to record access needs removes them.' })
  @AllowRoles('SEEKER')
  async withdrawMyConsent(@Arg('consentId', () => ID) consentId: string, @Ctx() ctx: KindredContext): Promise<ConsentView> {
    return presentConsent(await withdrawMyConsent(ctx.em, viewerOf(ctx), consentId));
  }
}
