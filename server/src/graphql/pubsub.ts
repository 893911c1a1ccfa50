import { createPubSub } from '@graphql-yoga/subscription';

/** Events that subscriptions listen to. In memory for one process; Redis carries them between processes. */
export type KindredEvents = {
  viewerUpdated: [userId: string, payload: { userId: string }];
};

export type KindredPubSub = ReturnType<typeof createKindredPubSub>;

export function createKindredPubSub() {
  return createPubSub<KindredEvents>();
}
