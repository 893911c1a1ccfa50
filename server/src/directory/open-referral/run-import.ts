/**
 * Checks and imports an uploaded file: read it, check every record, look up postcodes, then save
 * every activity in one transaction, so a file is imported whole or not at all. Progress goes to
 * the import's row (outside the transaction) as it goes, for the person watching.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { londonToday } from '@kindred/shared';
import type { Logger } from '../../logger.js';
import type { Geocoder } from '../../place/geocoder.js';
import { GeocoderUnavailableError } from '../../place/geocoder.js';
import { applyDraft } from '../activity-draft.js';
import { Activity } from '../activity.entity.js';
import { OpenReferralImport, OpenReferralImportPart, type ImportProblem } from './import-job.entity.js';
import { readDocument } from './read-document.js';
import { activitiesFrom, type ImportedActivity } from './to-activities.js';

export type ImportDeps = { fork: () => EntityManager; geocoder: Geocoder; logger: Logger };

/** The most problems kept to show; the count says how many there were in all. */
export const MAX_PROBLEMS_KEPT = 500;
const SAVE_BATCH = 250;
const LOOKUPS_AT_ONCE = 4;

class ImportFailed extends Error {}

export async function runImport(deps: ImportDeps, jobId: string): Promise<void> {
  const em = deps.fork();
  const update = (changes: Partial<OpenReferralImport>) => deps.fork().nativeUpdate(OpenReferralImport, { id: jobId }, { ...changes, updatedAt: new Date() });
  const fail = (changes: Partial<OpenReferralImport>) => update({ ...changes, status: 'FAILED', finishedAt: new Date() });
  try {
    const job = await em.findOneOrFail(OpenReferralImport, { id: jobId }, { populate: ['scheme'] });
    const document = await readFile(em, job);
    const collections = readDocument(document);
    if (!collections) {
      throw new ImportFailed('We could not find any services in this file. Check it is an Open Referral UK JSON file.');
    }
    await update({ recordsTotal: collections.services.length });
    const read = await activitiesFrom(collections, londonToday(), (checked) => update({ recordsChecked: checked }).then(() => {}));
    // Looking postcodes up can take a while with a remote service; the heartbeat shows it is still going.
    const problems = [...read.problems, ...(await locate(deps.geocoder, read.activities, () => update({}).then(() => {})))];
    if (problems.length > 0) {
      await fail({ problems: problems.slice(0, MAX_PROBLEMS_KEPT), problemCount: problems.length, skipped: read.skipped.slice(0, MAX_PROBLEMS_KEPT) });
      return;
    }
    await update({ status: 'IMPORTING', activitiesTotal: read.activities.length, skipped: read.skipped.slice(0, MAX_PROBLEMS_KEPT) });
    const counts = await save(em, job, read.activities, (saved) => update({ recordsImported: saved }).then(() => {}));
    await update({ status: 'DONE', finishedAt: new Date(), recordsImported: read.activities.length, ...counts });
  } catch (error) {
    if (error instanceof ImportFailed) {
      await fail({ failure: error.message });
    } else if (error instanceof GeocoderUnavailableError) {
      await fail({ failure: 'We cannot check postcodes at the moment, so nothing was imported. Try again in a few minutes.' });
    } else {
      deps.logger.error({ err: error, importId: jobId }, 'Open Referral import failed');
      await fail({ failure: 'Something went wrong on our side, so nothing was imported. Try again in a moment.' }).catch(() => {});
    }
  }
}

async function readFile(em: EntityManager, job: OpenReferralImport): Promise<unknown> {
  const parts = await em.find(OpenReferralImportPart, { job: job.id, scheme: job.scheme.id }, { orderBy: { index: 'asc' } });
  const bytes = Buffer.concat(parts.map((p) => p.content));
  await em.nativeDelete(OpenReferralImportPart, { job: job.id, scheme: job.scheme.id });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportFailed('The file is not text in UTF-8. Save it as UTF-8 JSON and try again.');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = /line (\d+) column (\d+)/.exec(String((error as Error).message));
    throw new ImportFailed(
      `The file is not valid JSON${where ? ` (there is a mistake at line ${where[1]}, column ${where[2]})` : ''}. Check it is an Open Referral UK JSON file.`,
    );
  }
}

/** Finds coordinates for places the file gave only a postcode for; a postcode that is not found is a problem. */
async function locate(geocoder: Geocoder, activities: ImportedActivity[], heartbeat: () => Promise<void>): Promise<ImportProblem[]> {
  const queue = activities.filter((a) => a.locate);
  const problems: ImportProblem[] = [];
  let done = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (++done % 50 === 0) await heartbeat();
      const found = await geocoder.locate(next.draft.venue.postcode);
      if (found) Object.assign(next.draft.venue, found);
      else {
        problems.push({
          recordType: 'address',
          recordId: next.ids.addressId ?? null,
          recordName: next.draft.title,
          field: 'postal_code',
          message: `We could not find the postcode ${next.draft.venue.postcode}. Check it, or give the latitude and longitude.`,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: LOOKUPS_AT_ONCE }, worker));
  return problems;
}

/** Saves every activity in one transaction: another import of the same records updates them. */
async function save(em: EntityManager, job: OpenReferralImport, imported: ImportedActivity[], onSaved: (saved: number) => Promise<void>) {
  let created = 0;
  let updated = 0;
  await em.transactional(async (tx) => {
    for (let start = 0; start < imported.length; start += SAVE_BATCH) {
      const batch = imported.slice(start, start + SAVE_BATCH);
      const existing = await tx.find(Activity, { scheme: job.scheme.id, openReferralKey: { $in: batch.map((a) => a.key) } });
      const byKey = new Map(existing.map((a) => [a.openReferralKey, a]));
      for (const item of batch) {
        let activity = byKey.get(item.key);
        if (activity) updated++;
        else {
          created++;
          activity = new Activity();
          activity.scheme = job.scheme;
          activity.openReferralKey = item.key;
          tx.persist(activity);
        }
        applyDraft(activity, item.draft);
        activity.openReferral = item.ids;
        activity.lastCheckedAt = item.checkedAt;
        activity.lastCheckedBy = null;
        activity.lastCheckedByName = item.checkedByName;
        activity.removedAt = null;
      }
      await tx.flush();
      // Nothing is visible to anyone else until the transaction commits; this is only the count.
      await onSaved(start + batch.length);
    }
  });
  return { created, updated };
}
