import type { CheckInFieldsFragment, InstrumentId } from '../../gql/graphql';

type Instrument = CheckInFieldsFragment['instruments'][number];
type Item = Instrument['items'][number];

/** One question of a check-in, in the order asked, with the instrument it belongs to. */
export type Question = { key: string; instrument: Instrument; item: Item; number: number; firstOfInstrument: boolean };

/** item key ("UCLA3.LEFT_OUT") → chosen value, or null when skipped. */
export type AnswerMap = Record<string, number | null>;

export const keyOf = (instrument: InstrumentId, item: string) => `${instrument}.${item}`;

export function questionsOf(checkIn: Pick<CheckInFieldsFragment, 'instruments'>): Question[] {
  const questions: Question[] = [];
  for (const instrument of checkIn.instruments) {
    instrument.items.forEach((item, index) => {
      questions.push({ key: keyOf(instrument.id, item.id), instrument, item, number: questions.length + 1, firstOfInstrument: index === 0 });
    });
  }
  return questions;
}

/** The answers as the API takes them: every question of every instrument, null where skipped. */
export function responsesOf(checkIn: Pick<CheckInFieldsFragment, 'instruments'>, answers: AnswerMap) {
  return checkIn.instruments.map((instrument) => ({
    instrument: instrument.id,
    answers: instrument.items.map((item) => ({ item: item.id, value: answers[keyOf(instrument.id, item.id)] ?? null })),
  }));
}

/** The question a server problem names ("responses.1.answers.2.value"), when it names one. */
export function questionOfField(checkIn: Pick<CheckInFieldsFragment, 'instruments'>, field: string): string | null {
  const match = /^responses\.(\d+)\.answers\.(\d+)\./.exec(field);
  if (!match) return null;
  const instrument = checkIn.instruments[Number(match[1])];
  const item = instrument?.items[Number(match[2])];
  return instrument && item ? keyOf(instrument.id, item.id) : null;
}
