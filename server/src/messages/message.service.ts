import type { EntityManager } from '@mikro-orm/postgresql';
import { Scheme } from '../accounts/scheme.entity.js';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import type { AppServices } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import type { MatchParties } from '../matching/lifecycle/match-parties.js';
import { Notification } from '../notifications/notification.entity.js';
import { deliver, recordNotices, type Delivery } from '../notifications/notify.js';
import { matchForReading, matchForStaff, matchOfTheTwo, staffMayRead } from './message-access.js';
import { checkMessageBody } from './message-rules.js';
import { countMessage } from './message-throttle.js';
import { closedReason, contactCounts, lockForSending, senderFirstName, threadPage } from './message-thread.js';
import { messagesClosed, messageWords } from './message-words.js';
import { Message } from './message.entity.js';
import { messageEvent, type MessageEvent } from './message.presenter.js';

export type MessageDeps = { em: EntityManager; viewer: Viewer; app: Pick<AppServices, 'pubsub' | 'mailer' | 'publicUrl' | 'logger'> };

const threadLink = (match: Pick<MatchParties, 'id'>) => `/matches/${match.id}`;

/** The other of the two people: the one a message from the viewer goes to (null if the person has no account). */
function otherPersonOf(match: MatchParties, viewerId: string): string | null {
  return viewerId === match.volunteerUserId ? match.seekerAccountId : match.volunteerUserId;
}

/**
 * Sends a message from one of the two people of an active match that is not paused. The other
 * person is told in the app (and by email, naming the sender only) unless an earlier message they
 * have not looked at yet already told them. Everyone listening on the match hears it live.
 */
export async function sendMessage(deps: MessageDeps, input: { matchId: string; body: string }): Promise<MessageEvent> {
  const match = await matchOfTheTwo(deps, input.matchId);
  const checked = checkMessageBody(input.body);
  if ('problem' in checked) throw badInput([{ field: 'body', message: checked.problem }]);
  const early = closedReason(match);
  if (early) throw messagesClosed(early);
  await countMessage(deps.em, deps.viewer.id);

  const fromName = senderFirstName(match, deps.viewer.id);
  let event!: MessageEvent;
  let deliveries: Delivery[] = [];
  await deps.em.transactional(async (tx) => {
    const locked = await lockForSending(tx, match);
    const reason = locked ? closedReason(locked) : 'MATCH_ENDED';
    if (reason) throw messagesClosed(reason);
    const message = tx.create(Message, {
      scheme: tx.getReference(Scheme, match.schemeId),
      match: match.id,
      sender: tx.getReference(UserAccount, deps.viewer.id),
      body: checked.body,
      sentAt: new Date(),
    });
    event = messageEvent({ id: message.id, matchId: match.id, schemeId: match.schemeId, senderId: deps.viewer.id, body: message.body, sentAt: message.sentAt, readAt: null }, fromName);
    const to = otherPersonOf(match, deps.viewer.id);
    if (to && !(await alreadyTold(tx, to, match))) {
      deliveries = recordNotices(tx, [{ userId: to, schemeId: match.schemeId, kind: 'MESSAGE_RECEIVED', link: threadLink(match), ...messageWords.newMessage(fromName) }]);
    }
  });
  deps.app.pubsub.publish('messageAdded', match.id, event);
  await deliver(deps.em, deps.app, deliveries);
  return event;
}

/** One unread "new message" notice per conversation is enough; reading the thread clears it. */
async function alreadyTold(em: EntityManager, userId: string, match: MatchParties): Promise<boolean> {
  const [row] = await em.execute<Array<{ told: boolean }>>(
    `select exists (select 1 from notification
                     where user_id = ? and scheme_id = ? and kind = 'MESSAGE_RECEIVED' and link = ? and read_at is null) as told`,
    [userId, match.schemeId, threadLink(match)],
  );
  return row?.told === true;
}

/** The conversation, oldest first, for the two people, or for staff while a concern is open (audited). */
export async function matchMessages(deps: MessageDeps, matchId: string, before: string | null, limit: number): Promise<MessageEvent[]> {
  const { match } = await matchForReading(deps, matchId);
  const messages = await threadPage(deps.em, match, before, limit);
  return messages.map((m) => messageEvent(m, senderFirstName(match, m.senderId)));
}

/** Marks what the other person sent as read, and the "new message" notices about it. Only the two people. */
export async function markMessagesRead(deps: MessageDeps, matchId: string): Promise<boolean> {
  const match = await matchOfTheTwo(deps, matchId);
  const now = new Date();
  await deps.em.nativeUpdate(Message, { scheme: match.schemeId, match: match.id, sender: { $ne: deps.viewer.id }, readAt: null }, { readAt: now });
  await deps.em.nativeUpdate(
    Notification,
    { user: deps.viewer.id, scheme: match.schemeId, kind: 'MESSAGE_RECEIVED', link: threadLink(match), readAt: null },
    { readAt: now },
  );
  return true;
}

/** That the two are in touch, for staff of the scheme: counts and the last time, never the words. */
export async function matchContactSummary(deps: MessageDeps, matchId: string) {
  const match = await matchForStaff(deps, matchId);
  const counts = await contactCounts(deps.em, match);
  return {
    matchId: match.id,
    messagesFromPerson: counts.fromPerson,
    messagesFromVolunteer: counts.fromVolunteer,
    lastMessageAt: counts.lastMessageAt,
    canReadMessages: await staffMayRead(deps.em, match),
  };
}

/** Whether the viewer, one of the two, can write now (false for staff and everyone else). */
export function canSendNow(match: Parameters<typeof closedReason>[0]): boolean {
  return closedReason(match) === null;
}
