import { RecruitmentDrive } from './recruitment-drive.entity.js';

export const driveEntities = [RecruitmentDrive];
