/**
 * Demo activities for the demo schemes: groups of the kind you find around Hebden Bridge and
 * Todmorden (and two in Headingley), with plausible venues and schedules. Most were checked
 * recently; two were not, so the "not checked for over 90 days" list has something on it.
 * Development only, like all demo data.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActivitySchedule, Day, FirstVisitMode, InterestId, VenueFeature } from '@kindred/shared';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { createOfflineGeocoder } from '../place/offline-geocoder.js';
import { applyDraft } from './activity-draft.js';
import { Activity } from './activity.entity.js';

type DemoActivity = {
  scheme: 'Calder Valley Connect' | 'Leeds North West Befriending';
  title: string;
  organiser: string;
  description: string;
  interests: InterestId[];
  venue: { name: string; line1: string; town: string; postcode: string };
  features: VenueFeature[];
  accessNotes?: string[];
  schedules: Array<Partial<ActivitySchedule>>;
  cost: string;
  isFree: boolean;
  firstVisit: { mode: FirstVisitMode; whoToAsk: string; whatToExpect: string; bookingDetails?: string };
  contact: { name: string; phone: string };
  checkedDaysAgo: number;
  checkedBy: string;
};

const weekly = (day: Day, startTime: string, endTime: string, interval = 1, startsOn: string | null = null): Partial<ActivitySchedule> => ({
  frequency: 'WEEKLY',
  interval,
  byDay: [{ day, nth: null }],
  startTime,
  endTime,
  startsOn,
});
const monthly = (byDay: Array<[Day, number]>, startTime: string, endTime: string): Partial<ActivitySchedule> => ({
  frequency: 'MONTHLY',
  byDay: byDay.map(([day, nth]) => ({ day, nth })),
  startTime,
  endTime,
});

const LINK_WORKER = 'linkworker@example.org';
const COMMUNITY_BUILDER = 'communitybuilder@example.org';
const LEEDS_LINK_WORKER = 'leeds.linkworker@example.org';

const ACTIVITIES: DemoActivity[] = [
  {
    scheme: 'Calder Valley Connect',
    title: 'Tuesday Afternoon Art Group',
    organiser: 'Upper Calder Arts',
    description: 'Painting, drawing and collage for adults of any ability. Materials are provided, and nobody minds if you just come for the tea and a chat.',
    interests: ['painting', 'crafts'],
    venue: { name: 'Birchcliffe Centre', line1: 'Birchcliffe Road', town: 'Hebden Bridge', postcode: 'HX7 8DG' },
    features: ['STEP_FREE', 'ACCESSIBLE_TOILET', 'HEARING_LOOP', 'SEATING'],
    accessNotes: ['Level entrance from the car park at the back. The hearing loop covers the main hall.'],
    schedules: [{ ...weekly('TUE', '13:30', '15:30'), exceptions: ['2026-12-22', '2026-12-29'] }],
    cost: 'Free. Donations towards materials are welcome.',
    isFree: true,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'Jean, who runs the group', whatToExpect: 'About a dozen people painting round big tables. Jean will find you a seat and some brushes.' },
    contact: { name: 'Jean Ackroyd', phone: '01422 845 210' },
    checkedDaysAgo: 12,
    checkedBy: LINK_WORKER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Calder Valley Community Choir',
    organiser: 'Todmorden Sings',
    description: 'A friendly choir that sings everything from folk songs to pop. No auditions, and you do not need to read music.',
    interests: ['singing', 'listening-music'],
    venue: { name: 'Todmorden Unitarian Church hall', line1: 'Honey Hole Road', town: 'Todmorden', postcode: 'OL14 6LE' },
    features: ['SEATING', 'ACCESSIBLE_TOILET'],
    accessNotes: ['Three steps up to the hall, with a handrail.'],
    schedules: [weekly('THU', '19:00', '20:30')],
    cost: '£3 a session. Your first session is free.',
    isFree: false,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'Pete at the piano', whatToExpect: 'A warm-up, then learning a song in parts. Sit with any section you like.' },
    contact: { name: 'Pete Mitchell', phone: '01706 812 334' },
    checkedDaysAgo: 30,
    checkedBy: COMMUNITY_BUILDER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Knit and Natter',
    organiser: 'Hebden Bridge Library Friends',
    description: 'Bring whatever you are knitting or crocheting, or learn from scratch. Needles and wool to borrow.',
    interests: ['knitting', 'chatting'],
    venue: { name: 'Hebden Bridge Library', line1: 'Cheetham Street', town: 'Hebden Bridge', postcode: 'HX7 8EP' },
    features: ['STEP_FREE', 'ACCESSIBLE_TOILET', 'PUBLIC_TRANSPORT', 'SEATING'],
    schedules: [weekly('WED', '10:00', '12:00')],
    cost: 'Free',
    isFree: true,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'Anyone at the big table by the window', whatToExpect: 'A relaxed morning with plenty of chat.' },
    contact: { name: 'Library desk', phone: '01422 842 151' },
    checkedDaysAgo: 20,
    checkedBy: LINK_WORKER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Remember When Memory Café',
    organiser: 'Calder Memory Friends',
    description: 'A calm, unhurried café for people living with memory loss and the people who care for them. Music, old photographs and good cake.',
    interests: ['reminiscence', 'listening-music', 'chatting'],
    venue: { name: 'Hebden Bridge Methodist Church', line1: 'Market Street', town: 'Hebden Bridge', postcode: 'HX7 6AA' },
    features: ['STEP_FREE', 'ACCESSIBLE_TOILET', 'QUIET_SPACE', 'HEARING_LOOP'],
    schedules: [{ ...monthly([['FRI', -1]], '10:30', '12:30'), exceptions: ['2026-12-25'], description: 'No café on Christmas Day.' }],
    cost: 'Free',
    isFree: true,
    firstVisit: { mode: 'BOOKING', bookingDetails: 'Ring Sue the week before, so there is a seat and a name badge ready.', whoToAsk: 'Sue', whatToExpect: 'Small tables, a singalong at the end, and a quiet room if it gets too much.' },
    contact: { name: 'Sue Greenwood', phone: '07700 900 412' },
    checkedDaysAgo: 45,
    checkedBy: LINK_WORKER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Gentle Canal Walk',
    organiser: 'Walking for Health Calderdale',
    description: 'A short, flat walk along the canal towpath: about 40 minutes at an easy pace, ending at a café.',
    interests: ['walking', 'countryside'],
    venue: { name: 'Hebden Bridge Marina (meet by the visitor centre)', line1: 'New Road', town: 'Hebden Bridge', postcode: 'HX7 8AF' },
    features: ['STEP_FREE', 'PUBLIC_TRANSPORT'],
    accessNotes: ['The towpath is level and firm, but can be muddy after rain.'],
    schedules: [weekly('MON', '10:30', '11:30'), weekly('THU', '10:30', '11:30')],
    cost: 'Free',
    isFree: true,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'The walk leader in the green jacket', whatToExpect: 'A slow walk; there is always a back marker so nobody is left behind.' },
    contact: { name: 'Walk leader', phone: '01422 392 840' },
    checkedDaysAgo: 8,
    checkedBy: COMMUNITY_BUILDER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Todmorden Men’s Shed',
    organiser: 'Todmorden Men’s Shed',
    description: 'A workshop where people make and mend things together: benches, bird boxes, bikes. Tools and tea provided.',
    interests: ['woodwork', 'volunteering'],
    venue: { name: 'The Shed, Hall Street', line1: 'Hall Street', town: 'Todmorden', postcode: 'OL14 5AL' },
    features: ['STEP_FREE', 'PARKING'],
    schedules: [weekly('TUE', '09:30', '12:30'), weekly('FRI', '09:30', '12:30')],
    cost: '£2 a session, towards tea and wood',
    isFree: false,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'Dave', whatToExpect: 'A noisy, friendly workshop. Nobody has to make anything; plenty just come for the company.' },
    contact: { name: 'Dave Sutcliffe', phone: '07700 900 128' },
    checkedDaysAgo: 60,
    checkedBy: COMMUNITY_BUILDER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Friday Lunch Club',
    organiser: 'Heptonstall Village Hall Committee',
    description: 'A two-course hot lunch cooked by volunteers, with a raffle and a chat. Lifts can be arranged.',
    interests: ['lunch-clubs', 'chatting', 'bingo'],
    venue: { name: 'Heptonstall Village Hall', line1: 'Towngate', town: 'Heptonstall', postcode: 'HX7 7NB' },
    features: ['STEP_FREE', 'ACCESSIBLE_TOILET', 'SEATING'],
    schedules: [weekly('FRI', '12:00', '14:00')],
    cost: '£6 for two courses and a drink',
    isFree: false,
    firstVisit: { mode: 'BOOKING', bookingDetails: 'Ring Margaret by Wednesday, so there is enough food.', whoToAsk: 'Margaret', whatToExpect: 'Long tables and a lot of chat. Tell Margaret about any food you cannot eat.' },
    contact: { name: 'Margaret Greenwood', phone: '01422 843 667' },
    checkedDaysAgo: 140,
    checkedBy: LINK_WORKER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Chair-Based Exercise',
    organiser: 'Calderdale Active Ageing',
    description: 'Gentle movement to music, all done sitting down or holding the back of a chair. Good for balance and confidence.',
    interests: ['gentle-exercise'],
    venue: { name: 'Todmorden Community Centre', line1: 'Burnley Road', town: 'Todmorden', postcode: 'OL14 7BX' },
    features: ['STEP_FREE', 'ACCESSIBLE_TOILET', 'PARKING', 'SEATING'],
    schedules: [weekly('MON', '14:00', '15:00'), weekly('WED', '14:00', '15:00')],
    cost: '£2.50 a class',
    isFree: false,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'Amira, the instructor', whatToExpect: 'Amira asks about any health conditions before you start. Go at your own pace.' },
    contact: { name: 'Amira Hussain', phone: '07700 900 655' },
    checkedDaysAgo: 15,
    checkedBy: LINK_WORKER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Pages Reading Group',
    organiser: 'Todmorden Library',
    description: 'A reading group that chooses a book each month, in large print and audio too. Coming without having finished it is fine.',
    interests: ['reading', 'book-clubs'],
    venue: { name: 'Todmorden Library', line1: 'Strand', town: 'Todmorden', postcode: 'OL14 5DU' },
    features: ['STEP_FREE', 'HEARING_LOOP', 'QUIET_SPACE'],
    schedules: [monthly([['TUE', 1], ['TUE', 3]], '14:00', '15:30')],
    cost: 'Free',
    isFree: true,
    firstVisit: { mode: 'BOOKING', bookingDetails: 'Ask at the library desk, so a copy of the book can be put aside for you.', whoToAsk: 'The library desk', whatToExpect: 'Eight to ten people round a table, talking about the book and anything else.' },
    contact: { name: 'Library desk', phone: '01706 815 600' },
    checkedDaysAgo: 25,
    checkedBy: COMMUNITY_BUILDER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Growing Together Community Garden',
    organiser: 'Incredible Edible Todmorden',
    description: 'Help grow fruit and vegetables in raised beds, then share the harvest. Raised beds mean less bending.',
    interests: ['gardening', 'allotments', 'volunteering'],
    venue: { name: 'Community garden, behind the health centre', line1: 'Lower George Street', town: 'Todmorden', postcode: 'OL14 5RN' },
    features: ['SEATING', 'PUBLIC_TRANSPORT'],
    accessNotes: ['Gravel paths between the beds; a bench by the gate.'],
    schedules: [weekly('SAT', '10:00', '12:00', 2, '2026-01-03')],
    cost: 'Free',
    isFree: true,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'Whoever has the clipboard', whatToExpect: 'Light jobs for anyone who wants them, and a flask of tea.' },
    contact: { name: 'Garden team', phone: '07700 900 903' },
    checkedDaysAgo: 100,
    checkedBy: COMMUNITY_BUILDER,
  },
  {
    scheme: 'Calder Valley Connect',
    title: 'Hebden Bridge History Society Talks',
    organiser: 'Hebden Bridge Local History Society',
    description: 'An illustrated talk on the history of the valley, its mills and its people, followed by questions and tea.',
    interests: ['local-history', 'reminiscence'],
    venue: { name: 'Hebden Bridge Town Hall', line1: 'St George’s Street', town: 'Hebden Bridge', postcode: 'HX7 7BY' },
    features: ['STEP_FREE', 'HEARING_LOOP', 'ACCESSIBLE_TOILET'],
    schedules: [monthly([['WED', 2]], '19:30', '21:00')],
    cost: '£3 for visitors, free for members',
    isFree: false,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'The person on the door', whatToExpect: 'Rows of chairs facing a screen; talks last about an hour.' },
    contact: { name: 'Society secretary', phone: '01422 844 902' },
    checkedDaysAgo: 40,
    checkedBy: LINK_WORKER,
  },
  {
    scheme: 'Leeds North West Befriending',
    title: 'Headingley Coffee Morning',
    organiser: 'St Michael’s Church, Headingley',
    description: 'Coffee, cake and conversation in the church hall. Everyone welcome, of any faith or none.',
    interests: ['chatting', 'eating-out'],
    venue: { name: 'St Michael’s Church hall', line1: 'St Michael’s Road', town: 'Leeds', postcode: 'LS6 3AW' },
    features: ['STEP_FREE', 'ACCESSIBLE_TOILET', 'PUBLIC_TRANSPORT'],
    schedules: [weekly('THU', '10:00', '12:00')],
    cost: 'Pay what you can',
    isFree: false,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'Ruth at the hatch', whatToExpect: 'A busy hall with small tables; Ruth will introduce you to people.' },
    contact: { name: 'Parish office', phone: '0113 496 0123' },
    checkedDaysAgo: 18,
    checkedBy: LEEDS_LINK_WORKER,
  },
  {
    scheme: 'Leeds North West Befriending',
    title: 'Hyde Park Board Games Afternoon',
    organiser: 'Hyde Park Source',
    description: 'Dominoes, draughts, Scrabble and newer games, with volunteers happy to teach.',
    interests: ['board-games', 'chess'],
    venue: { name: 'Hyde Park Community Centre', line1: 'Woodsley Road', town: 'Leeds', postcode: 'LS6 1SG' },
    features: ['STEP_FREE', 'QUIET_SPACE'],
    schedules: [weekly('SUN', '14:00', '17:00')],
    cost: 'Free',
    isFree: true,
    firstVisit: { mode: 'DROP_IN', whoToAsk: 'A volunteer in a blue lanyard', whatToExpect: 'Tables of two to six players; you can watch a game before joining one.' },
    contact: { name: 'Centre desk', phone: '0113 496 0456' },
    checkedDaysAgo: 9,
    checkedBy: LEEDS_LINK_WORKER,
  },
];

const SCHEDULE_DEFAULTS: ActivitySchedule = {
  frequency: 'WEEKLY',
  interval: 1,
  byDay: [],
  byMonthDay: [],
  startTime: null,
  endTime: null,
  startsOn: null,
  endsOn: null,
  exceptions: [],
  description: null,
  notes: null,
};

/** Adds the demo directory to the demo schemes, inside the demo data's transaction. */
export async function addDirectoryDemoData(em: EntityManager, now: Date = new Date()): Promise<void> {
  await em.flush();
  const geocoder = createOfflineGeocoder();
  for (const demo of ACTIVITIES) {
    const place = await geocoder.locate(demo.venue.postcode);
    if (!place) throw new Error(`The demo postcode ${demo.venue.postcode} is outside the offline geocoder's districts`);
    const checker = await em.findOneOrFail(UserAccount, { email: demo.checkedBy });
    const activity = new Activity();
    activity.scheme = await em.findOneOrFail(Scheme, { name: demo.scheme });
    applyDraft(
      activity,
      {
        title: demo.title,
        description: demo.description,
        organiserName: demo.organiser,
        organiserDescription: null,
        interests: demo.interests,
        venue: {
          name: demo.venue.name,
          addressLine1: demo.venue.line1,
          addressLine2: null,
          town: demo.venue.town,
          county: 'West Yorkshire',
          postcode: demo.venue.postcode,
          ...place,
          features: demo.features,
          accessNotes: (demo.accessNotes ?? []).map((text) => ({ text })),
        },
        schedules: demo.schedules.map((s) => ({ ...SCHEDULE_DEFAULTS, ...s })),
        cost: demo.cost,
        isFree: demo.isFree,
        firstVisit: { mode: demo.firstVisit.mode, bookingDetails: demo.firstVisit.bookingDetails ?? null, whoToAsk: demo.firstVisit.whoToAsk, whatToExpect: demo.firstVisit.whatToExpect },
        contact: { name: demo.contact.name, phone: demo.contact.phone, email: null, website: null },
      },
      now,
    );
    activity.lastCheckedAt = new Date(now.getTime() - demo.checkedDaysAgo * 86_400_000);
    activity.lastCheckedBy = checker;
    activity.lastCheckedByName = checker.displayName;
    em.persist(activity);
  }
  await em.flush();
}
