import type { EntityManager } from '@mikro-orm/postgresql';
import { activityProblems, isInterestId, type ActivitySchedule, type InterestId } from '@kindred/shared';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { Scheme } from '../accounts/scheme.entity.js';
import { badInput, notFound } from '../graphql/errors.js';
import type { Geocoder } from '../place/geocoder.js';
import { placeOf } from '../place/place.service.js';
import { Activity } from './activity.entity.js';
import { applyDraft, draftOf, textOrNull, type ActivityDraft } from './activity-draft.js';
import type { ActivityInput, ActivityScheduleInput } from './activity.inputs.js';
import { viewerSchemes } from '../accounts/policy.js';
import { mayBrowseDirectory, mayManageDirectory } from './directory-policy.js';
import type { AccessNote } from './venue.embeddable.js';

export type DirectoryDeps = { em: EntityManager; geocoder: Geocoder };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The listing, if the viewer may see it (or, with `manage`, change it). Anything else, including a
 * listing in another scheme, is "not found".
 */
export async function findActivity(em: EntityManager, viewer: Viewer, id: string, { manage = false } = {}): Promise<Activity> {
  const activity = UUID.test(id) ? await em.findOne(Activity, { id, scheme: { $in: viewerSchemes(viewer) }, removedAt: null }) : null;
  const allowed = activity && (manage ? mayManageDirectory(viewer, activity.scheme.id) : mayBrowseDirectory(viewer, activity.scheme.id));
  if (!activity || !allowed) throw notFound('That activity');
  return activity;
}

/** The scheme, if the viewer may manage its directory; otherwise "not found". */
export async function managedScheme(em: EntityManager, viewer: Viewer, schemeId: string): Promise<Scheme> {
  const scheme = UUID.test(schemeId) && mayManageDirectory(viewer, schemeId) ? await em.findOne(Scheme, { id: schemeId }) : null;
  if (!scheme) throw notFound('That scheme');
  return scheme;
}

export async function createActivity(deps: DirectoryDeps, viewer: Viewer, schemeId: string, input: ActivityInput): Promise<Activity> {
  const scheme = await managedScheme(deps.em, viewer, schemeId);
  const draft = await draftFromInput(deps.geocoder, input, null);
  const activity = new Activity();
  activity.scheme = scheme;
  applyDraft(activity, draft);
  // Whoever writes a listing has just checked it.
  markChecked(deps.em, activity, viewer);
  await deps.em.persist(activity).flush();
  return activity;
}

export async function updateActivity(deps: DirectoryDeps, viewer: Viewer, id: string, input: ActivityInput): Promise<Activity> {
  const activity = await findActivity(deps.em, viewer, id, { manage: true });
  applyDraft(activity, await draftFromInput(deps.geocoder, input, activity));
  markChecked(deps.em, activity, viewer);
  await deps.em.flush();
  return activity;
}

export async function markActivityChecked(em: EntityManager, viewer: Viewer, id: string): Promise<Activity> {
  const activity = await findActivity(em, viewer, id, { manage: true });
  markChecked(em, activity, viewer);
  await em.flush();
  return activity;
}

/** Takes a listing out of the directory. It is kept, not deleted: people may have chosen its sessions. */
export async function removeActivity(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
  const activity = await findActivity(em, viewer, id, { manage: true });
  activity.removedAt = new Date();
  await em.flush();
  return true;
}

function markChecked(em: EntityManager, activity: Activity, viewer: Viewer): void {
  activity.lastCheckedAt = new Date();
  activity.lastCheckedBy = em.getReference(UserAccount, viewer.id);
  activity.lastCheckedByName = viewer.displayName;
}

/** Checks the form's answers with the shared rules, finds the postcode, and keeps what an edit must not lose. */
async function draftFromInput(geocoder: Geocoder, input: ActivityInput, existing: Activity | null): Promise<ActivityDraft> {
  const schedules = input.schedules.map((s, i) => scheduleFromInput(s, existing?.schedules[i]));
  const problems = activityProblems({
    ...input,
    firstVisit: input.firstVisit ?? null,
    accessNotes: input.accessNotes,
    schedules,
  });
  if (problems.length > 0) throw badInput(problems);
  const place = await placeOf(geocoder, input.postcode, 'postcode');
  const before = existing ? draftOf(existing) : null;
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    organiserName: input.organiserName.trim(),
    organiserDescription: before?.organiserDescription ?? null,
    interests: input.interests.filter((i): i is InterestId => isInterestId(i)),
    venue: {
      name: input.venueName.trim(),
      addressLine1: input.addressLine1.trim(),
      addressLine2: textOrNull(input.addressLine2),
      town: input.town.trim(),
      county: before?.venue.county ?? null,
      postcode: place.postcode,
      latitude: place.coordinates.latitude,
      longitude: place.coordinates.longitude,
      features: [...new Set(input.features)],
      accessNotes: keepNotes(input.accessNotes, before?.venue.accessNotes ?? []),
    },
    schedules,
    cost: textOrNull(input.cost),
    isFree: input.isFree,
    firstVisit: {
      mode: input.firstVisit ?? null,
      bookingDetails: textOrNull(input.bookingDetails),
      whoToAsk: textOrNull(input.whoToAsk),
      whatToExpect: textOrNull(input.whatToExpect),
    },
    contact: {
      name: textOrNull(input.contactName),
      phone: textOrNull(input.contactPhone),
      email: textOrNull(input.contactEmail),
      website: textOrNull(input.website),
    },
  };
}

/** A schedule from the form; the one it replaces lends its identity and its Open Referral notes. */
function scheduleFromInput(input: ActivityScheduleInput, replaces: ActivitySchedule | undefined): ActivitySchedule {
  const frequency = input.frequency ?? null;
  return {
    id: replaces?.id ?? null,
    frequency,
    interval: input.interval,
    byDay: input.byDay.map((d) => ({ day: d.day, nth: frequency === 'MONTHLY' ? (d.nth ?? null) : null })),
    byMonthDay: [...input.byMonthDay],
    startTime: textOrNull(input.startTime),
    endTime: textOrNull(input.endTime),
    startsOn: textOrNull(input.startsOn),
    endsOn: textOrNull(input.endsOn),
    exceptions: [...new Set(input.exceptions.map((d) => d.trim()))].sort(),
    description: textOrNull(input.description),
    notes: replaces?.notes ?? null,
  };
}

/** Notes about access from the form, keeping the details and identity of those that did not change. */
function keepNotes(texts: readonly string[], before: readonly AccessNote[]): AccessNote[] {
  return texts
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((text) => before.find((n) => n.text === text) ?? { text });
}
