import { lookingFor } from './drive-rules.js';
import { signUpPath } from './drive-code.js';
import type { RecruitmentDrive } from './recruitment-drive.entity.js';
import type { PublicDriveView, RecruitmentDriveView } from './drive.types.js';

/** A drive as its scheme's community builders see it. `createdBy` must be loaded. */
export function presentDrive(drive: RecruitmentDrive, signUps: number): RecruitmentDriveView {
  return {
    id: drive.id,
    schemeId: drive.scheme.id,
    title: drive.title,
    message: drive.message,
    areas: drive.areas,
    skills: drive.skills,
    bands: drive.bands,
    contactModes: drive.contactModes,
    lookingFor: lookingFor(drive),
    status: drive.status,
    code: drive.code,
    signUpPath: signUpPath(drive.code),
    createdAt: drive.createdAt,
    closedAt: drive.closedAt ?? null,
    createdByName: drive.createdBy.displayName,
    signUps,
    fromSuggestion: drive.fromSuggestion ?? null,
  };
}

/** A drive as the public sees it: chosen fields only, never who made it or its internal id. `scheme` must be loaded. */
export function presentPublicDrive(drive: RecruitmentDrive): PublicDriveView {
  return {
    code: drive.code,
    schemeId: drive.scheme.id,
    schemeName: drive.scheme.name,
    title: drive.title,
    message: drive.message,
    lookingFor: lookingFor(drive),
    open: drive.status === 'OPEN',
  };
}
