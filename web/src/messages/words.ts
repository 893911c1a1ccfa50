const LONDON = 'Europe/London';

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hour: 'numeric', minute: '2-digit', hour12: true });
const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, weekday: 'short', day: 'numeric', month: 'short' });

/** "1:05pm" */
function clock(date: Date): string {
  return timeFormat.format(date).replace(/\s?([ap])m$/i, (_, half: string) => `${half.toLowerCase()}m`);
}

/** When a message was sent, as a person says it: "Today at 1:05pm", "Yesterday at 9:30am", "Tue 4 Nov at 6:00pm". */
export function sentInWords(iso: string, now = new Date()): string {
  const sent = new Date(iso);
  const day = dayFormat.format(sent);
  if (day === dayFormat.format(now)) return `Today at ${clock(sent)}`;
  if (day === dayFormat.format(new Date(now.getTime() - 86_400_000))) return `Yesterday at ${clock(sent)}`;
  return `${dateFormat.format(sent)} at ${clock(sent)}`;
}

/** "3 messages", "1 message" */
export function messagesCount(count: number): string {
  return `${count} ${count === 1 ? 'message' : 'messages'}`;
}

/** Why messages cannot be sent, in the words the server uses for each reason. */
export const CLOSED_WORDS = {
  paused: 'Messages are paused. Your link worker will be in touch.',
  notYet: 'You can send messages once you have both said yes.',
  ended: 'This match has ended, so messages are closed. Your link worker is there if you need anything.',
};
