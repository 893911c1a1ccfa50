import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { ContactMode } from '@kindred/shared';
import { AllowRoles } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { notSignedIn } from '../../graphql/errors.js';
import { presentReasons } from './reason.types.js';
import { suggestMatches } from './suggest.service.js';
import { MatchSuggestionsView, MatchSuggestionView, UnmatchedReasonView } from './suggestion.types.js';

@Resolver()
export class SuggestMatchesResolver {
  @Query(() => MatchSuggestionsView, { description: 'The best volunteers for a waiting request, with their reasons; or why nobody fits' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async suggestMatches(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: KindredContext,
  ): Promise<MatchSuggestionsView> {
    if (!ctx.viewer) throw notSignedIn();
    const result = await suggestMatches({ em: ctx.em, engine: ctx.app.matching, viewer: ctx.viewer }, requestId, limit);
    return Object.assign(new MatchSuggestionsView(), {
      requestId: result.requestId,
      suggestions: result.suggestions.map((s) =>
        Object.assign(new MatchSuggestionView(), { ...s, reasons: presentReasons(s.reasons), waysToKeepInTouch: s.waysToKeepInTouch as ContactMode[] }),
      ),
      unmatchedReasons: result.unmatchedReasons.map((r) =>
        Object.assign(new UnmatchedReasonView(), { kind: r.kind, text: r.text, volunteersBlocked: r.volunteersBlocked, onlyBlocker: r.onlyBlocker }),
      ),
    });
  }
}
