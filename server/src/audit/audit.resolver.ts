import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import { searchAudit } from './audit-search.js';
import { AuditEventView, AuditFilterInput, AuditPageView } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditPageView, { description: 'Searches the audit log of the schemes you administer, newest first' })
  @AllowRoles('ADMIN')
  async auditEvents(
    @Ctx() ctx: KindredContext,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditPageView> {
    if (!ctx.viewer) throw notSignedIn();
    const page = await searchAudit(ctx.em, ctx.viewer, filter ?? {}, { first, after });
    return Object.assign(new AuditPageView(), {
      events: page.events.map((e) => Object.assign(new AuditEventView(), e)),
      nextCursor: page.nextCursor,
    });
  }
}
