import type { ApolloClient } from '@apollo/client';
import type { ImportFieldsFragment } from '../gql/graphql';
import { AddImportPartMutation, FinishImportMutation, ImportProgressQuery, StartImportMutation } from './operations';

/**
 * Each part of the file is 48 KiB: as base64 inside a GraphQL request it stays well under the
 * server's 100 kB limit on any request (see the server's import.service.ts for why).
 */
export const PART_BYTES = 48 * 1024;
const POLL_MS = 500;

function base64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with too many arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
}

export type Progress =
  | { stage: 'sending'; done: number; total: number }
  | { stage: 'server'; job: ImportFieldsFragment };

/**
 * Sends a file in parts, asks the server to check and import it, then follows its progress until
 * it is done or has failed. Errors from the API (such as a file too large) are thrown as they came.
 */
export async function importFile(client: ApolloClient, schemeId: string, file: File, onProgress: (p: Progress) => void): Promise<ImportFieldsFragment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const started = await client.mutate({ mutation: StartImportMutation, variables: { input: { schemeId, fileName: file.name, totalBytes: bytes.length } } });
  const importId = started.data!.startOpenReferralImport.id;
  for (let index = 0, offset = 0; offset < bytes.length; index++, offset += PART_BYTES) {
    onProgress({ stage: 'sending', done: offset, total: bytes.length });
    await client.mutate({ mutation: AddImportPartMutation, variables: { input: { importId, index, content: base64(bytes.subarray(offset, offset + PART_BYTES)) } } });
  }
  onProgress({ stage: 'sending', done: bytes.length, total: bytes.length });
  let job = (await client.mutate({ mutation: FinishImportMutation, variables: { importId } })).data!.finishOpenReferralImport;
  while (job.status !== 'DONE' && job.status !== 'FAILED') {
    onProgress({ stage: 'server', job });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    job = (await client.query({ query: ImportProgressQuery, variables: { id: importId }, fetchPolicy: 'network-only' })).data!.openReferralImport;
  }
  return job;
}

/** Where the import has got, as a bar's value out of its maximum and words to go with it. */
export function progressWords(p: Progress): { label: string; done: number; total: number } {
  if (p.stage === 'sending') return { label: 'Sending the file', done: p.done, total: Math.max(p.total, 1) };
  const { job } = p;
  if (job.status === 'IMPORTING') {
    return { label: `Saving activities: ${job.recordsImported.toLocaleString('en-GB')} of ${job.activitiesTotal.toLocaleString('en-GB')}`, done: job.recordsImported, total: Math.max(job.activitiesTotal, 1) };
  }
  return {
    label: `Checking records: ${job.recordsChecked.toLocaleString('en-GB')} of ${job.recordsTotal.toLocaleString('en-GB')} services`,
    done: job.recordsChecked,
    total: Math.max(job.recordsTotal, 1),
  };
}
