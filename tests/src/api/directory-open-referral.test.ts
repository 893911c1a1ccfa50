import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { createScheme } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  ADD_PART,
  createActivity,
  exportDirectory,
  FINISH_IMPORT,
  FIXTURE,
  fixtureDocument,
  importFile,
  search,
  START_IMPORT,
  uploadFile,
  waitForImport,
  weekly,
  type ImportJob,
} from './directory-helpers.ts';
import { coordinatesOf, meaningOf } from './directory-meaning.ts';

const kindred = await startTestKindred();
let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
});
afterAll(() => kindred.close());

async function titlesIn(schemeId: string, client = cast.admin.client): Promise<string[]> {
  return (await search(client, { schemeId, first: 50 })).results.map((r) => r.activity.title).sort();
}

async function freshScheme() {
  const scheme = await createScheme(kindred);
  return { scheme, staff: await appoint(kindred, 'LINK_WORKER', scheme, 'Importing Link Worker') };
}

describe('refuses bad files, naming each record and field, and imports nothing', () => {
  it('lists every problem in a file with some bad records, and leaves the directory as it was', async () => {
    const { scheme, staff } = await freshScheme();
    const document = fixtureDocument();
    const [art, choir, cafe] = document.contents as Array<Record<string, any>>;
    delete art!.name;
    art!.service_at_locations[0].location.addresses[0].postal_code = 'not a postcode';
    choir!.schedules[0].opens_at = 'seven in the evening';
    choir!.schedules[0].byday = 'Thursdays';
    cafe!.service_at_locations[1].location.latitude = -2.0978;
    cafe!.service_at_locations[1].location.longitude = 53.7147;

    const job = await importFile(staff.client, scheme.id, JSON.stringify(document));

    expect(job.status).toBe('FAILED');
    const problems = job.problems.map((p) => `${p.recordType} ${p.recordId} ${p.field}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'service 6f1c2a8e-4b1d-4c55-9a0e-1d2f3a4b5c61 name',
        'address 4d5e6f70-8192-4a3b-8c4d-5e6f70819203 postal_code',
        'schedule 11111111-2222-4333-8444-555555555507 opens_at',
        'schedule 11111111-2222-4333-8444-555555555507 byday',
        'location 22222222-3333-4444-8555-666666666610 latitude',
      ]),
    );
    expect(job.problemCount).toBe(job.problems.length);
    for (const p of job.problems) expect(p.message, JSON.stringify(p)).toMatch(/^[A-Z][^{}]+$/);
    expect(job.problems.find((p) => p.field === 'byday')?.message).toBe('Write the days like TU,TH, or for monthly schedules 1TU,3TU or -1FR');
    expect(job.problems.find((p) => p.field === 'latitude')?.recordName).toBe('Remember When Memory Café');
    expect(job.recordsImported).toBe(0);
    expect(await titlesIn(scheme.id)).toEqual([]);
  });

  it('says plainly when the file is not JSON, or has no services in it', async () => {
    const { scheme, staff } = await freshScheme();
    const broken = await importFile(staff.client, scheme.id, '{ "contents": [ { "id": "1", } ] }');
    expect(broken.status).toBe('FAILED');
    expect(broken.failure).toMatch(/^The file is not valid JSON \(there is a mistake at line 1, column \d+\)\./);

    const empty = await importFile(staff.client, scheme.id, JSON.stringify({ organizations: [{ id: 'o', name: 'Nobody' }] }));
    expect(empty.failure).toBe('We could not find any services in this file. Check it is an Open Referral UK JSON file.');
    expect(await titlesIn(scheme.id)).toEqual([]);
  });

  it('refuses a file over the size limit before any of it is sent, and parts out of order', async () => {
    const { scheme, staff } = await freshScheme();
    const tooBig = await staff.client.graphql(START_IMPORT, { input: { schemeId: scheme.id, fileName: 'huge.json', totalBytes: 21 * 1024 * 1024 } });
    expect(expectFieldProblem(tooBig, 'file')).toBe('The file must be smaller than 20 MB');

    const started = expectSuccess(
      await staff.client.graphql<{ startOpenReferralImport: ImportJob }>(START_IMPORT, { input: { schemeId: scheme.id, fileName: 'a.json', totalBytes: 10 } }),
    ).startOpenReferralImport;
    expectFieldProblem(await staff.client.graphql(ADD_PART, { input: { importId: started.id, index: 1, content: 'e30=' } }), 'index');
    expectFieldProblem(await staff.client.graphql(ADD_PART, { input: { importId: started.id, index: 0, content: 'not base64!' } }), 'content');
    expectFieldProblem(await staff.client.graphql(FINISH_IMPORT, { id: started.id }), 'file');
  });
});

describe('imports a good file', () => {
  it('imports each service at each place, leaves out closed services, and shows them in the directory', async () => {
    const { scheme, staff } = await freshScheme();
    const job = await importFile(staff.client, scheme.id, FIXTURE);

    expect(job).toMatchObject({ status: 'DONE', recordsTotal: 4, recordsChecked: 4, recordsImported: 4, created: 4, updated: 0, problemCount: 0 });
    expect(job.skipped).toEqual([
      expect.objectContaining({ recordId: '33333333-4444-4555-8666-777777777701', message: 'Left out: the service is inactive' }),
    ]);
    expect(await titlesIn(scheme.id)).toEqual([
      'Brushes and Biscuits',
      'Calder Valley Community Choir',
      'Remember When Memory Café',
      'Remember When Memory Café',
    ]);
    const art = (await search(staff.client, { schemeId: scheme.id, words: 'painting' })).results[0]!.activity;
    expect(art).toMatchObject({
      interests: ['painting'],
      isFree: true,
      firstVisit: expect.objectContaining({ mode: 'DROP_IN', whoToAsk: 'Jean, who runs the group' }),
      lastCheckedBy: 'checker@calderdale-directory.example.org',
    });
    expect(art.venue.features).toEqual(['STEP_FREE', 'HEARING_LOOP', 'ACCESSIBLE_TOILET']);
    expect(art.venue.accessNotes).toEqual(['There is a hearing loop in the main hall. Ask at the door to have it switched on.']);
    expect(art.schedules[0]).toMatchObject({ summary: 'Every Tuesday, 1:30pm to 3:30pm', description: 'Every Tuesday afternoon, all year round.' });
  });

  it('updates the same records when the file is imported again, rather than adding them twice', async () => {
    const { scheme, staff } = await freshScheme();
    await importFile(staff.client, scheme.id, FIXTURE);
    const changed = fixtureDocument();
    (changed.contents[1] as Record<string, unknown>).name = 'Calder Valley Singers';

    const again = await importFile(staff.client, scheme.id, JSON.stringify(changed));

    expect(again).toMatchObject({ status: 'DONE', created: 0, updated: 4 });
    expect(await titlesIn(scheme.id)).toContain('Calder Valley Singers');
    expect(await titlesIn(scheme.id)).not.toContain('Calder Valley Community Choir');
  });
});

describe('round trip', () => {
  it('exports an imported Open Referral UK file unchanged in meaning', async () => {
    const { scheme, staff } = await freshScheme();
    const original = fixtureDocument();
    expect((await importFile(staff.client, scheme.id, FIXTURE)).status).toBe('DONE');

    const exported = await exportDirectory(staff.client, scheme.id);

    expect(meaningOf(exported)).toEqual(meaningOf(original));
    // Coordinates the file gave are kept; the place it gave only a postcode for has been located.
    expect(coordinatesOf(exported)).toMatchObject(coordinatesOf(original));
    expect(Object.keys(coordinatesOf(exported))).toHaveLength(4);
  });

  it('gives the same document again after a second import and export, into another scheme', async () => {
    const first = await freshScheme();
    await importFile(first.staff.client, first.scheme.id, FIXTURE);
    const once = await exportDirectory(first.staff.client, first.scheme.id);
    const second = await freshScheme();

    expect((await importFile(second.staff.client, second.scheme.id, JSON.stringify(once))).status).toBe('DONE');
    const twice = await exportDirectory(second.staff.client, second.scheme.id);

    const withoutTimes = (d: { contents: Array<Record<string, unknown>> }) => d.contents.map(({ last_modified: _modified, ...rest }) => rest);
    expect(withoutTimes(twice)).toEqual(withoutTimes(once));
  });

  it('carries a Kindred listing with fortnightly and monthly schedules and skipped dates through export and import', async () => {
    const first = await freshScheme();
    const made = await createActivity(first.staff.client, first.scheme.id, {
      title: 'Fortnightly Walk and Talk',
      schedules: [
        { ...weekly('WED', '10:00', '11:30'), interval: 2, startsOn: '2026-01-07', exceptions: ['2026-12-23', '2027-01-06'] },
        { frequency: 'MONTHLY', interval: 1, byDay: [{ day: 'FRI', nth: -1 }], startTime: '14:00', endTime: '15:00', exceptions: ['2026-12-25'] },
      ],
    });
    const exported = await exportDirectory(first.staff.client, first.scheme.id);
    const second = await freshScheme();

    expect((await importFile(second.staff.client, second.scheme.id, JSON.stringify(exported))).status).toBe('DONE');
    const [copy] = (await search(second.staff.client, { schemeId: second.scheme.id })).results.map((r) => r.activity);

    const meaning = ({ id: _id, schemeId: _scheme, lastCheckedAt: _at, lastCheckedBy: _by, ...rest }: Record<string, unknown>) => rest;
    expect(meaning(copy!)).toEqual(meaning(made));
    expect(copy!.schedules[0]).toMatchObject({ interval: 2, exceptions: ['2026-12-23', '2027-01-06'] });
  });
});

describe('large files', () => {
  it('shows its progress while checking and importing 2,000 services, and imports them all', async () => {
    const { scheme, staff } = await freshScheme();
    const template = fixtureDocument().contents[0] as Record<string, any>;
    const contents = Array.from({ length: 2000 }, (_, i) => {
      const copy = JSON.parse(JSON.stringify(template)) as Record<string, any>;
      const tag = String(i).padStart(6, '0');
      copy.id = `00000000-0000-4000-8000-${tag}000001`;
      copy.name = `Art group ${i}`;
      copy.service_at_locations[0].id = `00000000-0000-4000-8000-${tag}000002`;
      copy.service_at_locations[0].location.id = `00000000-0000-4000-8000-${tag}000003`;
      copy.schedules[0].id = `00000000-0000-4000-8000-${tag}000004`;
      return copy;
    });
    const text = JSON.stringify({ contents });

    const started = performance.now();
    const uploaded = await uploadFile(staff.client, scheme.id, text);
    const uploadMs = performance.now() - started;
    const { job, seen } = await waitForImport(staff.client, uploaded.id, 120_000);
    const totalMs = performance.now() - started;

    expect(job).toMatchObject({ status: 'DONE', recordsTotal: 2000, recordsImported: 2000, created: 2000 });
    // Someone watching saw it move on, through checking and importing.
    const checked = seen.map((s) => s.recordsChecked);
    expect(checked).toEqual([...checked].sort((a, b) => a - b));
    expect(seen.some((s) => s.status === 'CHECKING' && s.recordsChecked > 0 && s.recordsChecked < 2000)).toBe(true);
    expect((await search(staff.client, { schemeId: scheme.id, first: 1 })).totalCount).toBe(2000);
    console.log(
      `[directory] ${Math.round(text.length / 1024)} KB, 2,000 services: uploaded in ${Math.round(uploadMs)} ms, checked and imported in ${Math.round(totalMs - uploadMs)} ms`,
    );
  }, 180_000);
});

describe('who may import and export', () => {
  it('lets only the person who started an import send its parts or finish it', async () => {
    const started = expectSuccess(
      await cast.linkWorker.client.graphql<{ startOpenReferralImport: ImportJob }>(START_IMPORT, {
        input: { schemeId: cast.scheme.id, fileName: 'a.json', totalBytes: 2 },
      }),
    ).startOpenReferralImport;
    for (const other of [cast.admin, cast.communityBuilder, cast.otherSchemeLinkWorker]) {
      expectErrorCode(await other.client.graphql(ADD_PART, { input: { importId: started.id, index: 0, content: 'e30=' } }), 'NOT_FOUND');
      expectErrorCode(await other.client.graphql(FINISH_IMPORT, { id: started.id }), 'NOT_FOUND');
    }
    expectErrorCode(await cast.seeker.client.graphql(FINISH_IMPORT, { id: started.id }), 'FORBIDDEN');
    expectErrorCode(await cast.nobody.graphql(FINISH_IMPORT, { id: started.id }), 'UNAUTHENTICATED');
  });
});
