/**
 * The pipeline of a scheme with a few thousand volunteers at every step, with their references,
 * DBS checks, training and matches, seeded in SQL, then read through GraphQL: every volunteer is
 * counted once, by district, and a drive's funnel counts only the volunteers it brought. How fast
 * these answer at 50,000 volunteers is `pnpm bench` (community-queries.bench.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { buildPerson, createScheme, signUp, theAdmin, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { seedPipeline } from '../bench/community-history.ts';
import { driveWithFunnel, pipelineOf, stageOf, startDrive } from './community-drives-support.ts';
import { waitingWalker } from './matching-support.ts';

const VOLUNTEERS = 3_000;
const FROM_DRIVE = 400;
const kindred = await startTestKindred();
afterAll(() => kindred.close());
const sql = (text: string, params: unknown[]) => kindred.orm.em.fork().getConnection().execute(text, params);

let scheme: Scheme;
let builder: SignedIn;
let driveId: string;

beforeAll(async () => {
  scheme = await createScheme(kindred, 'Large scheme');
  builder = await appoint(kindred, 'COMMUNITY_BUILDER', scheme, 'Big Builder');
  const requestId = await waitingWalker(await signUp(kindred, 'SEEKER', buildPerson(), scheme));
  const admin = await theAdmin(kindred);
  driveId = (await startDrive(builder.client, scheme.id)).id;
  await seedPipeline(sql, { schemeId: scheme.id, requestId, proposedById: admin.viewer.id, volunteers: VOLUNTEERS, drive: { id: driveId, volunteers: FROM_DRIVE } });
}, 60_000);

/**
 * Volunteers who reached a first match, read straight from the tables: two references received, a
 * DBS check, every training module, approved, and a match that became active. With a drive, only its own.
 */
async function firstMatchesInTables(driveId: string | null = null): Promise<number> {
  const [row] = (await sql(
    `select count(*)::int as n from volunteer v
      where v.scheme_id = ? and (?::uuid is null or v.recruitment_drive_id = ?::uuid) and v.approved_at is not null
        and (select count(*) from volunteer_reference r where r.volunteer_id = v.id and r.received_at is not null) >= 2
        and exists (select 1 from volunteer_dbs_check d where d.volunteer_id = v.id)
        and (select count(distinct t.module) from volunteer_training t where t.volunteer_id = v.id) = 3
        and exists (select 1 from match m where m.volunteer_id = v.id and m.activated_at is not null)`,
    [scheme.id, driveId, driveId],
  )) as Array<{ n: number }>;
  return row!.n;
}

describe(`the pipeline of a scheme with ${VOLUNTEERS.toLocaleString('en-GB')} volunteers`, () => {
  it('counts every volunteer once, by district, with the first matches', async () => {
    const pipeline = await pipelineOf(builder.client, scheme.id);
    // The staff member appointed through sign-up is no volunteer: only the seeded ones applied.
    expect(stageOf(pipeline, 'APPLIED').reached).toBe(VOLUNTEERS);
    // Both references (0.85²), a DBS check (0.7), approved (0.45), matched (0.7): about one in six.
    const firstMatches = stageOf(pipeline, 'FIRST_MATCH').reached;
    expect(firstMatches).toBe(await firstMatchesInTables());
    expect(firstMatches).toBeGreaterThan(VOLUNTEERS * 0.1);
    expect(firstMatches).toBeLessThan(VOLUNTEERS * 0.25);
    expect(pipeline.byArea.map((a) => a.key).sort()).toEqual(['LS1', 'LS2', 'LS3', 'LS4', 'LS5', 'LS6', 'LS7', 'LS8']);
    expect(pipeline.byArea.reduce((sum, a) => sum + stageOf(a, 'APPLIED').reached, 0)).toBe(VOLUNTEERS);

    const ls6 = await pipelineOf(builder.client, scheme.id, { area: 'LS6' });
    expect(stageOf(ls6, 'APPLIED').reached).toBe(stageOf(pipeline.byArea.find((a) => a.key === 'LS6')!, 'APPLIED').reached);
  });

  it('gives one drive’s funnel from the rows of its own volunteers only', async () => {
    const drive = await driveWithFunnel(builder.client, driveId);
    expect(drive.signUps).toBe(FROM_DRIVE);
    expect(stageOf(drive.funnel, 'APPLIED').reached).toBe(FROM_DRIVE);
    expect(stageOf(drive.funnel, 'FIRST_MATCH').reached).toBe(await firstMatchesInTables(driveId));
    expect(stageOf(drive.funnel, 'FIRST_MATCH').reached).toBeGreaterThan(0);
  });
});
