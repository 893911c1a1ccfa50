/**
 * Words people read about safeguarding. Whoever is told about a pause or a suspension hears only
 * that it happened and that someone will be in touch: never what the concern says, never who
 * raised it (not even the other person's name, which could point at them), never that there is a
 * concern about them. Emails may be read over someone's shoulder.
 */
export const concernWords = {
  raisedToStaff: (schemeName: string) => ({
    subject: 'A safeguarding concern needs looking at',
    text: `Someone has raised a safeguarding concern in ${schemeName}. Please read it and decide what to do as soon as you can.`,
  }),
  matchPaused: () => ({
    subject: 'Your match is paused for now',
    text: 'One of your matches is paused for now. Your link worker will be in touch.',
  }),
  volunteeringSuspended: () => ({
    subject: 'Your volunteering is paused for now',
    text: 'Your volunteering is paused for now while staff look into something. Your link worker will be in touch.',
  }),
  matchResumed: () => ({
    subject: 'Your match can carry on',
    text: 'Your match is no longer paused. You can keep in touch again.',
  }),
  volunteeringResumed: () => ({
    subject: 'Your volunteering can carry on',
    text: 'Your volunteering is no longer paused. Thank you for your patience.',
  }),
};
