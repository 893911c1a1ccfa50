import { randomUUID } from 'node:crypto';
import type { EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from '../../graphql/event-bus.js';
import type { Logger } from '../../logger.js';
import type { MatchingEngine } from './matching-engine.js';

// Entities whose change can change who a volunteer may be matched with: the volunteer itself,
// their vetting records, and their matches (which use up capacity).
const VOLUNTEER_OWNED = new Set(['DbsCheck', 'TrainingRecord', 'VolunteerReference', 'Match']);

type Change = { volunteerId: string; schemeId: string | null };
type Owned = { id?: string; scheme?: { id: string }; volunteer?: { id: string; scheme?: { id: string } } };

/**
 * Keeps the in-memory indexes current: after any committed flush that touches a volunteer or what
 * belongs to them, that volunteer is reloaded here and, with several processes (Redis), every other
 * process is told to reload them too. A process skips its own announcements (it has reloaded
 * already). Returns how to stop following.
 */
export function followVolunteerChanges(orm: MikroORM, engine: MatchingEngine, logger: Logger, events?: Pick<EventBus, 'pubsub' | 'shared'>): () => void {
  const origin = randomUUID();
  const shared = events?.shared === true;
  const pending = new Map<string, Change & { announce: boolean }>();
  let timer: NodeJS.Timeout | undefined;

  const reload = () => {
    timer = undefined;
    const changes = [...pending.values()];
    pending.clear();
    const em: EntityManager = orm.em.fork();
    for (const change of changes) {
      if (change.announce) events!.pubsub.publish('volunteerChanged', { schemeId: change.schemeId, volunteerId: change.volunteerId, origin });
    }
    void Promise.all(changes.map((c) => engine.volunteerChanged(em, c.volunteerId, c.schemeId))).catch((error: unknown) =>
      logger.warn({ err: error }, 'matching index could not reload a volunteer; it will rebuild on restart'),
    );
  };
  // A short pause gathers the changes of one request into one reload.
  const queue = (changes: Iterable<Change>, announce: boolean) => {
    for (const change of changes) {
      const earlier = pending.get(change.volunteerId);
      pending.set(change.volunteerId, { ...change, schemeId: change.schemeId ?? earlier?.schemeId ?? null, announce: announce || earlier?.announce === true });
    }
    if (pending.size > 0 && !timer) timer = setTimeout(reload, 10);
  };

  // Changes flushed inside a transaction wait for its commit: reloading earlier would read the old rows.
  const uncommitted = new WeakMap<object, Change[]>();
  const subscriber: EventSubscriber = {
    afterFlush({ em, uow }: FlushEventArgs) {
      const changes: Change[] = [];
      for (const changeSet of uow.getChangeSets()) {
        const name = changeSet.meta.className;
        const entity = changeSet.entity as Owned;
        if (name === 'Volunteer' && entity.id) changes.push({ volunteerId: entity.id, schemeId: entity.scheme?.id ?? null });
        else if (VOLUNTEER_OWNED.has(name) && entity.volunteer) {
          changes.push({ volunteerId: entity.volunteer.id, schemeId: entity.scheme?.id ?? entity.volunteer.scheme?.id ?? null });
        }
      }
      if (changes.length === 0) return;
      const transaction = em.isInTransaction() ? (em.getTransactionContext() as object | undefined) : undefined;
      if (!transaction) return queue(changes, shared);
      uncommitted.set(transaction, [...(uncommitted.get(transaction) ?? []), ...changes]);
    },
    afterTransactionCommit({ transaction }: TransactionEventArgs) {
      const changes = transaction && uncommitted.get(transaction);
      if (!changes) return;
      uncommitted.delete(transaction);
      // Released savepoint: the outer transaction is still open, and its commit cannot be told apart
      // here. Reload after a moment, as before transactions were followed.
      if (transaction.savepointName) setTimeout(() => queue(changes, shared), 25);
      else queue(changes, shared);
    },
    afterTransactionRollback({ transaction }: TransactionEventArgs) {
      if (transaction) uncommitted.delete(transaction);
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);

  const stops: Array<() => void> = [];
  if (shared && events) {
    const heard = events.pubsub.subscribe('volunteerChanged');
    const forgotten = events.pubsub.subscribe('matchingIndexesForgotten');
    void (async () => {
      for await (const change of heard) if (change.origin !== origin) queue([change], false);
    })();
    void (async () => {
      for await (const told of forgotten) if (told.origin !== origin) engine.forgetHere();
    })();
    stops.push(
      () => void heard.return(undefined),
      () => void forgotten.return(undefined),
      engine.onForgetAll(() => events.pubsub.publish('matchingIndexesForgotten', { origin })),
    );
  }
  return () => {
    if (timer) clearTimeout(timer);
    for (const stop of stops) stop();
  };
}
