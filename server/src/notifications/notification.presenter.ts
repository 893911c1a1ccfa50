import type { NotificationEvent } from '../graphql/pubsub.js';
import type { Notification } from './notification.entity.js';

export function notificationEvent(n: Notification): NotificationEvent {
  return { id: n.id, kind: n.kind, text: n.text, link: n.link ?? null, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null };
}
