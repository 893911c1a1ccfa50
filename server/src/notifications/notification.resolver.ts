import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { viewerSchemes } from '../accounts/policy.js';
import { SignedIn } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { badInput, notSignedIn } from '../graphql/errors.js';
import type { NotificationEvent } from '../graphql/pubsub.js';
import { isUuid } from '../seekers/seeker-access.js';
import { Notification } from './notification.entity.js';
import { NotificationView } from './notification.types.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

const MAX_LISTED = 100;

function view(n: NotificationEvent): NotificationView {
  return Object.assign(new NotificationView(), {
    id: n.id,
    kind: n.kind,
    text: n.text,
    link: n.link,
    createdAt: new Date(n.createdAt),
    readAt: n.readAt ? new Date(n.readAt) : null,
  });
}

/** A person's own notifications; nobody else's are reachable by any id. */
@Resolver()
export class NotificationResolver {
  @Query(() => [NotificationView], { description: 'Your notifications, newest first (the latest 100)' })
  @SignedIn()
  async myNotifications(@Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean, @Ctx() ctx: KindredContext): Promise<NotificationView[]> {
    const rows = await ctx.em.find(
      Notification,
      { user: viewerOf(ctx).id, scheme: { $in: viewerSchemes(viewerOf(ctx)) }, ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: MAX_LISTED },
    );
    return rows.map((n) => view({ ...n, link: n.link ?? null, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null }));
  }

  @Mutation(() => Boolean, { description: 'Marks your notifications as read; ids that are not yours are ignored' })
  @SignedIn()
  async markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: KindredContext): Promise<boolean> {
    if (ids.length > MAX_LISTED) throw badInput([{ field: 'ids', message: `Mark at most ${MAX_LISTED} at once` }]);
    const mine = ids.filter(isUuid);
    if (mine.length === 0) return true;
    await ctx.em.nativeUpdate(Notification, { id: { $in: mine }, user: viewerOf(ctx).id, scheme: { $in: viewerSchemes(viewerOf(ctx)) }, readAt: null }, { readAt: new Date() });
    return true;
  }

  @Subscription(() => NotificationView, {
    description: 'Your new notifications as they happen',
    topics: 'notificationAdded',
    // Each person listens on their own topic, so nobody can receive another's notifications.
    topicId: ({ context }: { context: KindredContext }) => context.viewer?.id ?? 'nobody',
  })
  @SignedIn()
  notificationAdded(@Root() event: NotificationEvent): NotificationView {
    return view(event);
  }
}
