import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AllowRoles, SignedIn } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import { matchFor } from '../matching/lifecycle/match-access.js';
import { MatchView } from '../matching/lifecycle/match.types.js';
import { isOneOfTheTwo, matchForReading, recordStaffRead, staffMayRead } from './message-access.js';
import { canSendNow, markMessagesRead, matchContactSummary, matchMessages, sendMessage, type MessageDeps } from './message.service.js';
import { presentMessage, type MessageEvent } from './message.presenter.js';
import { MatchContactSummaryView, MessageView, SendMessageInput } from './message.types.js';

function depsOf(ctx: KindredContext): MessageDeps {
  if (!ctx.viewer) throw notSignedIn();
  return { em: ctx.em, viewer: ctx.viewer, app: ctx.app };
}

/**
 * Messages between the two people of a match. Each service checks who is asking: the two people,
 * or staff of the scheme for the contact summary (and the words themselves only while a concern is
 * open, audited). Everyone else is told "not found".
 */
@Resolver(() => MatchView)
export class MessageResolver {
  @Mutation(() => MessageView, { description: 'Sends a message to the other person of an active match' })
  @SignedIn()
  async sendMessage(@Arg('input') input: SendMessageInput, @Ctx() ctx: KindredContext): Promise<MessageView> {
    const deps = depsOf(ctx);
    return presentMessage(await sendMessage(deps, input), deps.viewer.id);
  }

  @Mutation(() => Boolean, { description: 'Marks the messages the other person sent you in this match as read' })
  @SignedIn()
  markMessagesRead(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: KindredContext): Promise<boolean> {
    return markMessagesRead(depsOf(ctx), matchId);
  }

  @Query(() => [MessageView], { description: 'A match’s messages, oldest first: the latest `limit`, or those before `before`' })
  @SignedIn()
  async matchMessages(
    @Arg('matchId', () => ID) matchId: string,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: KindredContext,
  ): Promise<MessageView[]> {
    const deps = depsOf(ctx);
    return (await matchMessages(deps, matchId, before ?? null, limit)).map((m) => presentMessage(m, deps.viewer.id));
  }

  @Query(() => MatchContactSummaryView, { description: 'That the two are in touch: counts and when, for staff of the scheme' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  async matchContactSummary(@Arg('matchId', () => ID) matchId: string, @Ctx() ctx: KindredContext): Promise<MatchContactSummaryView> {
    return Object.assign(new MatchContactSummaryView(), await matchContactSummary(depsOf(ctx), matchId));
  }

  @Subscription(() => MessageView, {
    description: 'New messages in a match as they are sent: for the two people, and staff while they may read them',
    subscribe: async ({ args, context }) => {
      const ctx = context as KindredContext;
      if (!ctx.viewer) throw notSignedIn();
      // The socket's context lives as long as the connection: work on forks of it.
      const deps = { em: ctx.em.fork(), viewer: ctx.viewer };
      const { match, asStaff } = await matchForReading(deps, String(args.matchId));
      const events = ctx.app.pubsub.subscribe('messageAdded', match.id);
      if (!asStaff) return events;
      // Staff hear new messages only while a concern stays open, and each one they are sent is audited.
      return pipe(
        events,
        filter(async () => {
          const em = ctx.em.fork();
          if (!(await staffMayRead(em, match))) return false;
          await recordStaffRead({ em, viewer: deps.viewer }, match);
          return true;
        }),
      );
    },
  })
  @SignedIn()
  messageAdded(@Arg('matchId', () => ID) _matchId: string, @Root() event: MessageEvent, @Ctx() ctx: KindredContext): MessageView {
    return presentMessage(event, depsOf(ctx).viewer.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you, one of the two, can send messages in this match now' })
  async canSendMessages(@Root() view: MatchView, @Ctx() ctx: KindredContext): Promise<boolean> {
    const { viewer } = depsOf(ctx);
    // A view presented in this request carries the match and this viewer's sides it was made from.
    const { match, sides } = view.seen ?? (await matchFor(ctx.em, viewer, view.id));
    return isOneOfTheTwo(sides) && canSendNow(match);
  }
}
