/**
 * The privacy matrix for every query and mutation of the directory: nobody, the owner, another
 * person of the same role, a link worker of another scheme, and an administrator (and, for staff
 * operations, people who are not staff). Refusals come first, and each checks nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import type { Person } from '../support/graphql-client.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  activityInput,
  ACTIVITY,
  ADD_PART,
  createActivity,
  CREATE,
  EXPORT,
  FINISH_IMPORT,
  IMPORT_STATUS,
  MARK_CHECKED,
  REMOVE,
  search,
  SEARCH,
  START_IMPORT,
  UPDATE,
  type ImportJob,
} from './directory-helpers.ts';

const kindred = await startTestKindred();
let cast: Cast;
/** A second link worker in the same scheme: "another person of the same role". */
let colleague: Person;

beforeAll(async () => {
  cast = await buildCast(kindred);
  colleague = (await appoint(kindred, 'LINK_WORKER', cast.scheme, 'Col League')).client;
});
afterAll(() => kindred.close());

type Who = 'nobody' | 'owner' | 'sameRole' | 'otherScheme' | 'admin' | 'seeker' | 'volunteer';
const clientOf = (who: Who): Person =>
  ({
    nobody: cast.nobody,
    owner: cast.linkWorker.client,
    sameRole: colleague,
    otherScheme: cast.otherSchemeLinkWorker.client,
    admin: cast.admin.client,
    seeker: cast.seeker.client,
    volunteer: cast.volunteer.client,
  })[who];

const listing = () => createActivity(cast.linkWorker.client, cast.scheme.id, { title: `Listing ${Math.random().toString(36).slice(2, 8)}` });
const titleOf = async (id: string) => expectSuccess(await cast.admin.client.graphql<{ activity: { title: string } }>(ACTIVITY, { id })).activity.title;

describe('finding activities: anyone in the scheme, nobody outside it', () => {
  it.each([
    ['nobody', 'UNAUTHENTICATED'],
    ['otherScheme', 'NOT_FOUND'],
  ] as const)('refuses %s a search of the scheme', async (who, code) => {
    expectErrorCode(await clientOf(who).graphql(SEARCH, { input: { schemeId: cast.scheme.id } }), code);
  });

  it.each([['nobody', 'UNAUTHENTICATED'], ['otherScheme', 'NOT_FOUND']] as const)('refuses %s one listing', async (who, code) => {
    const { id } = await listing();
    expectErrorCode(await clientOf(who).graphql(ACTIVITY, { id }), code);
  });

  it('does not show a scheme’s listings in another scheme’s directory', async () => {
    const { title } = await listing();
    const theirs = await search(cast.otherSchemeLinkWorker.client, { schemeId: cast.otherScheme.id, first: 50 });
    expect(theirs.results.map((r) => r.activity.title)).not.toContain(title);
  });

  it.each(['owner', 'sameRole', 'admin', 'seeker', 'volunteer'] as const)('lets %s find and open a listing', async (who) => {
    const { id, title } = await listing();
    const page = await search(clientOf(who), { schemeId: cast.scheme.id, words: title });
    expect(page.results.map((r) => r.activity.id)).toContain(id);
    expect(expectSuccess(await clientOf(who).graphql<{ activity: { id: string } }>(ACTIVITY, { id })).activity.id).toBe(id);
  });

  it('shows who last checked a listing to the scheme’s staff only', async () => {
    const { id } = await listing();
    const checkedBy = async (who: Who) => expectSuccess(await clientOf(who).graphql<{ activity: { lastCheckedBy: string | null } }>(ACTIVITY, { id })).activity.lastCheckedBy;
    expect(await checkedBy('seeker')).toBeNull();
    expect(await checkedBy('volunteer')).toBeNull();
    expect(await checkedBy('sameRole')).toBe('Lin Worker');
    expect(await checkedBy('admin')).toBe('Lin Worker');
  });
});

