import { Activity } from './activity.entity.js';
import { OpenReferralImport, OpenReferralImportPart } from './open-referral/import-job.entity.js';

export const directoryEntities = [Activity, OpenReferralImport, OpenReferralImportPart];
