import { registerEnumType } from 'type-graphql';
import {
  CONSENT_PURPOSES,
  CONTACT_METHODS,
  LAWFUL_BASES,
  REACH_BY,
  SPECIAL_CATEGORY_CONDITIONS,
  VOLUNTEER_GENDER_PREFERENCES,
} from '@kindred/shared';
import { REFERRAL_ROUTES } from './seeker.entity.js';
import { REQUEST_CLOSED_REASONS, REQUEST_STATUSES } from './support-request.entity.js';

const enumOf = <T extends string>(ids: readonly T[]) => Object.fromEntries(ids.map((id) => [id, id])) as { [K in T]: K };
const ids = <T extends string>(items: ReadonlyArray<{ id: T }>) => items.map((i) => i.id);

/** GraphQL enums for this slice, made from the shared vocabulary so the API and web cannot disagree. */
export const ConsentPurposeEnum = enumOf(ids(CONSENT_PURPOSES));
export const LawfulBasisEnum = enumOf(ids(LAWFUL_BASES));
export const SpecialCategoryConditionEnum = enumOf(ids(SPECIAL_CATEGORY_CONDITIONS));
export const VolunteerGenderPreferenceEnum = enumOf(ids(VOLUNTEER_GENDER_PREFERENCES));
export const ReachByEnum = enumOf(ids(REACH_BY));
export const ContactMethodEnum = enumOf(ids(CONTACT_METHODS));
export const RequestStatusEnum = enumOf(REQUEST_STATUSES);
export const RequestClosedReasonEnum = enumOf(REQUEST_CLOSED_REASONS);
export const ReferralRouteEnum = enumOf(REFERRAL_ROUTES);

registerEnumType(ConsentPurposeEnum, { name: 'ConsentPurpose', description: 'What a person agreed that their information may be used for' });
registerEnumType(LawfulBasisEnum, { name: 'LawfulBasis', description: 'The UK GDPR Article 6 lawful basis' });
registerEnumType(SpecialCategoryConditionEnum, {
  name: 'SpecialCategoryCondition',
  description: 'The UK GDPR Article 9 condition for health and access information',
});
registerEnumType(VolunteerGenderPreferenceEnum, { name: 'VolunteerGenderPreference', description: 'Who a person would like their volunteer to be' });
registerEnumType(ReachByEnum, { name: 'ReachBy', description: 'How the scheme’s staff get in touch with a person' });
registerEnumType(ContactMethodEnum, { name: 'ContactMethod', description: 'How a member of staff was in touch with a person' });
registerEnumType(RequestStatusEnum, { name: 'SupportRequestStatus' });
registerEnumType(RequestClosedReasonEnum, { name: 'SupportRequestClosedReason' });
registerEnumType(ReferralRouteEnum, { name: 'ReferralRoute', description: 'Whether a person signed up themself or a link worker referred them' });
