import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import type { MatchingEngine } from './matching-engine.js';

// Entities whose change can change who a volunteer may be matched with: the volunteer itself,
// their vetting records, and their matches (which use up capacity).
const VOLUNTEER_OWNED = new Set(['DbsCheck', 'TrainingRecord', 'VolunteerReference', 'Match']);

/**
 * Keeps the in-memory indexes current: after any flush that touches a volunteer or what belongs to
 * them, that volunteer is reloaded. Reloads wait a moment so the flush's transaction has committed.
 */
export function followVolunteerChanges(orm: MikroORM, engine: MatchingEngine, logger: Logger): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    timer = undefined;
    const ids = [...pending];
    pending.clear();
    const em: EntityManager = orm.em.fork();
    void Promise.all(ids.map((id) => engine.volunteerChanged(em, id))).catch((error: unknown) =>
      logger.warn({ err: error }, 'matching index could not reload a volunteer; it will rebuild on restart'),
    );
  };
  const subscriber: EventSubscriber = {
    afterFlush({ uow }: FlushEventArgs) {
      for (const change of uow.getChangeSets()) {
        const name = change.meta.className;
        const entity = change.entity as { id?: string; volunteer?: { id: string } };
        const id = name === 'Volunteer' ? entity.id : VOLUNTEER_OWNED.has(name) ? entity.volunteer?.id : undefined;
        if (id) pending.add(id);
      }
      if (pending.size > 0 && !timer) timer = setTimeout(reload, 25);
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
  return () => {
    if (timer) clearTimeout(timer);
  };
}
