import type { EntityManager } from '@mikro-orm/postgresql';
import {
  consentProblems,
  consentPurpose,
  londonIsoDate,
  OWN_CONSENT_WORDS,
  type ConsentPurpose,
  type LawfulBasis,
  type SpecialCategoryCondition,
} from '@kindred/shared';
import { CASEWORK_ROLES, schemesWhere } from '../accounts/policy.js';
import type { Viewer } from '../accounts/sessions.js';
import { UserAccount } from '../accounts/user.entity.js';
import { badInput, notFound, type FieldProblem } from '../graphql/errors.js';
import { ConsentRecord } from './consent-record.entity.js';
import { isUuid, seekerForCasework } from './seeker-access.js';
import type { Seeker } from './seeker.entity.js';

export type ConsentFactsInput = {
  purpose: ConsentPurpose;
  lawfulBasis: LawfulBasis;
  specialCategoryCondition?: SpecialCategoryCondition | null | undefined;
  agreedWords: string;
  agreedOn: string;
};

export async function hasActiveConsent(em: EntityManager, seeker: Seeker, purpose: ConsentPurpose): Promise<boolean> {
  return (await em.count(ConsentRecord, { scheme: seeker.scheme, seeker, purpose, withdrawnAt: null })) > 0;
}

/** Problems with consent facts given to staff, named `${prefix}.field`. */
export function consentFactProblems(facts: ConsentFactsInput, prefix: string, now = new Date()): FieldProblem[] {
  const problems = consentProblems(facts, londonIsoDate(now));
  return Object.entries(problems).map(([field, message]) => ({ field: `${prefix}${field}`, message: message as string }));
}

/** Adds a consent that staff recorded on the person's behalf. Facts must already be checked. */
export function addConsentOnBehalf(em: EntityManager, seeker: Seeker, viewer: Viewer, facts: ConsentFactsInput): ConsentRecord {
  const special = consentPurpose(facts.purpose).specialCategory;
  return em.create(ConsentRecord, {
    scheme: seeker.scheme,
    seeker,
    purpose: facts.purpose,
    lawfulBasis: facts.lawfulBasis,
    // An Article 9 condition belongs only to health and access information.
    specialCategoryCondition: special ? (facts.specialCategoryCondition ?? null) : null,
    agreedWords: facts.agreedWords.trim(),
    agreedOn: facts.agreedOn,
    recordedBy: em.getReference(UserAccount, viewer.id),
    onBehalf: true,
    recordedAt: new Date(),
  });
}

/** The person's own consent, given by ticking a box: explicit consent, in the words they ticked. */
export function addOwnConsent(em: EntityManager, seeker: Seeker, viewer: Viewer, purpose: keyof typeof OWN_CONSENT_WORDS): ConsentRecord {
  const now = new Date();
  return em.create(ConsentRecord, {
    scheme: seeker.scheme,
    seeker,
    purpose,
    lawfulBasis: 'CONSENT',
    specialCategoryCondition: consentPurpose(purpose).specialCategory ? 'EXPLICIT_CONSENT' : null,
    agreedWords: OWN_CONSENT_WORDS[purpose],
    agreedOn: londonIsoDate(now),
    recordedBy: em.getReference(UserAccount, viewer.id),
    onBehalf: false,
    recordedAt: now,
  });
}

/** A link worker records a consent the person gave them. One active consent per purpose. */
export async function recordConsent(em: EntityManager, viewer: Viewer, input: ConsentFactsInput & { seekerId: string }): Promise<ConsentRecord> {
  const seeker = await seekerForCasework(em, viewer, input.seekerId);
  const problems = consentFactProblems(input, '');
  if (problems.length > 0) throw badInput(problems);
  if (await hasActiveConsent(em, seeker, input.purpose)) {
    throw badInput([{ field: 'purpose', message: 'This is already recorded as agreed. To record it again, first record that it was withdrawn.' }]);
  }
  const consent = addConsentOnBehalf(em, seeker, viewer, input);
  await em.flush();
  return consent;
}

/** A link worker records that the person withdrew a consent. */
export async function withdrawConsent(em: EntityManager, viewer: Viewer, consentId: string): Promise<ConsentRecord> {
  const schemes = schemesWhere(viewer, ...CASEWORK_ROLES);
  const consent = isUuid(consentId)
    ? await em.findOne(ConsentRecord, { id: consentId, scheme: { $in: schemes } }, { populate: ['seeker', 'recordedBy'] })
    : null;
  if (!consent) throw notFound('That consent');
  return withdraw(em, consent, viewer, true);
}

/** The person withdraws a consent of their own: as easy as giving it. */
export async function withdrawMyConsent(em: EntityManager, viewer: Viewer, consentId: string): Promise<ConsentRecord> {
  const consent = isUuid(consentId)
    ? await em.findOne(
        ConsentRecord,
        { id: consentId, scheme: { $in: schemesWhere(viewer, 'SEEKER') }, seeker: { account: viewer.id } },
        { populate: ['seeker', 'recordedBy'] },
      )
    : null;
  // Their own records only, and only in a scheme where they still seek company.
  if (!consent) throw notFound('That consent');
  return withdraw(em, consent, viewer, false);
}

async function withdraw(em: EntityManager, consent: ConsentRecord, viewer: Viewer, onBehalf: boolean): Promise<ConsentRecord> {
  if (consent.withdrawnAt) return consent;
  consent.withdrawnAt = new Date();
  consent.withdrawnBy = em.getReference(UserAccount, viewer.id);
  consent.withdrawnOnBehalf = onBehalf;
  // Without consent to record access needs, we stop holding them.
  if (consent.purpose === 'ACCESS_NEEDS') {
    consent.seeker.profile.accessNeeds = [];
    consent.seeker.updatedAt = new Date();
  }
  await em.flush();
  return consent;
}
