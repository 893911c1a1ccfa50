import type { MessageRow } from './message-thread.js';
import { MessageView } from './message.types.js';

/**
 * A message as it travels between processes (plain JSON, so Redis can carry it). `fromMe` is worked
 * out for each listener from `senderId`, which never leaves the server.
 */
export type MessageEvent = {
  id: string;
  matchId: string;
  schemeId: string;
  senderId: string;
  senderFirstName: string;
  body: string;
  sentAt: string;
  readAt: string | null;
};

export function messageEvent(message: MessageRow, senderFirstName: string): MessageEvent {
  return {
    id: message.id,
    matchId: message.matchId,
    schemeId: message.schemeId,
    senderId: message.senderId,
    senderFirstName,
    body: message.body,
    sentAt: message.sentAt.toISOString(),
    readAt: message.readAt?.toISOString() ?? null,
  };
}

export function presentMessage(event: MessageEvent, viewerId: string): MessageView {
  return Object.assign(new MessageView(), {
    id: event.id,
    matchId: event.matchId,
    fromMe: event.senderId === viewerId,
    senderFirstName: event.senderFirstName,
    body: event.body,
    sentAt: new Date(event.sentAt),
    readAt: event.readAt ? new Date(event.readAt) : null,
  });
}
