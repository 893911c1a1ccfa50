import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { MessageFieldsFragment } from '../gql/graphql';
import { MarkMessagesReadMutation, MatchMessagesQuery, MessageAddedSubscription } from './operations';

/** How many messages a page of the thread holds (the server's default). */
export const PAGE = 50;

/** Adds a message to the end of the thread already in the cache, once, whichever way it arrives first. */
export function rememberMessage(cache: ApolloCache, matchId: string, message: MessageFieldsFragment): void {
  cache.updateQuery({ query: MatchMessagesQuery, variables: { matchId } }, (previous) =>
    previous && !previous.matchMessages.some((m) => m.id === message.id)
      ? { ...previous, matchMessages: [...previous.matchMessages, message] }
      : previous,
  );
}

/**
 * A match's messages, kept current as they arrive. New messages from the other person are read out
 * politely (one short announcement, never the whole thread) and, for one of the two, marked read
 * while the page is in view.
 */
export function useLiveThread(matchId: string, options: { markRead: boolean }) {
  const query = useQuery(MatchMessagesQuery, { variables: { matchId }, fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState('');
  const [hasEarlier, setHasEarlier] = useState<boolean | null>(null);
  const [markRead] = useMutation(MarkMessagesReadMutation, { refetchQueries: ['MyNotifications'] });

  useSubscription(MessageAddedSubscription, {
    variables: { matchId },
    onData: ({ client, data }) => {
      const message = data.data?.messageAdded;
      if (!message) return;
      rememberMessage(client.cache, matchId, message);
      if (!message.fromMe) setAnnouncement(`New message from ${message.senderFirstName}: ${message.body}`);
    },
  });

  const messages = query.data?.matchMessages ?? [];
  const unread = messages.filter((m) => !m.fromMe && m.readAt === null);
  const newestUnread = unread.at(-1)?.id ?? null;
  const markedUpTo = useRef<string | null>(null);
  useEffect(() => {
    if (!options.markRead || !newestUnread || markedUpTo.current === newestUnread) return;
    const mark = () => {
      if (document.visibilityState !== 'visible' || markedUpTo.current === newestUnread) return;
      markedUpTo.current = newestUnread;
      void markRead({ variables: { matchId } }).catch(() => {
        // Not marked this time; it will be next time the thread is seen.
        markedUpTo.current = null;
      });
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [options.markRead, newestUnread, matchId, markRead]);

  async function showEarlier(): Promise<void> {
    const oldest = messages[0];
    if (!oldest) return;
    const more = await query.fetchMore({
      variables: { matchId, before: oldest.id, limit: PAGE },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        matchMessages: [...fetchMoreResult.matchMessages.filter((m) => !previous.matchMessages.some((p) => p.id === m.id)), ...previous.matchMessages],
      }),
    });
    setHasEarlier(more.data.matchMessages.length >= PAGE);
    setAnnouncement(`${more.data.matchMessages.length} earlier messages shown`);
  }

  return {
    messages,
    loading: query.loading && !query.data,
    error: query.error,
    hasEarlier: hasEarlier ?? messages.length >= PAGE,
    showEarlier,
    announcement,
    announce: setAnnouncement,
  };
}
