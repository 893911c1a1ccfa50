import type { EntityManager } from '@mikro-orm/postgresql';
import { CONTACT_NOTE_MAX_LENGTH, freeTextProblem, type ContactMethod } from '@kindred/shared';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { assertValid } from '../graphql/errors.js';
import { ContactRecord } from './contact-record.entity.js';
import { seekerForCasework } from './seeker-access.js';
import type { Seeker } from './seeker.entity.js';

// Clocks differ a little between a browser and the server.
const CLOCK_SKEW_MS = 5 * 60_000;
const OLDEST_DAYS = 366;

/** A link worker records that they were in touch with a person: who, when, how and a short note. */
export async function recordContact(
  em: EntityManager,
  viewer: Viewer,
  input: { seekerId: string; contactedAt?: Date | null; method: ContactMethod; note?: string | null },
): Promise<Seeker> {
  const seeker = await seekerForCasework(em, viewer, input.seekerId);
  const now = new Date();
  const contactedAt = input.contactedAt ?? now;
  assertValid({
    contactedAt:
      contactedAt.getTime() > now.getTime() + CLOCK_SKEW_MS
        ? 'The date must be today or in the past'
        : contactedAt.getTime() < now.getTime() - OLDEST_DAYS * 86_400_000
          ? 'Enter a date in the last year'
          : null,
    note: input.note ? freeTextProblem(input.note, CONTACT_NOTE_MAX_LENGTH, 'Note') : null,
  });
  em.create(ContactRecord, {
    scheme: seeker.scheme,
    seeker,
    contactedAt,
    method: input.method,
    note: input.note?.trim() ? input.note.trim() : null,
    recordedBy: em.getReference(UserAccount, viewer.id),
    recordedAt: now,
  });
  // A contact recorded late for an earlier day does not make the latest contact look older.
  if (!seeker.lastContactedAt || contactedAt > seeker.lastContactedAt) seeker.lastContactedAt = contactedAt;
  await em.flush();
  return seeker;
}
