import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { MarkNotificationsReadMutation, MyNotificationsQuery } from '../operations';
import { LoadProblem, Loading } from '../page-states';
import { dateInWords } from '../words';
import '../matching.css';

/** Everything Kindred has told the person, newest first. Opening the page marks the new ones as read. */
export function NotificationsPage() {
  const { data, error, loading } = useQuery(MyNotificationsQuery, { variables: { unreadOnly: false }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [{ query: MyNotificationsQuery, variables: { unreadOnly: true } }],
  });
  const marked = useRef(new Set<string>());
  const unreadIds = (data?.myNotifications ?? []).filter((n) => !n.readAt && !marked.current.has(n.id)).map((n) => n.id);
  const unreadKey = unreadIds.join(',');

  useEffect(() => {
    if (!unreadKey) return;
    const ids = unreadKey.split(',');
    for (const id of ids) marked.current.add(id);
    // Reading is best effort: if it fails, they stay new and are marked next time.
    markRead({ variables: { ids } }).catch(() => undefined);
  }, [unreadKey, markRead]);

  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  return (
    <>
      <PageHeading>Notifications</PageHeading>
      {data.myNotifications.length === 0 ? (
        <p>You have no notifications.</p>
      ) : (
        <ul className="list">
          {data.myNotifications.map((n) => (
            <li key={n.id} className={`notification-list__item${n.readAt ? '' : ' notification-list__item--unread'}`}>
              {n.readAt ? null : (
                <>
                  <span className="tag">New</span>{' '}
                </>
              )}
              {n.link?.startsWith('/') ? <Link to={n.link}>{n.text}</Link> : n.text}
              <span className="secondary-line">{dateInWords(n.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
