/**
 * A subscription over graphql-ws, as the web app opens one: the person's session cookie on the
 * socket, the graphql-transport-ws protocol, and every event it receives kept in order.
 */
import type { Person } from '../support/kindred.ts';

export type Subscription<T> = {
  /** Every `next` payload's data so far. */
  received: T[];
  /** Errors the server sent for this subscription. */
  errors: unknown[];
  /** Waits until an event satisfies `matches`. */
  next(matches?: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): void;
};

export async function subscribe<T>(person: Person, query: string, variables: Record<string, unknown> = {}): Promise<Subscription<T>> {
  const url = new URL('/graphql', person.baseUrl);
  url.protocol = 'ws:';
  // Node's WebSocket (undici) takes headers, which a browser would fill in itself.
  const init = { protocols: 'graphql-transport-ws', headers: { cookie: person.cookieHeader(), origin: new URL(person.baseUrl).origin } };
  const socket = new WebSocket(url, init as unknown as string);
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of waiters) waiter();
  };

  await new Promise<void>((resolve, reject) => {
    socket.onerror = () => reject(new Error(`could not open a WebSocket to ${url.href}`));
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    socket.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as { type: string; id?: string; payload?: unknown };
      if (frame.type === 'connection_ack') resolve();
      if (frame.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
      if (frame.type === 'next') {
        const payload = frame.payload as { data?: T; errors?: unknown[] };
        if (payload.errors) errors.push(...payload.errors);
        if (payload.data) received.push(payload.data);
        wake();
      }
      if (frame.type === 'error') {
        errors.push(frame.payload);
        wake();
      }
    };
    socket.onclose = (event) => {
      reject(new Error(`the WebSocket closed: ${event.code} ${event.reason}`));
      wake();
    };
  });
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));

  return {
    received,
    errors,
    next(matches = () => true, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(matches);
          if (found) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(found);
          } else if (errors.length > 0 || socket.readyState === WebSocket.CLOSED) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`the subscription ended without that event: ${JSON.stringify(errors)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no such event within ${timeoutMs} ms; received ${JSON.stringify(received)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => socket.close(),
  };
}

/** Polls `read` until `done` says yes; fails with the last value after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`still not so after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
