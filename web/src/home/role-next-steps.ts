import type { Role } from '@kindred/shared';
import { COMMUNITY_VIEWS } from '../community/ui/views';

export type RoleNextSteps = {
  heading: string;
  /** Introduces the steps; ordered steps happen one after another, unordered ones are the role's work. */
  lead: string;
  ordered: boolean;
  steps: readonly string[];
  /** The pages where this role's work is done, linked from the home page. */
  links?: ReadonlyArray<{ to: string; text: string }>;
};

// Plain English, and never "lonely": people come to Kindred for company and connection.
export const ROLE_NEXT_STEPS: Record<Role, RoleNextSteps> = {
  SEEKER: {
    heading: 'Finding company',
    lead: 'What happens next:',
    ordered: true,
    steps: [
      'Tell us what you enjoy and what matters to you.',
      'Tell us what helps you take part. For example, text messages instead of phone calls, step-free access, or help getting there.',
      'Tell us when you are free and how you would like us to contact you.',
      'Ask for a befriender, who keeps in touch with you in person, by phone, by video or by text. Or ask for someone to go with you to the first session of an activity, like a choir or a lunch club.',
      'A link worker suggests a volunteer and checks the match with you before you meet.',
    ],
    links: [
      { to: '/my-support', text: 'Tell us about yourself, ask for company and see your place in the queue' },
      { to: '/someone-to-meet', text: 'Someone to meet' },
      { to: '/matches', text: 'Your matches' },
      { to: '/my-progress', text: 'How you’ve been getting on' },
      { to: '/activities', text: 'Find an activity near you' },
    ],
  },
  VOLUNTEER: {
    heading: 'Volunteering',
    lead: 'What happens next:',
    ordered: true,
    steps: [
      'Complete your application. Tell us about yourself, what you would like to offer, and where and when you are free.',
      'Give us the names of 2 people who can provide a reference.',
      'Have a DBS check. This is a check of criminal records that helps keep everyone safe.',
      'Do the training.',
      'A member of staff approves your application.',
      'We then offer you people to befriend, or to go with to an activity. You can say yes or no to each offer.',
    ],
    links: [
      { to: '/volunteering', text: 'Your volunteering' },
      { to: '/offers', text: 'Offers for you' },
      { to: '/matches', text: 'Your matches' },
      { to: '/activities', text: 'Find local activities' },
    ],
  },
  LINK_WORKER: {
    heading: 'Link worker',
    lead: 'Here you will:',
    ordered: false,
    steps: [
      'Refer people who would like company, or help them sign up.',
      'Check volunteers’ applications, references and DBS checks, and approve them.',
      'Look after the waiting list, starting with the people who have waited longest.',
      'Review suggested matches and approve them.',
      'Keep the directory of local activities up to date.',
    ],
    links: [
      { to: '/volunteers-to-check', text: 'Volunteers to check' },
      { to: '/waiting-list', text: 'Waiting list' },
      { to: '/scheme-matches', text: 'Matches' },
      { to: '/match-everyone', text: 'Match everyone waiting' },
      { to: '/reviews-due', text: 'Reviews due' },
      { to: '/concerns', text: 'Safeguarding concerns' },
      { to: '/check-ins-due', text: 'Check-ins due' },
      { to: '/reports/outcomes', text: 'Outcomes report' },
      { to: '/refer', text: 'Refer someone' },
      { to: '/activities', text: 'Find an activity' },
      { to: '/activities/manage', text: 'Manage the activity directory' },
      { to: '/community', text: 'Where people are waiting and what would help' },
    ],
  },
  COMMUNITY_BUILDER: {
    heading: 'Community builder',
    lead: 'Here you will:',
    ordered: false,
    steps: [
      'See where people are waiting, and why no volunteer fits them yet.',
      'See how many volunteers there are, and how long people wait, over time.',
      'Run recruitment drives aimed at the gaps.',
      'Keep the directory of local activities up to date, and add activities where there are none.',
    ],
    links: [
      { to: '/community', text: 'Your community' },
      ...COMMUNITY_VIEWS.map((view) => ({ to: view.path, text: view.title })),
      { to: '/reports/outcomes', text: 'Outcomes report' },
      { to: '/activities', text: 'Find an activity' },
      { to: '/activities/manage', text: 'Manage the activity directory' },
    ],
  },
  ADMIN: {
    heading: 'Administrator',
    lead: 'Here you will:',
    ordered: false,
    steps: [
      'Set up schemes and the areas they cover.',
      'Give people roles: link worker, community builder or administrator.',
    ],
    links: [
      { to: '/volunteers-to-check', text: 'Volunteers to check' },
      { to: '/waiting-list', text: 'Waiting list' },
      { to: '/scheme-matches', text: 'Matches' },
      { to: '/reviews-due', text: 'Reviews due' },
      { to: '/concerns', text: 'Safeguarding concerns' },
      { to: '/check-ins-due', text: 'Check-ins due' },
      { to: '/refer', text: 'Refer someone' },
      { to: '/activities/manage', text: 'Manage the activity directory' },
      { to: '/community', text: 'Where people are waiting and what would help' },
      { to: '/admin/audit', text: 'Audit log: who did what, and when' },
    ],
  },
};
