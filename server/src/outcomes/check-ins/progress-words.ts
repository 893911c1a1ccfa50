import { INSTRUMENT_IDS, INSTRUMENTS, type Answers, type InstrumentId } from '@kindred/shared';

/**
 * How a person's own answers have changed since their first check-in, in kind words. These words
 * never call anyone lonely and never show a score: only what the person said, then and now.
 */

type Said = { instrument: InstrumentId; answers: Answers };

/** Words for one question: what the person said when their answer went up, and when it went down. */
type ItemWords = { up: string; down: string; /** Which way is the happier change for the person. */ better: 'up' | 'down' };

const often = (doing: string): Pick<ItemWords, 'up' | 'down'> => ({ up: `you said ${doing} more often`, down: `you said ${doing} less often` });
// The Campaign to End Loneliness tool scores agreement downwards: Strongly agree 0 … Strongly disagree 4.
const agreed = (that: string): ItemWords => ({ up: `you agreed less that ${that}`, down: `you agreed more that ${that}`, better: 'down' });

const WORDS: Record<string, ItemWords> = {
  'UCLA3.LACK_COMPANIONSHIP': { ...often('you’ve felt you lack companionship'), better: 'down' },
  'UCLA3.LEFT_OUT': { ...often('you’ve felt left out'), better: 'down' },
  'UCLA3.ISOLATED': { ...often('you’ve felt isolated from others'), better: 'down' },
  'CEL.CONTENT_WITH_RELATIONSHIPS': agreed('you are content with your friendships and relationships'),
  'CEL.ENOUGH_PEOPLE_FOR_HELP': agreed('you have enough people you feel comfortable asking for help'),
  'CEL.RELATIONSHIPS_SATISFYING': agreed('your relationships are as satisfying as you would want them to be'),
  'SWEMWBS.OPTIMISTIC': { ...often('you’ve felt optimistic about the future'), better: 'up' },
  'SWEMWBS.USEFUL': { ...often('you’ve felt useful'), better: 'up' },
  'SWEMWBS.RELAXED': { ...often('you’ve felt relaxed'), better: 'up' },
  'SWEMWBS.DEALING_WITH_PROBLEMS': { ...often('you’ve been dealing with problems well'), better: 'up' },
  'SWEMWBS.THINKING_CLEARLY': { ...often('you’ve been thinking clearly'), better: 'up' },
  'SWEMWBS.CLOSE_TO_OTHERS': { ...often('you felt close to other people'), better: 'up' },
  'SWEMWBS.OWN_MIND': { ...often('you’ve been able to make up your own mind about things'), better: 'up' },
  'ONS4.LIFE_SATISFACTION': { up: 'you said you are more satisfied with your life nowadays', down: 'you said you are less satisfied with your life nowadays', better: 'up' },
  'ONS4.WORTHWHILE': { up: 'you said the things you do feel more worthwhile', down: 'you said the things you do feel less worthwhile', better: 'up' },
  'ONS4.HAPPINESS': { up: 'you said you felt happier the day before', down: 'you said you felt less happy the day before', better: 'up' },
  'ONS4.ANXIETY': { up: 'you said you felt more anxious the day before', down: 'you said you felt less anxious the day before', better: 'down' },
};

export const ONE_QUESTION = 'ONS_LONELINESS.HOW_OFTEN';

/** Where the single ONS question comes in a check-in ("question 4"), as the person saw it numbered. */
const ONE_QUESTION_NUMBER =
  INSTRUMENT_IDS.slice(0, INSTRUMENT_IDS.indexOf('ONS_LONELINESS')).reduce((count, id) => count + INSTRUMENTS[id].items.length, 0) + 1;

/** The single ONS question, described by its place and the answers alone, since its wording is not for these pages. */
function oneQuestionWords(before: number, after: number): string {
  const options = INSTRUMENTS.ONS_LONELINESS.items[0]!.options;
  const label = (value: number) => options.find((o) => o.value === value)?.label ?? String(value);
  return `you answered “${label(after)}” to question ${ONE_QUESTION_NUMBER}, where before you said “${label(before)}”`;
}

export const ALL_THE_SAME = 'your answers were much the same';
export const UPS_AND_DOWNS =
  'Everyone has ups and downs. If you would like to talk about how things are going, your link worker is always glad to hear from you.';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "in March", or "in March 2025" when it was in another year than the later check-in. */
export function whenInWords(first: Date, later: Date): string {
  const year = (d: Date) => new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/London' }).format(d);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'Europe/London' }).format(first);
  return year(first) === year(later) ? `in ${month}` : `in ${month} ${year(first)}`;
}

/**
 * Sentences comparing a later check-in with the first: the happier changes first, then any others,
 * gently, each as the person said it. Questions answered only once are left out.
 */
export function progressSentences(first: { completedAt: Date; responses: readonly Said[] }, later: { completedAt: Date; responses: readonly Said[] }): string[] {
  const happier: string[] = [];
  const harder: string[] = [];
  for (const instrument of INSTRUMENT_IDS) {
    const before = first.responses.find((r) => r.instrument === instrument)?.answers ?? {};
    const after = later.responses.find((r) => r.instrument === instrument)?.answers ?? {};
    for (const item of INSTRUMENTS[instrument].items) {
      const then = before[item.id];
      const now = after[item.id];
      if (typeof then !== 'number' || typeof now !== 'number' || then === now) continue;
      const key = `${instrument}.${item.id}`;
      if (key === ONE_QUESTION) {
        // Lower is happier here: 1 = Never … 5 = Often/always.
        (now < then ? happier : harder).push(oneQuestionWords(then, now));
        continue;
      }
      const words = WORDS[key];
      if (!words) continue;
      const went = now > then ? 'up' : 'down';
      (went === words.better ? happier : harder).push(words[went]);
    }
  }
  const opening = `Compared with your first check-in ${whenInWords(first.completedAt, later.completedAt)}, `;
  const changes = [...happier, ...harder];
  if (changes.length === 0) return [`${capitalise(opening)}${ALL_THE_SAME}.`];
  const sentences = changes.map((change, index) => (index === 0 ? `${opening}${change}.` : `${capitalise(change)}.`));
  return harder.length > 0 ? [...sentences, UPS_AND_DOWNS] : sentences;
}
