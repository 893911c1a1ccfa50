import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../accounts/sessions.js';
import { AllowRoles } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { recordSpecialCategoryReads } from '../audit/special-category.js';
import { notSignedIn } from '../graphql/errors.js';
import * as vetting from './vetting.service.js';
import type { Volunteer } from './volunteer.entity.js';
import { DbsCheckInput, SkillConfirmationInput, TrainingInput } from './volunteer.inputs.js';
import { presentVolunteer } from './volunteer.presenter.js';
import { VolunteerToCheckView, VolunteerView } from './volunteer.types.js';

function viewerOf(ctx: KindredContext): Viewer {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
}

/** The whole record as staff see it (access needs, DBS check): the read is audited, one line per record, before it is returned. */
async function asStaff(ctx: KindredContext, volunteer: Volunteer): Promise<VolunteerView> {
  await recordSpecialCategoryReads(ctx.em, viewerOf(ctx), [{ type: 'Volunteer', id: volunteer.id, schemeId: volunteer.scheme.id }]);
  return presentVolunteer(ctx.em, volunteer, 'STAFF', new Date());
}

/** Staff's side of vetting. Each service checks the viewer is a link worker or administrator of the volunteer's scheme. */
@Resolver()
export class VettingResolver {
  @Query(() => [VolunteerToCheckView], { description: 'Everyone volunteering with a scheme, by vetting stage, longest waiting first' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async vettingQueue(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<VolunteerToCheckView[]> {
    return vetting.vettingQueue(ctx.em, viewerOf(ctx), schemeId, new Date());
  }

  @Query(() => VolunteerView, { description: 'One volunteer of a scheme you work for' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async volunteer(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    return asStaff(ctx, await vetting.volunteerForStaff(ctx.em, viewerOf(ctx), id));
  }

  @Mutation(() => VolunteerView, { description: 'Records that a referee’s reference has arrived' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async recordReference(@Arg('referenceId', () => ID) referenceId: string, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    return asStaff(ctx, await vetting.recordReference(ctx.em, viewerOf(ctx), referenceId));
  }

  @Mutation(() => VolunteerView, { description: 'Records that staff have checked a reference and it is satisfactory' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async verifyReference(@Arg('referenceId', () => ID) referenceId: string, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    return asStaff(ctx, await vetting.verifyReference(ctx.em, viewerOf(ctx), referenceId));
  }

  @Mutation(() => VolunteerView, { description: 'Records a DBS check staff have seen; it replaces the previous one' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async recordDbsCheck(@Arg('input') input: DbsCheckInput, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    const { volunteerId, level, issuedOn, recheckDueOn, certificateNumber } = input;
    const details = { volunteerId, level, issuedOn, recheckDueOn, certificateNumber };
    return asStaff(ctx, await vetting.recordDbsCheck(ctx.em, viewerOf(ctx), details, new Date()));
  }

  @Mutation(() => VolunteerView, { description: 'Records a training module the volunteer has completed' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async recordTraining(@Arg('input') input: TrainingInput, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    const { volunteerId, module, completedOn } = input;
    return asStaff(ctx, await vetting.recordTraining(ctx.em, viewerOf(ctx), { volunteerId, module, completedOn }, new Date()));
  }

  @Mutation(() => VolunteerView, { description: 'Approves a volunteer whose references, DBS check and training are all done' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async approveVolunteer(@Arg('volunteerId', () => ID) volunteerId: string, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    return asStaff(ctx, await vetting.approveVolunteer(ctx.em, viewerOf(ctx), volunteerId, new Date()));
  }

  @Mutation(() => VolunteerView, { description: 'Confirms, or takes back, a skill the volunteer declared, so matching may rely on it' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async confirmVolunteerSkill(@Arg('input') input: SkillConfirmationInput, @Ctx() ctx: KindredContext): Promise<VolunteerView> {
    const { volunteerId, skill, confirmed } = input;
    return asStaff(ctx, await vetting.confirmVolunteerSkill(ctx.em, viewerOf(ctx), { volunteerId, skill, confirmed }));
  }
}
