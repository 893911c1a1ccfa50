import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES, hasRoleIn, schemesWhere } from '../../accounts/policy.js';
import { Scheme } from '../../accounts/scheme.entity.js';
import type { Viewer } from '../../accounts/sessions.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { badInput, notFound } from '../../graphql/errors.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { AssignmentProposal } from './assignment-proposal.entity.js';
import { AssignmentRun } from './assignment-run.entity.js';

export const ASSIGNMENT_QUEUE = 'assignment-run';
/**
 * The run, and its scheme: with the scheme the worker finds the run where a database sharded by
 * scheme keeps it. (A job queued before the scheme was carried has the run id only.)
 */
export type AssignmentJob = { runId: string; schemeId?: string };

const mayRun = (viewer: Viewer | null, schemeId: string) => hasRoleIn(viewer, schemeId, ...CASEWORK_ROLES);

/**
 * Starts matching everyone waiting in a scheme: a run is queued and a job does the work. Only link
 * workers and administrators of the scheme; one open run per scheme (the database says so).
 */
export async function startSchemeAssignment(deps: { em: EntityManager; viewer: Viewer; jobs: JobQueue }, schemeId: string): Promise<AssignmentRun> {
  if (!isUuid(schemeId) || !mayRun(deps.viewer, schemeId)) throw notFound('That scheme');
  const em = deps.em.fork();
  const run = em.create(AssignmentRun, { scheme: em.getReference(Scheme, schemeId), startedBy: em.getReference(UserAccount, deps.viewer.id) });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw badInput([{ field: 'schemeId', message: 'Matching is already running for this scheme. Wait for it to finish, then look at its proposals.' }]);
    }
    throw error;
  }
  try {
    await deps.jobs.send<AssignmentJob>(ASSIGNMENT_QUEUE, { runId: run.id, schemeId }, { singletonKey: run.id });
  } catch (error) {
    // Without a job the run would block the scheme for good.
    await em.nativeUpdate(AssignmentRun, { id: run.id }, { status: 'FAILED', failure: 'The run could not be queued. Please try again.', finishedAt: new Date() });
    throw error;
  }
  return run;
}

/** A run of a scheme where the viewer is staff; any other looks like one that does not exist. */
export async function findRun(deps: { em: EntityManager; viewer: Viewer | null }, runId: string): Promise<AssignmentRun> {
  const run = isUuid(runId) ? await deps.em.findOne(AssignmentRun, { id: runId, scheme: { $in: schemesWhere(deps.viewer, ...CASEWORK_ROLES) } }, { populate: ['scheme'] }) : null;
  if (!run || !mayRun(deps.viewer, run.scheme.id)) throw notFound('That matching run');
  return run;
}

/** The scheme's most recent run, if any. */
export async function latestRun(deps: { em: EntityManager; viewer: Viewer }, schemeId: string): Promise<AssignmentRun | null> {
  if (!isUuid(schemeId) || !mayRun(deps.viewer, schemeId)) throw notFound('That scheme');
  return deps.em.findOne(AssignmentRun, { scheme: schemeId }, { orderBy: { createdAt: 'desc' }, populate: ['scheme'] });
}

/** The run's proposals, best fit first, and which have since been offered (a live match exists). */
export async function proposalsOf(em: EntityManager, run: AssignmentRun): Promise<Array<{ proposal: AssignmentProposal; offered: boolean }>> {
  const proposals = await em.find(
    AssignmentProposal,
    { run: run.id, scheme: run.scheme.id },
    { populate: ['request.seeker', 'volunteer.user'], orderBy: { fit: 'desc', id: 'asc' } },
  );
  const offered = await em.getConnection().execute<Array<{ request_id: string; volunteer_id: string }>>(
    `select m.request_id, m.volunteer_id from match m join assignment_proposal p on p.request_id = m.request_id and p.volunteer_id = m.volunteer_id
      where p.run_id = ? and m.scheme_id = ? and m.status in ('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE')`,
    [run.id, run.scheme.id],
  );
  const taken = new Set(offered.map((o) => `${o.request_id}:${o.volunteer_id}`));
  return proposals.map((proposal) => ({ proposal, offered: taken.has(`${proposal.request.id}:${proposal.volunteer.id}`) }));
}
