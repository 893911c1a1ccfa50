import type { EntityManager } from '@mikro-orm/postgresql';
import { londonDate } from '@kindred/shared';
import { randomUUID } from 'node:crypto';
import { Scheme } from '../../accounts/scheme.entity.js';
import type { Match } from '../../matching/lifecycle/match.entity.js';
import type { SupportRequest } from '../../seekers/support-request.entity.js';
import { CheckIn } from './check-in.entity.js';
import { addMonths } from './schedule.js';

/**
 * The baseline, due the day a person first asks for support. Once per person: a second request
 * finds the unique index taken and adds nothing, even when two requests are made at the same moment.
 */
export async function scheduleBaseline(em: EntityManager, request: SupportRequest): Promise<void> {
  await em.getConnection().execute(
    `insert into check_in (id, scheme_id, seeker_id, request_id, occasion, due_on, status, on_behalf, responses, created_at)
     values (?, ?, ?, ?, 'BASELINE', ?::date, 'DUE', false, '[]'::jsonb, ?)
     on conflict do nothing`,
    [randomUUID(), request.scheme.id, request.seeker.id, request.id, londonDate(request.createdAt), new Date()],
    'run',
    em.getTransactionContext(),
  );
}

/**
 * The follow-ups, made when the baseline is completed: one for each month of the scheme's schedule,
 * due that many months after the day it was completed. Called inside the transaction that completes it.
 */
export async function scheduleFollowUps(tx: EntityManager, baseline: { schemeId: string; seekerId: string; completedAt: Date }): Promise<void> {
  const scheme = await tx.findOneOrFail(Scheme, { id: baseline.schemeId });
  const completedOn = londonDate(baseline.completedAt);
  for (const months of scheme.checkInFollowUpMonths) {
    tx.create(CheckIn, {
      scheme,
      seeker: baseline.seekerId,
      occasion: 'FOLLOW_UP',
      monthsAfterBaseline: months,
      dueOn: addMonths(completedOn, months),
      createdAt: new Date(),
    });
  }
}

/** When a match that was giving support ends: a check-in due at once. Inside the transaction that ends it. */
export function scheduleEnding(tx: EntityManager, match: Match, now: Date): void {
  tx.create(CheckIn, {
    scheme: match.scheme,
    seeker: match.request.seeker,
    match,
    occasion: 'ENDING',
    dueOn: londonDate(now),
    createdAt: now,
  });
}
