import type { MatchStatus } from '../../gql/graphql';
import type { MatchView } from '../page-states';

export type Side = 'volunteer' | 'person';

type SideWords = {
  answersAt: MatchStatus;
  listPath: string;
  listTitle: string;
  otherName: (match: MatchView) => string;
  question: (other: string) => string;
  chooseMessage: (other: string) => string;
  yesLabel: (other: string) => string;
  noLabel: string;
  noHint: string;
  reasonHint: string;
  acceptedTitle: (other: string) => string;
  acceptedNext: (other: string) => string[];
  declinedTitle: string;
  declinedNext: string[];
};

// The volunteer answers first, then the person. Kind words both ways: saying no is always fine.
export const SIDES: Record<Side, SideWords> = {
  volunteer: {
    answersAt: 'PROPOSED',
    listPath: '/offers',
    listTitle: 'Offers for you',
    otherName: (m) => m.personFirstName,
    question: (other) => `Would you like to be matched with ${other}?`,
    chooseMessage: (other) => `Select whether you would like to be matched with ${other}`,
    yesLabel: (other) => `Yes, I would like to be matched with ${other}`,
    noLabel: 'No, not this time',
    noHint: 'That is fine. We will offer you someone else.',
    reasonHint: 'This helps us offer you people who suit you. Only staff see it.',
    acceptedTitle: () => 'Thank you for saying yes',
    acceptedNext: (other) => [
      `We will now ask ${other}. If they would like to meet you too, we will send you their contact details.`,
      'We will let you know either way.',
    ],
    declinedTitle: 'Thank you for letting us know',
    declinedNext: ['We will offer you someone else when there is a good fit.'],
  },
  person: {
    answersAt: 'VOLUNTEER_ACCEPTED',
    listPath: '/someone-to-meet',
    listTitle: 'Someone to meet',
    otherName: (m) => m.volunteerFirstName,
    question: (other) => `Would you like to meet ${other}?`,
    chooseMessage: (other) => `Select whether you would like to meet ${other}`,
    yesLabel: (other) => `Yes, I would like to meet ${other}`,
    noLabel: 'Not this time',
    noHint: 'That is fine. You keep your place and we will look for someone else.',
    reasonHint: 'You do not have to. It helps us find someone who suits you better.',
    acceptedTitle: (other) => `You have said yes to meeting ${other}`,
    acceptedNext: (other) => [`We have let ${other} know. You can now see how to get in touch with each other.`, 'Your link worker is there if you need anything.'],
    declinedTitle: 'Thank you for letting us know',
    declinedNext: ['You keep your place. We will look for someone else, and your link worker will be in touch.'],
  },
};
