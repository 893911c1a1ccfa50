import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import { recordConsent, withdrawConsent } from './consent.service.js';
import { recordContact } from './contact.service.js';
import { referPerson } from './referral.service.js';
import { presentSeekerRecord, seekerDetails, waitingList } from './seeker-records.service.js';
import { RecordConsentInput, RecordContactInput, ReferPersonInput } from './seeker.inputs.js';
import { presentConsent } from './seeker.presenter.js';
import { ConsentView, SeekerView, WaitingListEntryView } from './seeker.types.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

/**
 * Link workers' and administrators' work with people seeking company. The role rule lets staff in;
 * each service call then checks the person or scheme is one of theirs, and otherwise says "not found".
 */
@Resolver()
export class CaseworkResolver {
  @Query(() => SeekerView, { description: 'One person seeking company, with everything their scheme holds about them' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  seeker(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<SeekerView> {
    return seekerDetails(ctx.em, viewerOf(ctx), id);
  }

  @Query(() => [WaitingListEntryView], { description: 'A scheme’s waiting requests, longest wait first' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  waitingList(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<WaitingListEntryView[]> {
    return waitingList(ctx.em, viewerOf(ctx), schemeId);
  }

  @Mutation(() => SeekerView, { description: 'Refers a person on their behalf, with the consent they gave' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async referPerson(@Arg('input') input: ReferPersonInput, @Ctx() ctx: KindredContext): Promise<SeekerView> {
    const seeker = await referPerson({ em: ctx.em, geocoder: ctx.app.geocoder }, viewerOf(ctx), input);
    return presentSeekerRecord(ctx.em, seeker, viewerOf(ctx));
  }

  @Mutation(() => SeekerView, { description: 'Records that you were in touch with a person' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async recordContact(@Arg('input') input: RecordContactInput, @Ctx() ctx: KindredContext): Promise<SeekerView> {
    return presentSeekerRecord(ctx.em, await recordContact(ctx.em, viewerOf(ctx), input), viewerOf(ctx));
  }

  @Mutation(() => ConsentView, { description: 'Records a consent a person gave you, on their behalf' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async recordConsent(@Arg('input') input: RecordConsentInput, @Ctx() ctx: KindredContext): Promise<ConsentView> {
    const consent = await recordConsent(ctx.em, viewerOf(ctx), input);
    await ctx.em.populate(consent, ['recordedBy']);
    return presentConsent(consent);
  }

  @Mutation(() => ConsentView, { description: 'Records that a person withdrew a consent' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async withdrawConsent(@Arg('consentId', () => ID) consentId: string, @Ctx() ctx: KindredContext): Promise<ConsentView> {
    return presentConsent(await withdrawConsent(ctx.em, viewerOf(ctx), consentId));
  }
}
