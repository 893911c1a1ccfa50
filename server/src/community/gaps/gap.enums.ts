import { registerEnumType } from 'type-graphql';
import { TIME_BANDS, type GapCategory, type TimeBand } from '@kindred/shared';

/** Every category, named once: the compiler fails here if the shared vocabulary gains or loses one. */
const CATEGORY_IDS: { [K in GapCategory]: K } = {
  SKILL: 'SKILL',
  TIME: 'TIME',
  CONTACT_MODE: 'CONTACT_MODE',
  DISTANCE: 'DISTANCE',
  LANGUAGE: 'LANGUAGE',
  GENDER: 'GENDER',
  SUPPORT_KIND: 'SUPPORT_KIND',
  CAPACITY: 'CAPACITY',
  EXCLUDED: 'EXCLUDED',
  NO_LOCATION: 'NO_LOCATION',
};

export const GapCategoryEnum = CATEGORY_IDS;
export const GapStatusEnum = { NONE: 'NONE', FEW: 'FEW' } as const;
export const TimeBandEnum = Object.fromEntries(TIME_BANDS.map((b) => [b.id, b.id])) as { [K in TimeBand]: K };

// Registered once here; the other community slices import these.
registerEnumType(GapCategoryEnum, { name: 'GapCategory', description: 'What keeps a waiting person from being matched, as community builders group it' });
registerEnumType(GapStatusEnum, { name: 'GapStatus', description: 'NONE: no volunteer fits; FEW: fewer than three do' });
registerEnumType(TimeBandEnum, { name: 'TimeBand', description: 'A coarse time of the week: weekday or weekend, mornings, afternoons or evenings' });
