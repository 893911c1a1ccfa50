import type { EntityManager } from '@mikro-orm/postgresql';
import { orderWaitingList } from '@kindred/shared';
import { Scheme } from '../accounts/scheme.entity.js';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { recordSpecialCategoryReads } from '../audit/special-category.js';
import { ConsentRecord } from './consent-record.entity.js';
import { ContactRecord } from './contact-record.entity.js';
import { queueOf } from './queue.service.js';
import { assertCaseworkIn, findOwnSeeker, ownSchemeId, seekerForCasework } from './seeker-access.js';
import { Seeker } from './seeker.entity.js';
import { presentMySupport, presentSeeker, presentWaitingListEntry } from './seeker.presenter.js';
import type { MySupportView, SeekerView, WaitingListEntryView } from './seeker.types.js';
import { SupportRequest } from './support-request.entity.js';

const newestFirst = { createdAt: 'desc', id: 'asc' } as const;

async function recordsOf(em: EntityManager, seeker: Seeker) {
  // One after another: a request holds one database connection at a time.
  const requests = await em.find(SupportRequest, { scheme: seeker.scheme, seeker }, { populate: ['activity'], orderBy: newestFirst });
  const consents = await em.find(ConsentRecord, { scheme: seeker.scheme, seeker }, { populate: ['recordedBy'], orderBy: { recordedAt: 'desc', id: 'asc' } });
  const queue = await queueOf(em, seeker.scheme.id);
  return { requests, consents, placeOf: queue.placeOf };
}

/** The signed-in person's own support in one scheme: about them, their requests and place in the queue, their consents. */
export async function mySupport(em: EntityManager, viewer: Viewer, schemeId?: string | null): Promise<MySupportView> {
  const chosen = ownSchemeId(viewer, schemeId);
  const seeker = await findOwnSeeker(em, viewer, chosen);
  if (seeker) return presentMySupport(seeker, await recordsOf(em, seeker));
  // Nothing saved yet: show empty answers without writing anything.
  const blank = Object.assign(new Seeker(), {
    scheme: await em.findOneOrFail(Scheme, { id: chosen }),
    account: em.getReference(UserAccount, viewer.id),
    name: viewer.displayName,
    referralRoute: 'SELF' as const,
  });
  return presentMySupport(blank, { requests: [], consents: [], placeOf: () => null });
}

/** One person's whole record, for a link worker or administrator of their scheme. */
export async function seekerDetails(em: EntityManager, viewer: Viewer, seekerId: string): Promise<SeekerView> {
  const seeker = await seekerForCasework(em, viewer, seekerId);
  return presentSeekerRecord(em, seeker, viewer);
}

/** The whole record as staff see it, needs included: the read is audited (one line per record) before it is returned. */
export async function presentSeekerRecord(em: EntityManager, seeker: Seeker, viewer: Viewer): Promise<SeekerView> {
  await em.populate(seeker, ['scheme', 'referredBy']);
  await recordSpecialCategoryReads(em, viewer, [{ type: 'Seeker', id: seeker.id, schemeId: seeker.scheme.id }]);
  const records = await recordsOf(em, seeker);
  const contacts = await em.find(ContactRecord, { scheme: seeker.scheme, seeker }, { populate: ['recordedBy'], orderBy: { contactedAt: 'desc', id: 'asc' } });
  return presentSeeker(seeker, { ...records, contacts });
}

/** A scheme's waiting list, longest wait first, for its link workers and administrators. */
export async function waitingList(em: EntityManager, viewer: Viewer, schemeId: string): Promise<WaitingListEntryView[]> {
  assertCaseworkIn(viewer, schemeId);
  const requests = await em.find(SupportRequest, { scheme: schemeId, status: 'WAITING' }, { populate: ['seeker', 'activity'] });
  const queue = await queueOf(em, schemeId);
  const byId = new Map(requests.map((r) => [r.id, r]));
  return orderWaitingList(queue.waiting)
    .map((entry) => byId.get(entry.id))
    .filter((request): request is SupportRequest => request !== undefined)
    .map((request) => presentWaitingListEntry(request, queue.placeOf(request)));
}
