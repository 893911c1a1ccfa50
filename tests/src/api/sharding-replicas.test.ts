/**
 * Read replicas (issue 8): with DATABASE_REPLICA_URLS, the reads that may lag a moment (capacity,
 * pipeline, activities to start, stale listings, outcome reports, directory search) go to a
 * replica, and everything else, writes above all, to the primary. The replica here is a copy of the
 * primary taken at one moment, as a standby that has fallen behind would be: what is written
 * afterwards is on the primary only, which shows where each read went.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '@kindred/server';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { Person, startTestKindred, type TestKindred } from '../support/kindred.ts';
import { CAPACITY, type CapacityWeek } from './community-capacity-support.ts';
import { ACTIVITY, createActivity, search } from './directory-helpers.ts';
import { refer, waitingListOf } from './seekers-support.ts';

describe('DATABASE_REPLICA_URLS', () => {
  it('is a comma-separated list of PostgreSQL URLs, empty by default', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/kindred', DATABASE_REPLICA_URLS: 'postgres://replica-1/kindred, postgres://replica-2/kindred' });
    expect(config.database.replicaUrls).toEqual(['postgres://replica-1/kindred', 'postgres://replica-2/kindred']);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/kindred' }).database.replicaUrls).toEqual([]);
  });

  it('refuses a URL that is not PostgreSQL, and replicas without a primary', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/kindred', DATABASE_REPLICA_URLS: 'mysql://replica/kindred' })).toThrow(
      /DATABASE_REPLICA_URLS.* must be a URL starting with postgres:\/\//,
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://replica/kindred' })).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL/);
  });
});

const adminUrl = inject('adminDatabaseUrl');
let primary: TestDatabase;
let replica: TestDatabase;
let kindred: TestKindred;
let cast: Cast;
/** The same people, signed in, talking to the Kindred that has a replica. */
let linkWorker: Person;
let builder: Person;
let seeker: Person;
let choirId: string;

async function copyDatabase(from: TestDatabase): Promise<TestDatabase> {
  const copy = await createTestDatabase(adminUrl);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database ${copy.name}`);
    await client.query(`create database ${copy.name} template ${from.name}`);
  } finally {
    await client.end();
  }
  return copy;
}

function sameCookies(person: Person, on: TestKindred, label: string): Person {
  const moved = new Person(on.url, label);
  for (const [name, value] of person.cookies) moved.cookies.set(name, value);
  return moved;
}

beforeAll(async () => {
  primary = await createTestDatabase(adminUrl);
  // First, one Kindred on the primary alone: people, one person waiting, one listing.
  const first = await startTestKindred({ env: { DATABASE_URL: primary.url } });
  cast = await buildCast(first);
  await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Ellen Early' });
  await createActivity(cast.admin.client, cast.scheme.id, { title: 'Tuesday Art Group' });
  await first.close();
  // The replica stops here; the primary goes on.
  replica = await copyDatabase(primary);
  kindred = await startTestKindred({ env: { DATABASE_URL: primary.url, DATABASE_REPLICA_URLS: replica.url } });
  linkWorker = sameCookies(cast.linkWorker.client, kindred, 'link worker');
  builder = sameCookies(cast.communityBuilder.client, kindred, 'community builder');
  seeker = sameCookies(cast.seeker.client, kindred, 'seeker');
  await refer(linkWorker, cast.scheme.id, { name: 'Frank Later' });
  choirId = (await createActivity(sameCookies(cast.admin.client, kindred, 'admin'), cast.scheme.id, { title: 'Thursday Choir', interests: ['singing'] })).id;
}, 180_000);
afterAll(async () => {
  await kindred?.close();
  await replica?.drop();
  await primary?.drop();
});

describe('with a replica that has fallen behind', () => {
  it('writes to the primary, and reads a person’s case from it at once', async () => {
    const names = (await waitingListOf(linkWorker, cast.scheme.id)).map((w) => w.name).sort();
    expect(names).toEqual(['Ellen Early', 'Frank Later']);
    const choir = expectSuccess(await seeker.graphql<{ activity: { title: string } }>(ACTIVITY, { id: choirId })).activity;
    expect(choir.title).toBe('Thursday Choir');
  });

  it('reads capacity over time from the replica: the person referred since is not in it yet', async () => {
    const weeks = expectSuccess(await builder.graphql<{ capacityOverTime: CapacityWeek[] }>(CAPACITY, { schemeId: cast.scheme.id, weeks: 4 })).capacityOverTime;
    expect(weeks.at(-1)?.peopleWaiting).toBe(1);
  });

  it('searches the directory on the replica: the listing added since is not found yet, the older one is', async () => {
    expect((await search(seeker, { schemeId: cast.scheme.id, words: 'choir' })).results).toEqual([]);
    const art = await search(seeker, { schemeId: cast.scheme.id, words: 'art group' });
    expect(art.results.map((r) => r.activity.title)).toEqual(['Tuesday Art Group']);
  });
});
