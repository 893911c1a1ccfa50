/**
 * Operations and helpers for the gaps tests: the GraphQL the web app sends, and people referred by
 * a link worker with exactly the needs, times and places a test wants.
 */
import { expectSuccess } from '../support/assertions.ts';
import type { Person } from '../support/kindred.ts';
import { refer } from './seekers-support.ts';

export const GAP_PICTURE = `query GapPicture($schemeId: ID!) {
  gapPicture(schemeId: $schemeId) {
    computedAt waiting none few
    byArea { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }
    byBlocker { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }
    areas { area latitude longitude people none few topBlocker }
    requests { area kind waitingDays feasibleVolunteers status blockers { category skill text } }
    trend { weekStarting waiting none few }
  }
}`;

export const RECRUIT_SUGGESTIONS = `query RecruitSuggestions($schemeId: ID!, $limit: Int) {
  recruitSuggestions(schemeId: $schemeId, limit: $limit) {
    key kind contactMode skills area band bandLabel language peopleUnblocked addsToAbove volunteersNeeded text
  }
}`;

export type GapGroup = { key: string; label: string; people: number; none: number; few: number; medianWaitDays: number; longestWaitDays: number; waitingOver4Weeks: number };
export type GapPicture = {
  computedAt: string;
  waiting: number;
  none: number;
  few: number;
  byArea: GapGroup[];
  byBlocker: GapGroup[];
  areas: Array<{ area: string; latitude: number | null; longitude: number | null; people: number; none: number; few: number; topBlocker: string | null }>;
  requests: Array<{ area: string | null; kind: string; waitingDays: number; feasibleVolunteers: number; status: string; blockers: Array<{ category: string; skill: string | null; text: string }> }>;
  trend: Array<{ weekStarting: string; waiting: number; none: number; few: number }>;
};
export type RecruitSuggestion = {
  key: string;
  kind: string;
  contactMode: string;
  skills: string[];
  area: string | null;
  band: string | null;
  bandLabel: string | null;
  language: string | null;
  peopleUnblocked: number;
  addsToAbove: number;
  volunteersNeeded: number;
  text: string;
};

export async function gapPictureOf(client: Person, schemeId: string): Promise<GapPicture> {
  return expectSuccess(await client.graphql<{ gapPicture: GapPicture }>(GAP_PICTURE, { schemeId })).gapPicture;
}

export async function recruitSuggestionsOf(client: Person, schemeId: string, limit?: number): Promise<RecruitSuggestion[]> {
  return expectSuccess(await client.graphql<{ recruitSuggestions: RecruitSuggestion[] }>(RECRUIT_SUGGESTIONS, { schemeId, limit })).recruitSuggestions;
}

export type Waiting = { name: string; postcode: string; accessNeeds?: readonly string[]; contactModes: readonly string[]; free: ReadonlyArray<readonly [day: string, part: string]> };

/** A person referred by `linkWorker` and waiting for a befriender, with these needs, ways, times and postcode. Returns the request id. */
export async function referWaiting(linkWorker: Person, schemeId: string, person: Waiting): Promise<string> {
  const accessNeeds = person.accessNeeds ?? [];
  const record = await refer(linkWorker, schemeId, {
    name: person.name,
    contact: { phone: '01422 845123', preferredContact: 'PHONE' },
    volunteerGender: 'NO_PREFERENCE',
    profile: {
      interests: ['walking'],
      accessNeeds,
      contactModes: person.contactModes,
      languages: ['en'],
      weeklyAvailability: person.free.map(([day, part]) => ({ day, part })),
      postcode: person.postcode,
    },
    request: { kind: 'BEFRIENDING', contactModes: person.contactModes },
    consents: [consent('REFERRAL'), consent('SHARE_WITH_VOLUNTEER'), ...(accessNeeds.length > 0 ? [consent('ACCESS_NEEDS')] : [])],
  });
  return record.requests[0]!.id;
}

function consent(purpose: string) {
  return {
    purpose,
    lawfulBasis: 'PUBLIC_TASK',
    ...(purpose === 'REFERRAL' ? {} : { specialCategoryCondition: 'HEALTH_OR_SOCIAL_CARE' }),
    agreedWords: 'I explained what Kindred is, who sees their details and that they can change their mind at any time. They agreed.',
    agreedOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()),
  };
}
