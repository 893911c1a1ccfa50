import { createPubSub } from '@graphql-yoga/subscription';
import type { AssignmentRunEvent } from '../matching/assignment/assignment.presenter.js';
import type { MessageEvent } from '../messages/message.presenter.js';

/** Plain JSON, so it survives Redis between processes. */
export type NotificationEvent = { id: string; kind: string; text: string; link: string | null; createdAt: string; readAt: string | null };

/**
 * Every event, subscriptions' and the processes' own. In memory for one process; with REDIS_URL,
 * Redis carries them between processes (server/src/graphql/event-bus.ts), so payloads are plain JSON.
 */
export type KindredEvents = {
  viewerUpdated: [userId: string, payload: { userId: string }];
  /** A volunteer's matching facts changed: every process reloads them into its index (server/src/matching/engine). */
  volunteerChanged: [payload: { schemeId: string | null; volunteerId: string; origin: string }];
  /** Every process forgets its matching indexes and rebuilds them on next use (after bulk changes). */
  matchingIndexesForgotten: [payload: { origin: string }];
  /** A new in-app notification for this person (server/src/notifications). */
  notificationAdded: [userId: string, payload: NotificationEvent];
  /** Each step of a scheme-wide assignment run (server/src/matching/assignment). */
  assignmentRunProgress: [runId: string, payload: AssignmentRunEvent];
  /** A message between the two people of a match (server/src/messages). */
  messageAdded: [matchId: string, payload: MessageEvent];
};

export type KindredPubSub = ReturnType<typeof createKindredPubSub>;

/** In memory: events reach this process's subscribers only (see startEventBus for several processes). */
export function createKindredPubSub() {
  return createPubSub<KindredEvents>();
}
