import type { CheckInOccasion } from './check-in.entity.js';

/** The reminder's subject and message, for the person: kind, short, and clear that any question can be skipped. */
export const REMINDER_SUBJECT = 'A few questions about how you’ve been';

const SKIP = 'It takes about five minutes, and you can skip any question you would rather not answer.';

export function reminderText(occasion: CheckInOccasion): string {
  switch (occasion) {
    case 'BASELINE':
      return `Could you tell us a little about how you’ve been? ${SKIP} Your answers help us see whether Kindred is helping.`;
    case 'FOLLOW_UP':
      return `It has been a while since you last told us how you’ve been. Could you spare a few minutes to tell us again? ${SKIP}`;
    case 'ENDING':
      return `Thank you for being part of Kindred. Could you tell us how you’ve been? ${SKIP}`;
  }
}
