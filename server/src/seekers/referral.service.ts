import type { EntityManager } from '@mikro-orm/postgresql';
import { personNameProblem, type ConsentPurpose, type VolunteerGenderPreference } from '@kindred/shared';
import type { Viewer } from '../accounts/sessions.js';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { badInput, type FieldProblem } from '../graphql/errors.js';
import { scheduleBaseline } from '../outcomes/check-ins/scheduling.service.js';
import type { ProfileDetailsInput } from '../people/profile.types.js';
import type { Geocoder } from '../place/geocoder.js';
import { applyAboutMe, type ContactChanges } from './about-me.service.js';
import { addConsentOnBehalf, consentFactProblems, type ConsentFactsInput } from './consent.service.js';
import { assertCaseworkIn } from './seeker-access.js';
import { Seeker } from './seeker.entity.js';
import { addRequest, chosenActivity, flushNewRequest, requestProblems, type RequestFacts } from './support-request.service.js';

export type ReferralInput = {
  schemeId: string;
  name: string;
  contact: ContactChanges;
  whatMattersToMe?: string;
  profile?: ProfileDetailsInput;
  volunteerGender?: VolunteerGenderPreference;
  preferredLanguages?: string[];
  otherPreferences?: string;
  request: RequestFacts;
  consents: ConsentFactsInput[];
};

/** What must have been agreed before a referral can be saved, and how to say it is missing. */
const REQUIRED_CONSENTS: Array<{ purpose: ConsentPurpose; missing: string }> = [
  { purpose: 'REFERRAL', missing: 'Record that they agreed to being referred, and to Kindred keeping their details' },
  { purpose: 'SHARE_WITH_VOLUNTEER', missing: 'Record that they agreed to sharing their details with a volunteer' },
];

/**
 * A link worker refers a person on their behalf, with the consent they gave: nothing is saved unless
 * the consent is recorded (what was agreed, the lawful basis, when, and by whom).
 */
export async function referPerson(deps: { em: EntityManager; geocoder: Geocoder }, viewer: Viewer, input: ReferralInput): Promise<Seeker> {
  const { em } = deps;
  assertCaseworkIn(viewer, input.schemeId);
  const problems: FieldProblem[] = [];
  const nameProblem = personNameProblem(input.name);
  if (nameProblem) problems.push({ field: 'name', message: nameProblem });
  const { phone, email, address } = input.contact;
  if (![phone, email, address].some((detail) => detail && detail.trim() !== '')) {
    problems.push({ field: 'contact.phone', message: 'Enter at least one way to contact them: a phone number, an email address or a postal address' });
  }

  // Built unattached, so nothing joins the unit of work unless every check passes.
  const now = new Date();
  const seeker = Object.assign(new Seeker(), {
    scheme: em.getReference(Scheme, input.schemeId),
    account: null,
    name: input.name.trim(),
    referralRoute: 'LINK_WORKER' as const,
    referredBy: em.getReference(UserAccount, viewer.id),
    createdAt: now,
    updatedAt: now,
  });
  await applyAboutMe(seeker, input, { geocoder: deps.geocoder, voice: 'staff', problems });
  problems.push(...requestProblems(input.request, 'request.', 'staff', now));
  const activity = await chosenActivity(em, input.schemeId, input.request, 'request.', problems, now);
  problems.push(...consentsProblems(input.consents, seeker.profile.accessNeeds.length > 0, now));
  if (problems.length > 0) throw badInput(problems);

  em.persist(seeker);
  for (const consent of input.consents) addConsentOnBehalf(em, seeker, viewer, consent);
  const request = addRequest(em, seeker, viewer, input.request, activity);
  await flushNewRequest(em, 'staff', 'request.');
  await scheduleBaseline(em, request);
  return seeker;
}

function consentsProblems(consents: ConsentFactsInput[], givingNeeds: boolean, now: Date): FieldProblem[] {
  const problems = consents.flatMap((consent, index) => consentFactProblems(consent, `consents.${index}.`, now));
  const purposes = consents.map((c) => c.purpose);
  if (new Set(purposes).size !== purposes.length) problems.push({ field: 'consents', message: 'Give each thing they agreed to once' });
  const required = [...REQUIRED_CONSENTS];
  if (givingNeeds) required.push({ purpose: 'ACCESS_NEEDS', missing: 'Record that they agreed to recording their access needs, or remove the needs' });
  for (const { purpose, missing } of required) {
    if (!purposes.includes(purpose)) problems.push({ field: 'consents', message: missing });
  }
  return problems;
}
