import {
  describeDates,
  describeSchedule,
  describeSession,
  needsChecking,
  upcomingSessions,
  type ActivitySchedule,
} from '@kindred/shared';
import type { Viewer } from '../accounts/sessions.js';
import type { Activity } from './activity.entity.js';
import {
  ActivityContactView,
  ActivityScheduleView,
  ActivitySessionView,
  ActivityVenueView,
  ActivityView,
  FirstVisitView,
  WeekdayRuleView,
} from './activity.types.js';
import { mayManageDirectory } from './directory-policy.js';

const NEXT_SESSIONS = 5;

export function presentSchedule(s: ActivitySchedule): ActivityScheduleView {
  return Object.assign(new ActivityScheduleView(), {
    frequency: s.frequency,
    interval: s.interval,
    byDay: s.byDay.map((d) => Object.assign(new WeekdayRuleView(), { day: d.day, nth: d.nth ?? null })),
    byMonthDay: s.byMonthDay,
    startTime: s.startTime,
    endTime: s.endTime,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    exceptions: s.exceptions,
    description: s.description ?? null,
    summary: describeSchedule(s),
    dates: describeDates(s),
  });
}

/** A listing as the viewer may see it. Who last checked it is for the scheme's staff only. */
export function presentActivity(activity: Activity, viewer: Viewer | null, now: Date = new Date()): ActivityView {
  const { venue, firstVisit } = activity;
  const staff = mayManageDirectory(viewer, activity.scheme.id);
  return Object.assign(new ActivityView(), {
    id: activity.id,
    schemeId: activity.scheme.id,
    title: activity.title,
    organiserName: activity.organiserName,
    description: activity.description,
    interests: activity.interests,
    venue: Object.assign(new ActivityVenueView(), {
      name: venue.name,
      addressLine1: venue.addressLine1,
      addressLine2: venue.addressLine2 ?? null,
      town: venue.town,
      postcode: venue.postcode,
      latitude: venue.latitude,
      longitude: venue.longitude,
      features: venue.features,
      accessNotes: venue.accessNotes.map((n) => (n.details ? `${n.text} ${n.details}` : n.text)),
    }),
    schedules: activity.schedules.map(presentSchedule),
    nextSessions: upcomingSessions(activity.schedules, now, NEXT_SESSIONS).map((s) =>
      Object.assign(new ActivitySessionView(), { ...s, summary: describeSession(s) }),
    ),
    cost: activity.cost ?? null,
    isFree: activity.isFree,
    firstVisit: Object.assign(new FirstVisitView(), {
      mode: firstVisit.mode ?? null,
      bookingDetails: firstVisit.bookingDetails ?? null,
      whoToAsk: firstVisit.whoToAsk ?? null,
      whatToExpect: firstVisit.whatToExpect ?? null,
    }),
    contact: Object.assign(new ActivityContactView(), {
      name: activity.contactName ?? null,
      phone: activity.contactPhone ?? null,
      email: activity.contactEmail ?? null,
      website: activity.website ?? null,
    }),
    lastCheckedAt: activity.lastCheckedAt ?? null,
    lastCheckedBy: staff ? (activity.lastCheckedByName ?? null) : null,
    needsChecking: needsChecking(activity.lastCheckedAt, now),
    canManage: staff,
  });
}
