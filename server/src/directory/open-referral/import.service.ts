/**
 * Importing an Open Referral UK file, as a tracked operation a person can watch.
 *
 * Why the file arrives in parts: every request to Kindred is held to one small body limit
 * (BODY_LIMIT, 100 kB), which stops oversized requests before they cost anything. Rather than open
 * a second, larger door for one route, the web app sends the file in parts of at most 48 kB
 * (base64 in a GraphQL argument), each checked and kept in PostgreSQL. That keeps one limit for
 * everything, lets any API process take any part, shows upload progress for free, and bounds the
 * whole file (MAX_IMPORT_BYTES) before any of it is read.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Scheme } from '../../accounts/scheme.entity.js';
import type { Viewer } from '../../accounts/sessions.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { hasRoleIn } from '../../accounts/policy.js';
import { managedScheme } from '../activity.service.js';
import { OpenReferralImport, OpenReferralImportPart } from './import-job.entity.js';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_PART_BYTES = 64 * 1024;
/** An import whose progress has not moved for this long was stopped (its process ended); its transaction rolled back. */
export const STALLED_AFTER_MS = 2 * 60_000;
/** Imports one person may have being checked or imported at once. */
const MAX_RUNNING_IMPORTS = 3;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The import, if the viewer started it (or, to read it, administers its scheme); otherwise "not found". */
export async function findImport(em: EntityManager, viewer: Viewer, id: string, { own = false } = {}): Promise<OpenReferralImport> {
  const job = UUID.test(id) ? await em.findOne(OpenReferralImport, { id }) : null;
  const allowed = job && (job.startedBy.id === viewer.id || (!own && hasRoleIn(viewer, job.scheme.id, 'ADMIN')));
  if (!job || !allowed) throw notFound('That import');
  return job;
}

export async function startImport(em: EntityManager, viewer: Viewer, input: { schemeId: string; fileName: string; totalBytes: number }): Promise<OpenReferralImport> {
  const scheme = await managedScheme(em, viewer, input.schemeId);
  const fileName = input.fileName.trim().slice(0, 200) || 'directory.json';
  if (!Number.isInteger(input.totalBytes) || input.totalBytes < 1) throw badInput([{ field: 'file', message: 'The file is empty' }]);
  if (input.totalBytes > MAX_IMPORT_BYTES) {
    throw badInput([{ field: 'file', message: `The file must be smaller than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }]);
  }
  // A person sends one file at a time: one they started sending before and left is abandoned, parts and all.
  await em.nativeDelete(OpenReferralImport, { startedBy: viewer.id, status: 'RECEIVING' });
  const running = await em.count(OpenReferralImport, {
    startedBy: viewer.id,
    status: { $in: ['CHECKING', 'IMPORTING'] },
    updatedAt: { $gt: new Date(Date.now() - STALLED_AFTER_MS) },
  });
  if (running >= MAX_RUNNING_IMPORTS) throw badInput([{ field: 'file', message: 'You have other imports under way. Wait for them to finish, then try again.' }]);
  const job = em.create(OpenReferralImport, { scheme, startedBy: em.getReference(UserAccount, viewer.id), fileName, totalBytes: input.totalBytes });
  await em.flush();
  return job;
}

/** Keeps one part of the file. Sending a part again (after a lost answer) changes nothing. */
export async function addPart(em: EntityManager, viewer: Viewer, input: { importId: string; index: number; content: string }): Promise<OpenReferralImport> {
  const job = await findImport(em, viewer, input.importId, { own: true });
  if (input.index < job.partsReceived) return job;
  if (job.status !== 'RECEIVING') throw badInput([{ field: 'file', message: 'This import has already started. Start a new one.' }]);
  if (input.index !== job.partsReceived) throw badInput([{ field: 'index', message: 'Send the parts of the file in order' }]);
  const bytes = BASE64.test(input.content) ? Buffer.from(input.content, 'base64') : null;
  if (!bytes || bytes.length === 0 || bytes.length > MAX_PART_BYTES || job.receivedBytes + bytes.length > job.totalBytes) {
    throw badInput([{ field: 'content', message: 'This part of the file could not be read. Start the import again.' }]);
  }
  await em.transactional(async (tx) => {
    // Counted in one statement, so two copies of a part sent at once cannot both land.
    const moved = await tx.nativeUpdate(
      OpenReferralImport,
      { id: job.id, partsReceived: input.index, status: 'RECEIVING' },
      { partsReceived: input.index + 1, receivedBytes: job.receivedBytes + bytes.length, updatedAt: new Date() },
    );
    if (moved === 0) throw badInput([{ field: 'index', message: 'Send the parts of the file in order' }]);
    const owner = { job: tx.getReference(OpenReferralImport, job.id), scheme: tx.getReference(Scheme, job.scheme.id) };
    tx.create(OpenReferralImportPart, { ...owner, index: input.index, content: bytes });
    await tx.flush();
  });
  await em.refresh(job);
  return job;
}

/**
 * Marks the whole file as arrived. `started` is true only for the one call that moved it on, which
 * then starts checking it in the background; asking again is harmless.
 */
export async function finishUpload(em: EntityManager, viewer: Viewer, importId: string): Promise<{ job: OpenReferralImport; started: boolean }> {
  const job = await findImport(em, viewer, importId, { own: true });
  if (job.status !== 'RECEIVING') return { job, started: false };
  if (job.receivedBytes !== job.totalBytes) {
    throw badInput([{ field: 'file', message: 'Not all of the file arrived. Start the import again.' }]);
  }
  const moved = await em.nativeUpdate(OpenReferralImport, { id: job.id, status: 'RECEIVING' }, { status: 'CHECKING', updatedAt: new Date() });
  await em.refresh(job);
  return { job, started: moved > 0 };
}
