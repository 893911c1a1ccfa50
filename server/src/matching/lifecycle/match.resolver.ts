import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles, SignedIn } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { recordSpecialCategoryReads } from '../../audit/special-category.js';
import { notSignedIn } from '../../graphql/errors.js';
import type { MatchStatus } from './match.entity.js';
import { matchFor, ownMatches, sidesOf } from './match-access.js';
import { factsOfMatch } from './match-facts.js';
import { sidesOfParties } from './match-parties.js';
import { agreeMeetingPoint, logMatchContact, recordAttendance, recordReview, reviewsDue, schemeMatches } from './match-activity.service.js';
import {
  AgreeMeetingPointInput,
  EndMatchInput,
  LogMatchContactInput,
  ProposeMatchInput,
  RecordAttendanceInput,
  RecordReviewInput,
  RejectSuggestionInput,
  RespondToMatchInput,
} from './match.inputs.js';
import { presentMatches, type MatchSeen } from './match.presenter.js';
import { MatchStatusEnum, MatchView } from './match.types.js';
import { proposeMatch, rejectSuggestion } from './propose.service.js';
import { endMatch, respondToMatch } from './respond.service.js';
import type { Match } from './match.entity.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

/** Presents each match as this viewer may see it. */
async function presentSeen(ctx: KindredContext, seen: MatchSeen[]): Promise<MatchView[]> {
  const viewer = viewerOf(ctx);
  // Staff see reasons drawn from the person's access needs: each such match read is audited first.
  const revealing = seen.filter(({ match, sides }) => match.seekerHasAccessNeeds && sides.has('STAFF'));
  await recordSpecialCategoryReads(ctx.em, viewer, revealing.map(({ match }) => ({ type: 'Match', id: match.id, schemeId: match.schemeId })));
  return presentMatches(ctx.em, seen, viewer.id);
}

/** Presents loaded matches; each view keeps the match it was made from, for fields resolved elsewhere (canSendMessages). */
async function present(ctx: KindredContext, matches: Match[]): Promise<MatchView[]> {
  const viewer = viewerOf(ctx);
  const loaded = matches.map((match) => ({ match, sides: sidesOf(viewer, match) }));
  const views = await presentSeen(ctx, loaded.map(({ match, sides }) => ({ match: factsOfMatch(match), sides })));
  return views.map((view, i) => Object.assign(view, { seen: loaded[i] }));
}

const presentOne = async (ctx: KindredContext, match: Match) => (await present(ctx, [match]))[0]!;

/**
 * The match lifecycle: proposal, answers, reviews, contact, endings. Each service checks the match
 * is the viewer's (one of the two people, or staff of its scheme) and otherwise says "not found".
 */
@Resolver()
export class MatchResolver {
  @Query(() => [MatchView], { description: 'Your own matches, as a volunteer or as the person supported' })
  @SignedIn()
  async myMatches(@Ctx() ctx: KindredContext): Promise<MatchView[]> {
    const viewer = viewerOf(ctx);
    // Read as plain facts in one statement: the page volunteers come back to most.
    return presentSeen(ctx, (await ownMatches(ctx.em, viewer)).map((match) => ({ match, sides: sidesOfParties(viewer, match) })));
  }

  @Query(() => MatchView, { description: 'One match: for the two people and staff of its scheme' })
  @SignedIn()
  async match(@Arg('id', () => ID) id: string, @Ctx() ctx: KindredContext): Promise<MatchView> {
    return presentOne(ctx, (await matchFor(ctx.em, viewerOf(ctx), id)).match);
  }

  @Query(() => [MatchView], { description: 'A scheme’s matches, newest first' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async schemeMatches(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('status', () => MatchStatusEnum, { nullable: true }) status: MatchStatus | null,
    @Ctx() ctx: KindredContext,
  ): Promise<MatchView[]> {
    return present(ctx, await schemeMatches(ctx.em, viewerOf(ctx), schemeId, status));
  }

  @Query(() => [MatchView], { description: 'Active matches whose review is due within seven days, or overdue' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async reviewsDue(@Arg('schemeId', () => ID) schemeId: string, @Ctx() ctx: KindredContext): Promise<MatchView[]> {
    return present(ctx, await reviewsDue(ctx.em, viewerOf(ctx), schemeId));
  }

  @Mutation(() => MatchView, { description: 'Proposes a volunteer for a request; every rule is checked again first' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async proposeMatch(@Arg('input') input: ProposeMatchInput, @Ctx() ctx: KindredContext): Promise<MatchView> {
    return presentOne(ctx, await proposeMatch(ctx, viewerOf(ctx), input));
  }

  @Mutation(() => Boolean, { description: 'Sets a suggested volunteer aside for a request; for staff only' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  rejectSuggestion(@Arg('input') input: RejectSuggestionInput, @Ctx() ctx: KindredContext): Promise<boolean> {
    return rejectSuggestion(ctx, viewerOf(ctx), input);
  }

  @Mutation(() => MatchView, { description: 'The volunteer, then the person, says yes or no' })
  @SignedIn()
  async respondToMatch(@Arg('input') input: RespondToMatchInput, @Ctx() ctx: KindredContext): Promise<MatchView> {
    return presentOne(ctx, await respondToMatch(ctx, viewerOf(ctx), input));
  }

  @Mutation(() => MatchView, { description: 'Ends a match, with a reason: either of the two, or staff' })
  @SignedIn()
  async endMatch(@Arg('input') input: EndMatchInput, @Ctx() ctx: KindredContext): Promise<MatchView> {
    return presentOne(ctx, await endMatch(ctx, viewerOf(ctx), input));
  }

  @Mutation(() => MatchView, { description: 'Records a review; the next is due in three months' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async recordReview(@Arg('input') input: RecordReviewInput, @Ctx() ctx: KindredContext): Promise<MatchView> {
    return presentOne(ctx, await recordReview(ctx, viewerOf(ctx), input));
  }

  @Mutation(() => MatchView, { description: 'Notes that the two were in touch' })
  @SignedIn()
  async logMatchContact(@Arg('input') input: LogMatchContactInput, @Ctx() ctx: KindredContext): Promise<MatchView> {
    return (await presentSeen(ctx, [await logMatchContact(ctx, viewerOf(ctx), input)]))[0]!;
  }

  @Mutation(() => MatchView, { description: 'Companion: where the two will meet before the session' })
  @SignedIn()
  async agreeMeetingPoint(@Arg('input') input: AgreeMeetingPointInput, @Ctx() ctx: KindredContext): Promise<MatchView> {
    return presentOne(ctx, await agreeMeetingPoint(ctx, viewerOf(ctx), input));
  }

  @Mutation(() => MatchView, { description: 'Companion: whether the person went to the session' })
  @SignedIn()
  async recordAttendance(@Arg('input') input: RecordAttendanceInput, @Ctx() ctx: KindredContext): Promise<MatchView> {
    return presentOne(ctx, await recordAttendance(ctx, viewerOf(ctx), input));
  }
}
