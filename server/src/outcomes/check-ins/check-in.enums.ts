import { registerEnumType } from 'type-graphql';
import { INSTRUMENT_IDS } from '@kindred/shared';
import { CHECK_IN_OCCASIONS, CHECK_IN_STATUSES } from './check-in.entity.js';

const enumOf = <T extends string>(ids: readonly T[]) => Object.fromEntries(ids.map((id) => [id, id])) as { [K in T]: K };

export const InstrumentIdEnum = enumOf(INSTRUMENT_IDS);
export const CheckInOccasionEnum = enumOf(CHECK_IN_OCCASIONS);
export const CheckInStatusEnum = enumOf(CHECK_IN_STATUSES);

registerEnumType(InstrumentIdEnum, { name: 'InstrumentId', description: 'A validated outcome instrument, scored as published' });
registerEnumType(CheckInOccasionEnum, { name: 'CheckInOccasion', description: 'At the start of support, a follow-up after it, or when a match ends' });
registerEnumType(CheckInStatusEnum, { name: 'CheckInStatus', description: 'Waiting to be answered, answered, or set aside' });
