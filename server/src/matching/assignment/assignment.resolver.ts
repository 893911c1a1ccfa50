import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AllowRoles } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { recordSpecialCategoryReads } from '../../audit/special-category.js';
import { notSignedIn } from '../../graphql/errors.js';
import { findRun, latestRun, proposalsOf, startSchemeAssignment } from './assignment.service.js';
import { presentProposal, presentRun, presentRunEvent, type AssignmentRunEvent } from './assignment.presenter.js';
import { AssignmentProposalView, AssignmentRunView } from './assignment.types.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

@Resolver(() => AssignmentRunView)
export class AssignmentResolver {
  @Mutation(() => AssignmentRunView, { description: 'Matches everyone waiting in the scheme at once; proposals for link workers to offer' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async startSchemeAssignment(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<AssignmentRunView> {
    const run = await startSchemeAssignment({ em: ctx.em, viewer: viewerOf(ctx), jobs: ctx.app.jobs }, schemeId);
    return presentRun(run);
  }

  @Query(() => AssignmentRunView, { description: 'A matching run, for polling its progress' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async assignmentRun(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<AssignmentRunView> {
    return presentRun(await findRun({ em: ctx.em, viewer: ctx.viewer }, id));
  }

  @Query(() => AssignmentRunView, { nullable: true, description: 'The scheme’s most recent matching run' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async latestAssignmentRun(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<AssignmentRunView | null> {
    const run = await latestRun({ em: ctx.em, viewer: viewerOf(ctx) }, schemeId);
    return run ? presentRun(run) : null;
  }

  @Subscription(() => AssignmentRunView, {
    description: 'Each step of a matching run as it happens',
    subscribe: async ({ args, context }) => {
      const ctx = context as KindredContext;
      // Checked once, when subscribing: the run's scheme cannot change.
      await findRun({ em: ctx.em.fork(), viewer: ctx.viewer }, String(args.runId));
      return ctx.app.pubsub.subscribe('assignmentRunProgress', String(args.runId));
    },
  })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  assignmentRunProgress(@Arg('runId', () => ID) _runId: string, @Root() event: AssignmentRunEvent): AssignmentRunView {
    return presentRunEvent(event);
  }

  @FieldResolver(() => [AssignmentProposalView], { description: 'Best fit first; empty until the run is done' })
  async proposals(@Root() view: AssignmentRunView, @Ctx() ctx: KindredContext): Promise<AssignmentProposalView[]> {
    if (view.status !== 'DONE') return [];
    // Checked again here: the parent may have come from the event bus.
    const run = await findRun({ em: ctx.em, viewer: ctx.viewer }, view.id);
    const proposals = await proposalsOf(ctx.em, run);
    // Their staff reasons are drawn from people's access needs: each such request read is audited first.
    const revealing = proposals.filter(({ proposal }) => proposal.request.seeker.profile.accessNeeds.length > 0);
    await recordSpecialCategoryReads(ctx.em, viewerOf(ctx), revealing.map(({ proposal }) => ({ type: 'SupportRequest', id: proposal.request.id, schemeId: run.scheme.id })));
    return proposals.map(({ proposal, offered }) => presentProposal(proposal, offered));
  }
}
