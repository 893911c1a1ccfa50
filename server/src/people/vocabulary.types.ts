import { registerEnumType } from 'type-graphql';
import {
  ACCESS_NEEDS,
  CONTACT_MODES,
  DAYS,
  PARTS_OF_DAY,
  SUPPORT_KINDS,
  VENUE_FEATURES,
  VOLUNTEER_SKILLS,
} from '@kindred/shared';

const enumOf = <T extends string>(items: ReadonlyArray<{ id: T }>) => Object.fromEntries(items.map((i) => [i.id, i.id])) as { [K in T]: K };

/** GraphQL enums made from the shared vocabulary, so the API and the web app cannot disagree. */
export const ContactModeEnum = enumOf(CONTACT_MODES);
export const SupportKindEnum = enumOf(SUPPORT_KINDS);
export const AccessNeedEnum = enumOf(ACCESS_NEEDS);
export const VolunteerSkillEnum = enumOf(VOLUNTEER_SKILLS);
export const VenueFeatureEnum = enumOf(VENUE_FEATURES);
export const DayEnum = enumOf(DAYS);
export const PartOfDayEnum = enumOf(PARTS_OF_DAY);

registerEnumType(ContactModeEnum, { name: 'ContactMode', description: 'A way two people keep in touch' });
registerEnumType(SupportKindEnum, { name: 'SupportKind', description: 'What a volunteer offers and a person can ask for' });
registerEnumType(AccessNeedEnum, { name: 'AccessNeed', description: 'An access or communication need, recorded as the need and not a diagnosis' });
registerEnumType(VolunteerSkillEnum, { name: 'VolunteerSkill', description: 'Something a volunteer can do that meets a need' });
registerEnumType(VenueFeatureEnum, { name: 'VenueFeature', description: 'Something a venue has that meets a need' });
registerEnumType(DayEnum, { name: 'Day' });
registerEnumType(PartOfDayEnum, { name: 'PartOfDay', description: 'Morning 09:00–12:00, afternoon 12:00–17:00, evening 17:00–21:00, London time' });
