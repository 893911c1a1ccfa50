import { Message } from './message.entity.js';

export const messageEntities = [Message];
