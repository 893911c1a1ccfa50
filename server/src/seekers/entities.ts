import { ConsentRecord } from './consent-record.entity.js';
import { ContactRecord } from './contact-record.entity.js';
import { Seeker } from './seeker.entity.js';
import { SupportRequest } from './support-request.entity.js';

export const seekerEntities = [Seeker, SupportRequest, ConsentRecord, ContactRecord];
