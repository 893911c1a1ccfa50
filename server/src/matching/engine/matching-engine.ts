import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPair, VolunteerIndex, type MatchRequest, type PairCheck } from '@kindred/shared';
import { Seeker } from '../../seekers/seeker.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';
import { Volunteer } from '../../volunteers/volunteer.entity.js';
import { toMatchVolunteer } from './adapters.js';
import { loadSchemeForMatching, loadVolunteerFacts } from './facts.js';
import { readMatchRequest } from './match-request.js';

/**
 * Each scheme's volunteers, held in memory for matching and kept current as volunteers change.
 * Built on first use from PostgreSQL (the store of record); a change reloads only that volunteer,
 * in every API process (volunteer-changes.ts).
 * Every decision that commits anything re-checks against the database (checkPairNow), so a stale
 * entry can only make a suggestion wrong for a moment, never a match.
 */
export class MatchingEngine {
  private readonly indexes = new Map<string, Promise<VolunteerIndex>>();
  private readonly forgetListeners = new Set<() => void>();

  /** The scheme's index, built once per process. */
  indexFor(em: EntityManager, schemeId: string): Promise<VolunteerIndex> {
    let index = this.indexes.get(schemeId);
    if (!index) {
      index = this.build(em.fork(), schemeId);
      this.indexes.set(schemeId, index);
      index.catch(() => this.indexes.delete(schemeId));
    }
    return index;
  }

  /**
   * Call after anything that changes a volunteer's record, vetting, pause or live matches. Knowing
   * the scheme spares a query when this process holds no index for it, and lets a volunteer whose
   * row has gone (erased) leave the index.
   */
  async volunteerChanged(em: EntityManager, volunteerId: string, schemeId?: string | null): Promise<void> {
    if (schemeId && !this.indexes.has(schemeId)) return;
    const fresh = em.fork();
    const volunteer = await fresh.findOne(Volunteer, { id: volunteerId, ...(schemeId ? { scheme: schemeId } : {}) });
    if (!volunteer) {
      const held = schemeId ? this.indexes.get(schemeId) : undefined;
      if (held) (await held).remove(volunteerId);
      return;
    }
    const index = this.indexes.get(volunteer.scheme.id);
    if (!index) return;
    const facts = await loadVolunteerFacts(fresh, { schemeId: volunteer.scheme.id, volunteerIds: [volunteerId] });
    (await index).upsert(toMatchVolunteer(volunteer, facts.get(volunteerId) ?? { dbsRecheckDueOn: null, liveMatches: 0 }));
  }

  /**
   * Forgets every scheme's index, so the next use rebuilds it (after bulk changes); with several
   * processes, every process forgets (server/src/matching/engine/volunteer-changes.ts tells them).
   */
  forgetAll(): void {
    this.forgetHere();
    for (const listener of this.forgetListeners) listener();
  }

  /** Forgets this process's indexes only: another process asked, or forgetAll did. */
  forgetHere(): void {
    this.indexes.clear();
  }

  /** Tells `listener` each time forgetAll is called here; returns how to stop. */
  onForgetAll(listener: () => void): () => void {
    this.forgetListeners.add(listener);
    return () => this.forgetListeners.delete(listener);
  }

  private async build(em: EntityManager, schemeId: string): Promise<VolunteerIndex> {
    const volunteers = await loadSchemeForMatching(em, schemeId);
    return new VolunteerIndex(volunteers.map(({ fields, facts }) => toMatchVolunteer(fields, facts)));
  }
}

/**
 * A support request as the engine sees it, with its entities; null when there is no such request
 * in the given scheme(s) (when given, every query names them: sharding by scheme). For callers
 * that need the entities (proposing a match); the engine's view alone is readMatchRequest's.
 */
export async function loadMatchRequest(
  em: EntityManager,
  requestId: string,
  schemes?: string | readonly string[],
): Promise<{ request: SupportRequest; seeker: Seeker; match: MatchRequest } | null> {
  const inSchemes = schemes === undefined ? {} : { scheme: { $in: [schemes].flat() } };
  const request = await em.findOne(SupportRequest, { id: requestId, ...inSchemes }, { populate: ['seeker', 'activity'] });
  if (!request) return null;
  const read = await readMatchRequest(em, request.id, request.scheme.id);
  return read ? { request, seeker: request.seeker, match: read.match } : null;
}

/**
 * Every hard constraint for one pair, read fresh from the database: use it inside the transaction
 * that proposes or accepts, after locking the volunteer's row.
 */
export async function checkPairNow(em: EntityManager, requestId: string, volunteerId: string, now: Date, schemeId?: string): Promise<PairCheck> {
  const request = await readMatchRequest(em, requestId, schemeId);
  const volunteer = request ? await em.findOne(Volunteer, { id: volunteerId, scheme: request.schemeId }) : null;
  // A volunteer of another scheme is never a candidate.
  if (!request || !volunteer || volunteer.scheme.id !== request.schemeId) return { ok: false, blockers: [{ kind: 'EXCLUDED' }] };
  const facts = await loadVolunteerFacts(em, { schemeId: volunteer.scheme.id, volunteerIds: [volunteerId] });
  return checkPair(request.match, toMatchVolunteer(volunteer, facts.get(volunteerId) ?? { dbsRecheckDueOn: null, liveMatches: 0 }), now);
}
