import { Notification } from './notification.entity.js';

export const notificationEntities = [Notification];
