import { ImportProblemView, ImportView } from './import.types.js';
import type { ImportProblem, OpenReferralImport } from './import-job.entity.js';
import { STALLED_AFTER_MS } from './import.service.js';


const problem = (p: ImportProblem) => Object.assign(new ImportProblemView(), p);

export function presentImport(job: OpenReferralImport, now: Date = new Date()): ImportView {
  const stalled = (job.status === 'CHECKING' || job.status === 'IMPORTING') && now.getTime() - job.updatedAt.getTime() > STALLED_AFTER_MS;
  return Object.assign(new ImportView(), {
    id: job.id,
    schemeId: job.scheme.id,
    status: stalled ? 'FAILED' : job.status,
    fileName: job.fileName,
    totalBytes: job.totalBytes,
    receivedBytes: job.receivedBytes,
    recordsTotal: job.recordsTotal,
    recordsChecked: job.recordsChecked,
    recordsImported: stalled ? 0 : job.recordsImported,
    activitiesTotal: job.activitiesTotal,
    created: job.created,
    updated: job.updated,
    problems: job.problems.map(problem),
    problemCount: job.problemCount,
    skipped: job.skipped.map(problem),
    failure: stalled ? 'The import stopped before it finished, so nothing was imported. Try again.' : (job.failure ?? null),
    startedAt: job.createdAt,
    finishedAt: job.finishedAt ?? null,
  });
}
