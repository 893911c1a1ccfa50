import type { ApolloCache } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { NavLink } from 'react-router';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { MyNotificationsQuery, NotificationAddedSubscription } from '../operations';
import '../matching.css';

/**
 * The header's link to notifications, with how many are unread. New ones arrive live and are read
 * out politely by screen readers, without moving focus.
 */
export function NotificationsIndicator() {
  const { data } = useQuery(MyNotificationsQuery, { variables: { unreadOnly: true }, fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState('');
  useSubscription(NotificationAddedSubscription, {
    onData: ({ client, data: added }) => {
      const notification = added.data?.notificationAdded;
      if (!notification) return;
      rememberNotification(client.cache, notification);
      setAnnouncement(`New notification: ${notification.text}`);
    },
  });
  const unread = data?.myNotifications.length ?? 0;
  return (
    <>
      <NavLink to="/notifications" className="site-header__link">
        Notifications
        {unread > 0 ? (
          <span className="notification-count">
            {unread}
            <span className="visually-hidden"> unread</span>
          </span>
        ) : null}
      </NavLink>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}

/** Puts a new notification at the top of the lists already in the cache, so the count and page update at once. */
function rememberNotification(cache: ApolloCache, notification: NotificationFieldsFragment): void {
  for (const unreadOnly of [true, false]) {
    cache.updateQuery({ query: MyNotificationsQuery, variables: { unreadOnly } }, (previous) =>
      previous
        ? { ...previous, myNotifications: [notification, ...previous.myNotifications.filter((n) => n.id !== notification.id)] }
        : previous,
    );
  }
}
