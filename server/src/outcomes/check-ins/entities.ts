import { CheckIn } from './check-in.entity.js';

export const checkInEntities = [CheckIn];
