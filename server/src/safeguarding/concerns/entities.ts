import { Concern } from './concern.entity.js';

export const concernEntities = [Concern];
