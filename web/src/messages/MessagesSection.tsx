import { useQuery } from '@apollo/client/react';
import type { MatchFieldsFragment } from '../gql/graphql';
import { useMySide } from '../matching/page-states';
import { LoadProblem } from '../ui/page-states';
import { Button } from '../ui/Button';
import { MessageForm } from './MessageForm';
import { MessageThread } from './MessageThread';
import { CanSendMessagesQuery } from './operations';
import { StaffMessages } from './StaffMessages';
import { useLiveThread } from './use-live-thread';
import { CLOSED_WORDS } from './words';
import './messages.css';

type MatchSummary = Pick<MatchFieldsFragment, 'id' | 'status' | 'personFirstName' | 'volunteerFirstName'>;

/**
 * The "Messages" part of a match page. The two people write to each other here; staff see that
 * they are in touch, and what they say only while a concern is open.
 */
export function MessagesSection({ match, staff }: { match: MatchSummary; staff: boolean }) {
  if (match.status !== 'ACTIVE' && match.status !== 'ENDED') return null;
  return (
    <section aria-labelledby="messages-heading" className="messages">
      <h2 id="messages-heading" className="heading-m">
        Messages
      </h2>
      {staff ? <StaffMessages match={match} /> : <Conversation match={match} />}
    </section>
  );
}

function Conversation({ match }: { match: MatchSummary }) {
  const thread = useLiveThread(match.id, { markRead: true });
  const { data: sending } = useQuery(CanSendMessagesQuery, { variables: { id: match.id }, fetchPolicy: 'cache-and-network' });
  const canSend = sending?.match.canSendMessages ?? false;
  const side = useMySide();
  // The other person is whoever wrote what "you" did not; before they write, the viewer's role tells.
  const theirName =
    thread.messages.find((m) => !m.fromMe)?.senderFirstName ??
    (side.volunteer && !side.person ? match.personFirstName : side.person && !side.volunteer ? match.volunteerFirstName : null);
  return (
    <>
      <p>Keep in touch here without sharing your phone number.</p>
      {thread.error && !thread.messages.length ? <LoadProblem error={thread.error} /> : null}
      {thread.hasEarlier ? (
        <p>
          <Button type="button" variant="secondary" onClick={() => void thread.showEarlier()}>
            Show earlier messages
          </Button>
        </p>
      ) : null}
      {thread.loading ? <p>Loading messages…</p> : <MessageThread messages={thread.messages} emptyText="No messages yet." />}
      {canSend ? (
        <MessageForm matchId={match.id} to={theirName} onSent={thread.announce} />
      ) : sending ? (
        <p className="inset-text">{match.status === 'ACTIVE' ? CLOSED_WORDS.paused : CLOSED_WORDS.ended}</p>
      ) : null}
      <div className="visually-hidden" aria-live="polite">
        {thread.announcement}
      </div>
    </>
  );
}
