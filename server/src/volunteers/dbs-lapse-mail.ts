import { dateInWords } from '@kindred/shared';
import type { OutgoingMail } from '../mail/mailer.js';

/** To the volunteer: what happened, what it means for them, and that it is easily put right. */
export function dbsLapsedVolunteerMail(options: { to: string; name: string; schemeName: string; recheckDueOn: string; link: string }): OutgoingMail {
  const text = [
    `Hello ${options.name},`,
    '',
    `Your DBS check with ${options.schemeName} needed renewing by ${dateInWords(options.recheckDueOn)}.`,
    '',
    'Until it is renewed, we cannot offer you anyone new to support. People you already support are not affected.',
    '',
    'Your link worker knows and will help you apply for a new check. You can see where things stand here:',
    '',
    options.link,
    '',
    'Thank you for volunteering.',
    '',
    'Kindred',
  ].join('\n');
  return { to: options.to, subject: 'Your DBS check needs renewing', text };
}

/** To a link worker: whose checks have lapsed, with a link to each. Names only, nothing else about them. */
export function dbsLapsedStaffMail(options: {
  to: string;
  name: string;
  schemeName: string;
  volunteers: Array<{ name: string; recheckDueOn: string; link: string }>;
}): OutgoingMail {
  const count = options.volunteers.length;
  const text = [
    `Hello ${options.name},`,
    '',
    `${count === 1 ? 'A volunteer' : `${count} volunteers`} at ${options.schemeName} ${count === 1 ? 'has' : 'have'} a DBS check that needs renewing. Until a new check is recorded, Kindred will not offer ${count === 1 ? 'them' : 'these volunteers'} anyone new.`,
    '',
    ...options.volunteers.flatMap((v) => [`${v.name}: due by ${dateInWords(v.recheckDueOn)}`, v.link, '']),
    'Kindred',
  ].join('\n');
  return { to: options.to, subject: count === 1 ? 'A volunteer’s DBS check needs renewing' : `${count} volunteers’ DBS checks need renewing`, text };
}
