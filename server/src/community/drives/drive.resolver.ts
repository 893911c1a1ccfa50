import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AllowRoles, Public } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { notSignedIn } from '../../graphql/errors.js';
import { pipelineOf } from '../pipeline/pipeline.service.js';
import { PipelineView } from '../pipeline/pipeline.types.js';
import { presentDrive, presentPublicDrive } from './drive.presenter.js';
import { closeDrive, findDrive, listDrives, publicDrive, signUpCounts, startDrive } from './drive.service.js';
import { PublicDriveView, RecruitmentDriveView, StartDriveInput } from './drive.types.js';
import type { RecruitmentDrive } from './recruitment-drive.entity.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

async function present(ctx: KindredContext, drives: RecruitmentDrive[]): Promise<RecruitmentDriveView[]> {
  const [first] = drives;
  if (!first) return [];
  const counts = await signUpCounts(ctx.em, first.scheme.id, drives.map((d) => d.id));
  return drives.map((d) => presentDrive(d, counts.get(d.id) ?? 0));
}

@Resolver(() => RecruitmentDriveView)
export class DriveResolver {
  @Mutation(() => RecruitmentDriveView, { description: 'Starts a recruitment drive with a public sign-up link' })
  @AllowRoles('COMMUNITY_BUILDER', 'ADMIN')
  async startRecruitmentDrive(@Arg('input') input: StartDriveInput, @Ctx() ctx: KindredContext): Promise<RecruitmentDriveView> {
    return presentDrive(await startDrive(ctx.em, viewerOf(ctx), input, new Date()), 0);
  }

  @Mutation(() => RecruitmentDriveView, { description: 'Closes a drive: its link stops attributing sign-ups' })
  @AllowRoles('COMMUNITY_BUILDER', 'ADMIN')
  async closeRecruitmentDrive(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<RecruitmentDriveView> {
    const [view] = await present(ctx, [await closeDrive(ctx.em, viewerOf(ctx), id, new Date())]);
    return view as RecruitmentDriveView;
  }

  @Query(() => [RecruitmentDriveView], { description: 'The scheme’s drives, open ones first' })
  @AllowRoles('COMMUNITY_BUILDER', 'ADMIN')
  async recruitmentDrives(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<RecruitmentDriveView[]> {
    return present(ctx, await listDrives(ctx.em, viewerOf(ctx), schemeId));
  }

  @Query(() => RecruitmentDriveView)
  @AllowRoles('COMMUNITY_BUILDER', 'ADMIN')
  async recruitmentDrive(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<RecruitmentDriveView> {
    const [view] = await present(ctx, [await findDrive(ctx.em, ctx.viewer, id)]);
    return view as RecruitmentDriveView;
  }

  @Query(() => PublicDriveView, { description: 'A drive as anyone who opens its link sees it' })
  @Public()
  async publicDrive(@Arg('code') code: string, @Ctx() ctx: KindredContext): Promise<PublicDriveView> {
    return presentPublicDrive(await publicDrive(ctx.em, code));
  }

  @FieldResolver(() => PipelineView, { description: 'The pipeline of the volunteers who signed up through this drive' })
  async funnel(@Root() drive: RecruitmentDriveView, @Ctx() ctx: KindredContext): Promise<PipelineView> {
    // The parent was reached through an access-checked root field; the drive's own scheme bounds the query.
    return pipelineOf(ctx.em, drive.schemeId, { driveId: drive.id }, new Date());
  }
}
