import { useQuery } from '@apollo/client/react';
import type { MatchFieldsFragment } from '../gql/graphql';
import { LoadProblem } from '../ui/page-states';
import { SummaryList } from '../ui/SummaryList';
import { MessageThread } from './MessageThread';
import { MatchContactSummaryQuery } from './operations';
import { useLiveThread } from './use-live-thread';
import { messagesCount, sentInWords } from './words';

type MatchNames = Pick<MatchFieldsFragment, 'id' | 'personFirstName' | 'volunteerFirstName'>;

/** For staff: that the two are in touch (counts and when), and the words only while a concern is open. */
export function StaffMessages({ match }: { match: MatchNames }) {
  const { data, error } = useQuery(MatchContactSummaryQuery, { variables: { matchId: match.id }, fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <LoadProblem error={error} /> : <p>Loading…</p>;
  const summary = data.matchContactSummary;
  return (
    <>
      <SummaryList
        rows={[
          { key: `From ${match.personFirstName}`, value: messagesCount(summary.messagesFromPerson) },
          { key: `From ${match.volunteerFirstName}`, value: messagesCount(summary.messagesFromVolunteer) },
          { key: 'Last message', value: summary.lastMessageAt ? sentInWords(summary.lastMessageAt) : 'None yet' },
        ]}
      />
      {summary.canReadMessages ? (
        <>
          <p className="inset-text">You can read these because a concern is open. Each time you do, it is recorded.</p>
          <StaffThread matchId={match.id} />
        </>
      ) : (
        <p>You can see that they are in touch, not what they say. Their messages can be read only while a concern is open about the match or either of them.</p>
      )}
    </>
  );
}

function StaffThread({ matchId }: { matchId: string }) {
  const thread = useLiveThread(matchId, { markRead: false });
  if (thread.loading) return <p>Loading messages…</p>;
  if (thread.error && thread.messages.length === 0) return <LoadProblem error={thread.error} />;
  return (
    <>
      <MessageThread messages={thread.messages} emptyText="No messages yet." />
      <div className="visually-hidden" aria-live="polite">
        {thread.announcement}
      </div>
    </>
  );
}
