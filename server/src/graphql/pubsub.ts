import { createPubSub } from '@graphql-yoga/subscription';
import type { AssignmentRunEvent } from '../matching/assignment/assignment.presenter.js';

/** Plain JSON, so it survives Redis between processes. */
export type NotificationEvent = { id: string; kind: string; text: string; link: string | null; createdAt: string; readAt: string | null };

/** Events that subscriptions listen to. In memory for one process; Redis carries them between processes. */
export type KindredEvents = {
  viewerUpdated: [userId: string, payload: { userId: string }];
  /** A new in-app notification for this person (server/src/notifications). */
  notificationAdded: [userId: string, payload: NotificationEvent];
  /** Each step of a scheme-wide assignment run (server/src/matching/assignment). */
  assignmentRunProgress: [runId: string, payload: AssignmentRunEvent];
};

export type KindredPubSub = ReturnType<typeof createKindredPubSub>;

export function createKindredPubSub() {
  return createPubSub<KindredEvents>();
}
