import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../accounts/sessions.js';
import { AllowRoles } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import * as mine from './my-volunteering.service.js';
import { ownVolunteers } from './volunteer.access.js';
import type { Volunteer } from './volunteer.entity.js';
import { RefereeInput, VolunteerProfileInput } from './volunteer.inputs.js';
import { presentVolunteer, presentVolunteerRecords } from './volunteer.presenter.js';
import { VolunteerView } from './volunteer.types.js';

function viewerOf(ctx: KindredContext): Viewer {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
}

const asVolunteer = (ctx: KindredContext, volunteer: Volunteer) => presentVolunteer(ctx.em, volunteer, 'VOLUNTEER', new Date());

/** The volunteer's own side: what they tell us, their referees, sending the application, pausing. */
@Resolver()
export class MyVolunteeringResolver {
  @Query(() => [VolunteerView], { description: 'The signed-in volunteer’s volunteering, one per scheme, with where they are in vetting' })
  @AllowRoles('VOLUNTEER')
  async myVolunteering(@Ctx() ctx: KindredContext): Promise<VolunteerView[]> {
    return presentVolunteerRecords(await ownVolunteers(ctx.em, viewerOf(ctx)), 'VOLUNTEER', new Date());
  }

  @Mutation(() => VolunteerView, { description: 'Changes what a volunteer offers, their skills and their profile' })
  @AllowRoles('VOLUNTEER')
  async updateMyVolunteerProfile(
    @Arg('volunteerId', () => ID) volunteerId: string,
    @Arg('input') input: VolunteerProfileInput,
    @Ctx() ctx: KindredContext,
  ): Promise<VolunteerView> {
    return asVolunteer(ctx, await mine.updateMyProfile(ctx.em, ctx.app.geocoder, viewerOf(ctx), volunteerId, input));
  }

  @Mutation(() => VolunteerView, { description: 'Names up to 2 referees in all' })
  @AllowRoles('VOLUNTEER')
  async addMyReferees(
    @Arg('volunteerId', () => ID) volunteerId: string,
    @Arg('referees', () => [RefereeInput]) referees: RefereeInput[],
    @Ctx() ctx: KindredContext,
  ): Promise<VolunteerView> {
    const details = referees.map(({ name, relationship, contact }) => ({ name, relationship, contact }));
    return asVolunteer(ctx, await mine.addMyReferees(ctx.em, viewerOf(ctx), volunteerId, details));
  }

  @Mutation(() => VolunteerView, { description: 'Removes a referee whose reference has not arrived yet' })
  @AllowRoles('VOLUNTEER')
  async removeMyReferee(@Arg('referenceId', () => ID) referenceId: string, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    return asVolunteer(ctx, await mine.removeMyReferee(ctx.em, viewerOf(ctx), referenceId));
  }

  @Mutation(() => VolunteerView, { description: 'Sends the application to staff, who then check references, DBS and training' })
  @AllowRoles('VOLUNTEER')
  async sendMyVolunteerApplication(@Arg('volunteerId', () => ID) volunteerId: string, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    return asVolunteer(ctx, await mine.sendMyApplication(ctx.em, viewerOf(ctx), volunteerId));
  }

  @Mutation(() => VolunteerView, { description: 'Takes a break: no new offers until resumed' })
  @AllowRoles('VOLUNTEER')
  async pauseMyVolunteering(
    @Arg('volunteerId', () => ID) volunteerId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: KindredContext,
  ): Promise<VolunteerView> {
    return asVolunteer(ctx, await mine.pauseMyVolunteering(ctx.em, viewerOf(ctx), volunteerId, reason));
  }

  @Mutation(() => VolunteerView)
  @AllowRoles('VOLUNTEER')
  async resumeMyVolunteering(@Arg('volunteerId', () => ID) volunteerId: string, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    return asVolunteer(ctx, await mine.resumeMyVolunteering(ctx.em, viewerOf(ctx), volunteerId));
  }
}
