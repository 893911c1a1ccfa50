import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRoleIn, INSIGHT_ROLES } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { notFound } from '../../graphql/errors.js';
import { isUuid } from '../../volunteers/volunteer.access.js';
import { RecruitmentDrive } from '../drives/recruitment-drive.entity.js';
import { normaliseArea } from '../drives/drive-rules.js';
import { countPipeline, countStages, type PipelineVolunteer, type StageCounts } from './pipeline-stages.js';
import { loadPipelineVolunteers } from './pipeline.query.js';

export const UNKNOWN_AREA = 'UNKNOWN';
export const NO_DRIVE = 'NONE';

export type Breakdown = { key: string; label: string; stages: StageCounts[] };
export type Pipeline = { stages: StageCounts[]; byArea: Breakdown[]; byDrive: Breakdown[] };
export type PipelineFilter = { area?: string | null | undefined; driveId?: string | null | undefined };

const applied = (b: Breakdown) => b.stages[0]?.reached ?? 0;
const biggestFirst = (a: Breakdown, b: Breakdown) => applied(b) - applied(a) || a.label.localeCompare(b.label);

/**
 * The pipeline of a scheme's volunteers, for anyone who may see the scheme's picture. Counts only:
 * no names, no ids but the drives'. A drive of another scheme filters to nobody, like one that
 * does not exist.
 */
export async function volunteerPipeline(em: EntityManager, viewer: Viewer | null, schemeId: string, filter: PipelineFilter, now: Date): Promise<Pipeline> {
  if (!isUuid(schemeId) || !hasRoleIn(viewer, schemeId, ...INSIGHT_ROLES)) throw notFound('That scheme');
  return pipelineOf(em, schemeId, filter, now);
}

/** The pipeline without the access check: for callers that have checked it (a drive's funnel). */
export async function pipelineOf(em: EntityManager, schemeId: string, filter: PipelineFilter, now: Date): Promise<Pipeline> {
  const driveId = filter.driveId ?? null;
  // A drive id that is not one matches nobody, without asking the database.
  const [everyone, drives] = await Promise.all([
    driveId !== null && !isUuid(driveId) ? Promise.resolve([]) : loadPipelineVolunteers(em, schemeId, driveId),
    em.find(RecruitmentDrive, { scheme: schemeId }, { fields: ['id', 'title'], orderBy: { createdAt: 'desc' } }),
  ]);
  const area = filter.area ? normaliseArea(filter.area) : null;
  const chosen = area ? everyone.filter((v: PipelineVolunteer) => (v.area ?? UNKNOWN_AREA) === area) : everyone;
  const at = now.getTime();
  const counted = countPipeline(chosen, at, { area: (v) => v.area ?? UNKNOWN_AREA, drive: (v) => v.driveId ?? NO_DRIVE });
  const { area: areas, drive: byDrive } = counted.groups;
  const empty = countStages([], at);
  // Every drive is listed, even one nobody has signed up through yet: that is worth knowing too.
  const driveRows: Breakdown[] = drives
    .filter((d) => !driveId || d.id === driveId)
    .map((d) => ({ key: d.id, label: d.title, stages: byDrive.get(d.id) ?? empty }));
  const none = byDrive.get(NO_DRIVE);
  return {
    stages: counted.all,
    byArea: [...areas]
      .map(([key, stages]) => ({ key, label: key === UNKNOWN_AREA ? 'No postcode given yet' : key, stages }))
      .sort(biggestFirst),
    byDrive: [...driveRows.sort(biggestFirst), ...(none ? [{ key: NO_DRIVE, label: 'Not through a drive', stages: none }] : [])],
  };
}
