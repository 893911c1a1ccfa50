import type { Blocker } from '@kindred/shared';

/**
 * Words people read about their matches. Kind, plain, never "lonely", and never anything about the
 * other person beyond a first name: emails and notifications may be read over someone's shoulder.
 */
export const words = {
  offeredToVolunteer: (person: string) => ({
    subject: 'Someone you could support',
    text: `We think you and ${person} could get on well. Have a look at why, and let us know whether you would like to meet.`,
  }),
  offeredToPerson: (volunteer: string) => ({
    subject: 'We have found a volunteer for you',
    text: `${volunteer} would like to keep you company. Have a look at what you have in common, and tell us if you would like to go ahead. It is fine to say no.`,
  }),
  volunteerDeclinedToStaff: (volunteer: string, person: string) => `${volunteer} said no to supporting ${person}. Their reason is on the match.`,
  personDeclinedToStaff: (person: string, volunteer: string) => `${person} decided not to go ahead with ${volunteer}.`,
  personDeclinedToVolunteer: (person: string) => ({
    subject: 'An update about your offer',
    text: `${person} has decided not to go ahead this time. Thank you for offering; we will be in touch when there is someone else you could support.`,
  }),
  activeToVolunteer: (person: string) => ({
    subject: `You and ${person} are matched`,
    text: `${person} said yes. You can now see how to get in touch with them. Thank you for volunteering.`,
  }),
  activeToPerson: (volunteer: string) => ({
    subject: `You and ${volunteer} are matched`,
    text: `Good news: you and ${volunteer} are matched. You can now see how to get in touch.`,
  }),
  activeToStaff: (person: string, volunteer: string) => `${person} and ${volunteer} are now matched. Their first review is in six weeks.`,
  ended: (other: string) => ({
    subject: `Your match with ${other} has ended`,
    text: `Your match with ${other} has ended. Thank you for the time you spent together. If you would like to talk about it, your link worker is here to help.`,
  }),
  endedToStaff: (person: string, volunteer: string) => `The match between ${person} and ${volunteer} has ended. The reason is on the match.`,
  meetingPoint: (point: string) => ({ subject: 'Where to meet', text: `You will meet here: ${point}.` }),
  reviewDueToStaff: (person: string, volunteer: string, due: string) => `The review for ${person} and ${volunteer} is due on ${due}.`,
};

const BLOCKER_WORDS: Record<Blocker['kind'], string> = {
  NOT_APPROVED: 'this volunteer has not been approved yet',
  DBS_LAPSED: 'this volunteer’s DBS check is not current',
  PAUSED: 'this volunteer has paused their volunteering',
  NO_FREE_PLACE: 'this volunteer already supports as many people as they can',
  EXCLUDED: 'this pair cannot be matched (an earlier decline or a concern)',
  SUPPORT_NOT_OFFERED: 'this volunteer does not offer this kind of support',
  NO_SHARED_CONTACT_MODE: 'they have no way of keeping in touch that suits both',
  NO_SHARED_LANGUAGE: 'they do not share a language',
  GENDER_PREFERENCE: 'the person asked for a volunteer of another gender',
  NO_LOCATION: 'one of them has no location for meeting in person',
  TOO_FAR: 'they live too far apart to meet',
  NO_SHARED_TIME: 'they are not free at the same times',
  NOT_FREE_FOR_SESSION: 'this volunteer is not free at the time of the session',
  MISSING_SKILL: 'this volunteer cannot meet one of the person’s access needs',
};

/** Why a pair cannot be proposed, in one sentence for the link worker. */
export function blockersInWords(blockers: Blocker[]): string {
  const reasons = [...new Set(blockers.map((b) => BLOCKER_WORDS[b.kind]))];
  return `You cannot propose this match: ${reasons.join('; ')}.`;
}
