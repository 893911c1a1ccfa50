import { createEvent } from 'ics';
import type { MailAttachment } from '../../mail/mailer.js';

export type Invite = {
  matchId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  meetingPoint: string | null;
  withName: string;
  publicUrl: string;
};

/**
 * The first session as an iCalendar event (RFC 5545, via the `ics` package). Its UID is the
 * match's, so a re-sent invite updates the same event in the person's calendar.
 */
export function inviteText(invite: Invite): string {
  const description = [
    `Going together with ${invite.withName}.`,
    invite.meetingPoint ? `Meeting point: ${invite.meetingPoint}.` : 'Your meeting point will be agreed before the day.',
    `${invite.publicUrl}/matches/${invite.matchId}`,
  ].join('\n');
  const { error, value } = createEvent({
    productId: 'kindred/matches',
    uid: `match-${invite.matchId}@kindred`,
    method: 'PUBLISH',
    title: invite.title,
    start: invite.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: invite.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: invite.meetingPoint ? `${invite.meetingPoint} (${invite.venue})` : invite.venue,
    description,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) throw error ?? new Error('calendar invite could not be made');
  return value;
}

export function inviteAttachment(invite: Invite): MailAttachment {
  return { filename: 'first-session.ics', content: inviteText(invite), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' };
}
