// PostgreSQL's classes 08 (connection exception) and 57P (operator intervention: shutting down, starting up).
const UNAVAILABLE_SQLSTATE = /^(08|57P)/;
const UNAVAILABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
// What pg and its pool say when no connection can be had or one is lost.
const UNAVAILABLE_TEXT = /timeout exceeded when trying to connect|connection terminated|connection (is )?(closed|ended)|client has encountered a connection error/i;

/**
 * Whether an error means the database cannot be reached just now (restarting, frozen, or every
 * connection busy), rather than a fault in Kindred: the person should be told to try again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== 'object') return false;
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (name === 'ConnectionException') return true;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NETWORK.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_TEXT.test(message)) return true;
  }
  return false;
}
