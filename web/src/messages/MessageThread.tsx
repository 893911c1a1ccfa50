import type { MessageFieldsFragment } from '../gql/graphql';
import { sentInWords } from './words';

/**
 * The conversation, oldest first, so the newest sits just above the box to reply in. Each body is
 * plain text in its own direction-isolated paragraph: a right-to-left override in a message cannot
 * turn round the name or time beside it. Not a live region: new messages are announced separately.
 */
export function MessageThread({ messages, emptyText }: { messages: readonly MessageFieldsFragment[]; emptyText: string }) {
  if (messages.length === 0) return <p>{emptyText}</p>;
  return (
    <ol className="message-thread">
      {messages.map((message) => (
        <li key={message.id} className={`message ${message.fromMe ? 'message--mine' : 'message--theirs'}`}>
          <p className="message__meta">
            <span className="message__sender">{message.fromMe ? 'You' : message.senderFirstName}</span>
            <span className="visually-hidden">, </span>
            <time className="message__time" dateTime={message.sentAt}>
              {sentInWords(message.sentAt)}
            </time>
          </p>
          <p className="message__body" dir="auto">
            {message.body}
          </p>
        </li>
      ))}
    </ol>
  );
}
