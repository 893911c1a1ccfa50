import type { EntityManager } from '@mikro-orm/postgresql';
import type { Reason } from '@kindred/shared';
import { AssignmentRun } from './assignment-run.entity.js';
import type { PlannedPair } from './plan.js';

/** Rows per insert statement: large enough to be quick, small enough to stay well within limits. */
const BATCH = 2_000;

/** What a finished run records about itself, written with its proposals. */
export type RunOutcome = Pick<AssignmentRun, 'requestCount' | 'volunteerCount' | 'candidateCount' | 'matched' | 'totalFit' | 'greedyMatched' | 'greedyTotalFit' | 'timings'>;

/**
 * Saves a run's proposals and marks it DONE in one transaction, with bulk inserts (thousands of rows
 * in well under a second), so a run's proposals appear all together or not at all, and exactly
 * once however often the job runs:
 * - the run's row is locked first: a second attempt at the same run (another process took the job
 *   over while this one still ran) waits here, then finds the run DONE and saves nothing;
 * - any proposals an earlier attempt left are replaced by this attempt's, which its counts describe
 *   (the unique key (run, request) would refuse a second set anyway).
 * `outcome` is read at the end, so that its timings include the save.
 * Returns false, having written nothing, when the run was no longer open.
 */
export async function saveProposals(
  em: EntityManager,
  run: AssignmentRun,
  pairs: readonly PlannedPair[],
  explain: (pair: PlannedPair) => Reason[],
  outcome: () => RunOutcome,
): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const connection = tx.getConnection();
    const sql = <T = unknown>(text: string, params: unknown[]) => connection.execute<T[]>(text, params, 'all', tx.getTransactionContext());
    const [row] = await sql<{ status: string }>(`select status from assignment_run where id = ? and scheme_id = ? for update`, [run.id, run.scheme.id]);
    if (!row || (row.status !== 'QUEUED' && row.status !== 'RUNNING')) return false;
    await sql(`delete from assignment_proposal where run_id = ? and scheme_id = ?`, [run.id, run.scheme.id]);
    for (let from = 0; from < pairs.length; from += BATCH) {
      const batch = pairs.slice(from, from + BATCH);
      await sql(
        `insert into assignment_proposal (id, scheme_id, run_id, request_id, volunteer_id, fit, reasons, created_at)
         select gen_random_uuid(), ?, ?, p.request_id, p.volunteer_id, p.fit, p.reasons, now()
           from jsonb_to_recordset(?::jsonb) as p(request_id uuid, volunteer_id uuid, fit int, reasons jsonb)`,
        [
          run.scheme.id,
          run.id,
          // One JSON parameter: the driver would otherwise spread arrays into lists.
          JSON.stringify(batch.map((p) => ({ request_id: p.request.id, volunteer_id: p.volunteer.id, fit: p.fit, reasons: explain(p) }))),
        ],
      );
    }
    await tx.nativeUpdate(
      AssignmentRun,
      { id: run.id, scheme: run.scheme.id },
      { ...outcome(), status: 'DONE', stage: 'FINISHED', stageDone: pairs.length, stageTotal: pairs.length, finishedAt: new Date() },
    );
    return true;
  });
}
