/** The community views, in the order a community builder works through them. */
export type CommunityView = { path: string; title: string; description: string };

export const COMMUNITY_VIEWS: readonly CommunityView[] = [
  { path: '/community/gaps', title: 'Where people are waiting', description: 'Where people wait for company, and why no volunteer fits them yet.' },
  { path: '/community/what-would-help', title: 'What would help most', description: 'The volunteers to recruit who would help the most people waiting.' },
  { path: '/community/drives', title: 'Recruitment drives', description: 'Start a drive aimed at a gap, share its link and see who signs up.' },
  { path: '/community/pipeline', title: 'Volunteer pipeline', description: 'How far volunteers get, from applying to their first match, by area and by drive.' },
  { path: '/community/capacity', title: 'Capacity over time', description: 'Volunteers, spare places, people waiting and time to a match, week by week.' },
  { path: '/community/activities', title: 'Activities to start', description: 'Interests shared by people with no activity nearby, and listings that need checking.' },
];
