import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reason } from '@kindred/shared';
import type { AssignmentRun } from './assignment-run.entity.js';
import type { PlannedPair } from './plan.js';

/** Rows per insert statement: large enough to be quick, small enough to stay well within limits. */
const BATCH = 2_000;

/**
 * Saves a run's proposals in one transaction, with bulk inserts (thousands of rows in well under a
 * second), so a run's proposals appear all together or not at all.
 */
export async function saveProposals(
  em: EntityManager,
  run: AssignmentRun,
  pairs: readonly PlannedPair[],
  explain: (pair: PlannedPair) => Reason[],
): Promise<void> {
  await em.transactional(async (tx) => {
    const connection = tx.getConnection();
    for (let from = 0; from < pairs.length; from += BATCH) {
      const batch = pairs.slice(from, from + BATCH);
      await connection.execute(
        `insert into assignment_proposal (id, scheme_id, run_id, request_id, volunteer_id, fit, reasons, created_at)
         select gen_random_uuid(), ?, ?, p.request_id, p.volunteer_id, p.fit, p.reasons, now()
           from jsonb_to_recordset(?::jsonb) as p(request_id uuid, volunteer_id uuid, fit int, reasons jsonb)`,
        [
          run.scheme.id,
          run.id,
          // One JSON parameter: the driver would otherwise spread arrays into lists.
          JSON.stringify(batch.map((p) => ({ request_id: p.request.id, volunteer_id: p.volunteer.id, fit: p.fit, reasons: explain(p) }))),
        ],
        'run',
        tx.getTransactionContext(),
      );
    }
  });
}
