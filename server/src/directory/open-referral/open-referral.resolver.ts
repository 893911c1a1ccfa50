import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../accounts/sessions.js';
import { AllowRoles } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { notSignedIn } from '../../graphql/errors.js';
import { Activity } from '../activity.entity.js';
import { managedScheme } from '../activity.service.js';
import { openReferralDocument } from './export.js';
import { addPart, finishUpload, findImport, startImport } from './import.service.js';
import { presentImport } from './import.presenter.js';
import { ImportView, OpenReferralImportPartInput, StartOpenReferralImportInput } from './import.types.js';
import { runImport } from './run-import.js';

function viewerOf(ctx: KindredContext): Viewer {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
}

/** Importing and exporting a scheme's directory as Open Referral UK (HSDS 3.0) JSON. Staff of the scheme only. */
@Resolver()
export class OpenReferralResolver {
  @Mutation(() => ImportView, { description: 'Starts an import; then send the file with addOpenReferralImportPart' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async startOpenReferralImport(@Arg('input') input: StartOpenReferralImportInput, @Ctx() ctx: KindredContext): Promise<ImportView> {
    const { schemeId, fileName, totalBytes } = input;
    return presentImport(await startImport(ctx.em, viewerOf(ctx), { schemeId, fileName, totalBytes }));
  }

  @Mutation(() => ImportView, { description: 'Sends the next part of the file' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async addOpenReferralImportPart(@Arg('input') input: OpenReferralImportPartInput, @Ctx() ctx: KindredContext): Promise<ImportView> {
    const { importId, index, content } = input;
    return presentImport(await addPart(ctx.em, viewerOf(ctx), { importId, index, content }));
  }

  @Mutation(() => ImportView, { description: 'Says the whole file has been sent; checking and importing then run, and openReferralImport shows how far they have got' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async finishOpenReferralImport(@Arg('importId', () => ID) importId: string, @Ctx() ctx: KindredContext): Promise<ImportView> {
    const { job, started } = await finishUpload(ctx.em, viewerOf(ctx), importId);
    if (started) {
      // Runs after this answer, in this process; its progress is kept in the database for any process to report.
      void runImport({ fork: () => ctx.em.fork(), geocoder: ctx.app.geocoder, logger: ctx.app.logger }, job.id);
    }
    return presentImport(job);
  }

  @Query(() => ImportView, { description: 'An import you started, and how far it has got' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async openReferralImport(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<ImportView> {
    return presentImport(await findImport(ctx.em, viewerOf(ctx), id));
  }

  @Query(() => String, { description: 'The scheme’s directory as Open Referral UK (HSDS 3.0) JSON text' })
  @AllowRoles('LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN')
  async openReferralExport(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<string> {
    const scheme = await managedScheme(ctx.em, viewerOf(ctx), schemeId);
    const activities = await ctx.em.find(Activity, { scheme, removedAt: null }, { orderBy: { title: 'asc', id: 'asc' } });
    return JSON.stringify(openReferralDocument(activities), null, 2);
  }
}
