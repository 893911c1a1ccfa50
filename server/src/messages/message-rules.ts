/** The longest message, in characters as a person counts them (code points, so an emoji is one). */
export const MESSAGE_MAX_CHARACTERS = 2000;

/** The one character PostgreSQL cannot keep in text: refused with a clear answer rather than a failed insert. */
const NUL = String.fromCharCode(0);

/**
 * The body as it will be stored (trimmed), or the problem with it. Anything else, including
 * right-to-left overrides and markup, is kept exactly as written: the web shows it as plain,
 * direction-isolated text.
 */
export function checkMessageBody(raw: string): { body: string } | { problem: string } {
  const body = raw.trim();
  if (body.length === 0) return { problem: 'Write a message before sending it' };
  if (body.includes(NUL)) return { problem: 'Your message has a character we cannot keep. Remove it and try again' };
  const characters = [...body].length;
  if (characters > MESSAGE_MAX_CHARACTERS) {
    return { problem: `Keep your message to ${MESSAGE_MAX_CHARACTERS.toLocaleString('en-GB')} characters or fewer (it has ${characters.toLocaleString('en-GB')})` };
  }
  return { body };
}
