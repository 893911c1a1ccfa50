import type { EntityManager } from '@mikro-orm/postgresql';
import { schemesWhere } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { CheckIn } from './check-in.entity.js';
import type { ProgressPointView } from './check-in.types.js';
import { progressSentences } from './progress-words.js';

/**
 * The person's own changes: each check-in completed after their baseline, newest first, compared
 * with the baseline in kind words. Nothing until there are two to compare.
 */
export async function myProgress(em: EntityManager, viewer: Viewer): Promise<ProgressPointView[]> {
  const completed = await em.find(
    CheckIn,
    { scheme: { $in: schemesWhere(viewer, 'SEEKER') }, seeker: { account: viewer.id }, status: 'COMPLETED' },
    { orderBy: { completedAt: 'desc' } },
  );
  const points: ProgressPointView[] = [];
  // A person may seek company in more than one scheme; each has its own baseline.
  for (const baseline of completed.filter((c) => c.occasion === 'BASELINE' && c.completedAt)) {
    const later = completed.filter((c) => c.seeker.id === baseline.seeker.id && c.occasion !== 'BASELINE' && c.completedAt && c.completedAt > baseline.completedAt!);
    for (const checkIn of later) {
      points.push({
        occasion: checkIn.occasion,
        completedAt: checkIn.completedAt!,
        sentences: progressSentences({ completedAt: baseline.completedAt!, responses: baseline.responses }, { completedAt: checkIn.completedAt!, responses: checkIn.responses }),
      });
    }
  }
  return points.sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime());
}
