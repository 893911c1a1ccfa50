import { DbsCheck } from './dbs-check.entity.js';
import { TrainingRecord } from './training-record.entity.js';
import { VolunteerReference } from './volunteer-reference.entity.js';
import { Volunteer } from './volunteer.entity.js';

export const volunteerEntities = [Volunteer, VolunteerReference, DbsCheck, TrainingRecord];