describe('managing listings: the scheme’s staff only', () => {
  const refusals = [
    ['nobody', 'UNAUTHENTICATED'],
    ['seeker', 'FORBIDDEN'],
    ['volunteer', 'FORBIDDEN'],
    ['otherScheme', 'NOT_FOUND'],
  ] as const;
  const allowed = ['owner', 'sameRole', 'admin'] as const;

  it.each(refusals)('refuses %s adding a listing, and none is added', async (who, code) => {
    const title = `Sneaky ${who}`;
    expectErrorCode(await clientOf(who).graphql(CREATE, { schemeId: cast.scheme.id, input: activityInput({ title }) }), code);
    expect((await search(cast.admin.client, { schemeId: cast.scheme.id, words: title })).totalCount).toBe(0);
  });

  it.each(refusals)('refuses %s changing, checking or removing a listing, and it stays as it was', async (who, code) => {
    const { id, title } = await listing();
    const client = clientOf(who);
    expectErrorCode(await client.graphql(UPDATE, { id, input: activityInput({ title: 'Changed' }) }), code);
    expectErrorCode(await client.graphql(MARK_CHECKED, { id }), code);
    expectErrorCode(await client.graphql(REMOVE, { id }), code);
    expect(await titleOf(id)).toBe(title);
  });

  it.each(allowed)('lets %s add, change, check and remove a listing', async (who) => {
    const client = clientOf(who);
    const made = expectSuccess(await client.graphql<{ createActivity: { id: string } }>(CREATE, { schemeId: cast.scheme.id, input: activityInput() })).createActivity;
    const existing = await listing();
    for (const { id } of [made, existing]) {
      expectSuccess(await client.graphql(UPDATE, { id, input: activityInput({ title: `Changed by ${who}` }) }));
      expectSuccess(await client.graphql(MARK_CHECKED, { id }));
      expect(await titleOf(id)).toBe(`Changed by ${who}`);
      expectSuccess(await client.graphql(REMOVE, { id }));
      expectErrorCode(await cast.admin.client.graphql(ACTIVITY, { id }), 'NOT_FOUND');
    }
  });

  it('refuses a link worker adding a listing to a scheme they do not work for', async () => {
    expectErrorCode(await cast.linkWorker.client.graphql(CREATE, { schemeId: cast.otherScheme.id, input: activityInput() }), 'NOT_FOUND');
  });
});

describe('Open Referral UK import and export: the scheme’s staff, and only the importer sends the file', () => {
  async function started(by: Person = cast.linkWorker.client): Promise<ImportJob> {
    return expectSuccess(
      await by.graphql<{ startOpenReferralImport: ImportJob }>(START_IMPORT, { input: { schemeId: cast.scheme.id, fileName: 'a.json', totalBytes: 2 } }),
    ).startOpenReferralImport;
  }
  const part = (id: string) => ({ input: { importId: id, index: 0, content: 'e30=' } });

  it.each([
    ['nobody', 'UNAUTHENTICATED'],
    ['seeker', 'FORBIDDEN'],
    ['volunteer', 'FORBIDDEN'],
    ['otherScheme', 'NOT_FOUND'],
  ] as const)('refuses %s starting an import or exporting', async (who, code) => {
    expectErrorCode(await clientOf(who).graphql(START_IMPORT, { input: { schemeId: cast.scheme.id, fileName: 'a.json', totalBytes: 2 } }), code);
    expectErrorCode(await clientOf(who).graphql(EXPORT, { schemeId: cast.scheme.id }), code);
  });

  it.each([
    ['nobody', 'UNAUTHENTICATED'],
    ['sameRole', 'NOT_FOUND'],
    ['otherScheme', 'NOT_FOUND'],
    ['admin', 'NOT_FOUND'],
  ] as const)('refuses %s sending or finishing someone else’s import, and the import is untouched', async (who, code) => {
    const job = await started();
    expectErrorCode(await clientOf(who).graphql(ADD_PART, part(job.id)), code);
    expectErrorCode(await clientOf(who).graphql(FINISH_IMPORT, { id: job.id }), code);
    const after = expectSuccess(await cast.linkWorker.client.graphql<{ openReferralImport: ImportJob & { receivedBytes: number } }>(IMPORT_STATUS, { id: job.id }));
    expect(after.openReferralImport).toMatchObject({ status: 'RECEIVING', receivedBytes: 0 });
  });

  it.each([
    ['nobody', 'UNAUTHENTICATED'],
    ['sameRole', 'NOT_FOUND'],
    ['otherScheme', 'NOT_FOUND'],
    ['seeker', 'FORBIDDEN'],
  ] as const)('refuses %s watching someone else’s import', async (who, code) => {
    const job = await started();
    expectErrorCode(await clientOf(who).graphql(IMPORT_STATUS, { id: job.id }), code);
  });

  it('lets the owner send, finish and watch their import, and the scheme’s administrator watch it', async () => {
    const job = await started();
    expectSuccess(await cast.linkWorker.client.graphql(ADD_PART, { input: { importId: job.id, index: 0, content: Buffer.from('{}').toString('base64') } }));
    expectSuccess(await cast.linkWorker.client.graphql(FINISH_IMPORT, { id: job.id }));
    for (const who of ['owner', 'admin'] as const) {
      const seen = expectSuccess(await clientOf(who).graphql<{ openReferralImport: ImportJob }>(IMPORT_STATUS, { id: job.id })).openReferralImport;
      expect(seen.id).toBe(job.id);
    }
  });

  it.each(['owner', 'sameRole', 'admin'] as const)('lets %s export the scheme’s directory, and nothing of another scheme', async (who) => {
    await createActivity(cast.otherSchemeLinkWorker.client, cast.otherScheme.id, { title: 'Elsewhere Only' });
    const { title } = await listing();
    const text = expectSuccess(await clientOf(who).graphql<{ openReferralExport: string }>(EXPORT, { schemeId: cast.scheme.id })).openReferralExport;
    const names = (JSON.parse(text) as { contents: Array<{ name: string }> }).contents.map((s) => s.name);
    expect(names).toContain(title);
    expect(names).not.toContain('Elsewhere Only');
  });
});
