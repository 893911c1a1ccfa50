/**
 * Runs work for the same request or volunteer one at a time within this process. The database row
 * locks are what make matching safe across processes; this only makes racing callers wait in
 * memory instead of each holding a pooled connection while blocked on a row lock (20 at once on a
 * pool of 10 otherwise time out waiting for a connection). Keys are taken in the order given:
 * always request first, then volunteer, the same order as the row locks, so no two wait in a cycle.
 */
const tails = new Map<string, Promise<void>>();

async function take(key: string): Promise<() => void> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  await previous;
  return () => {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  };
}

export async function inTurn<T>(keys: string[], work: () => Promise<T>): Promise<T> {
  const releases: Array<() => void> = [];
  try {
    for (const key of keys) releases.push(await take(key));
    return await work();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

export const pairKeys = (requestId: string, volunteerId: string) => [`request:${requestId}`, `volunteer:${volunteerId}`];
