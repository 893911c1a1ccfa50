import { INSTRUMENT_IDS, INSTRUMENTS } from '@kindred/shared';
import { firstName } from '../../notifications/notify.js';
import type { CheckIn } from './check-in.entity.js';
import type { CheckInView, InstrumentView } from './check-in.types.js';

// The same for every check-in: all five, in the agreed order, with their published wording.
const INSTRUMENT_VIEWS: InstrumentView[] = INSTRUMENT_IDS.map((id) => {
  const instrument = INSTRUMENTS[id];
  return {
    id,
    personTitle: instrument.personTitle,
    intro: instrument.intro,
    items: instrument.items.map((item) => ({ id: item.id, text: item.text, options: item.options.map((o) => ({ value: o.value, label: o.label })) })),
    licence: instrument.licence,
  };
});

/** Needs `seeker` loaded. Answers and scores never leave the server here. */
export function presentCheckIn(checkIn: CheckIn): CheckInView {
  return {
    id: checkIn.id,
    occasion: checkIn.occasion,
    monthsAfterBaseline: checkIn.monthsAfterBaseline ?? null,
    dueOn: checkIn.dueOn,
    status: checkIn.status,
    completedAt: checkIn.completedAt ?? null,
    onBehalf: checkIn.onBehalf,
    personFirstName: firstName(checkIn.seeker.name),
    instruments: INSTRUMENT_VIEWS,
  };
}
