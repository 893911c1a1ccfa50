/**
 * A pair a safeguarding concern came between is never suggested again, when the concern was raised
 * by one of the two about the other: the volunteer about the person, or the person about the
 * volunteer (concerns-triage covers a concern about their match, matching-lifecycle declines and
 * rejected suggestions). Ended matches alone keep nobody apart. The suggestions page reads a
 * request's exclusions in its own statement and the scheme-wide assignment run in another: both
 * must name the same volunteers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { loadExclusions } from '../../../server/src/matching/engine/facts.ts';
import { readMatchRequest } from '../../../server/src/matching/engine/match-request.ts';
import { END, SUGGEST, activePair, raised, type Pair } from './concerns-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
let cast: Cast;
let sueAndVera: Pair;
let stanAndVic: Pair;
/** Sue's and Stan's requests, waiting again: their matches ended early. */
let sueAgain: string;
let stanAgain: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  sueAndVera = await activePair(cast.linkWorker.client, cast.scheme.id, cast.volunteer, cast.seeker);
  stanAndVic = await activePair(cast.linkWorker.client, cast.scheme.id, cast.anotherVolunteer, cast.anotherSeeker);
  for (const pair of [sueAndVera, stanAndVic]) {
    expectSuccess(await cast.linkWorker.client.graphql(END, { input: { matchId: pair.matchId, reason: 'Moved away for a while' } }));
  }
  sueAgain = sueAndVera.requestId;
  stanAgain = stanAndVic.requestId;
}, 240_000);
afterAll(() => kindred.close());

type Suggest = { suggestMatches: { suggestions: Array<{ volunteerId: string }> } };
const suggested = async (requestId: string) =>
  expectSuccess(await cast.linkWorker.client.graphql<Suggest>(SUGGEST, { requestId })).suggestMatches.suggestions.map((s) => s.volunteerId);

/** The volunteers kept from each request, as one request reads them and as the scheme-wide run reads them. */
async function exclusionsBothWays(requestIds: string[]): Promise<{ one: string[][]; everyone: string[][] }> {
  const em = kindred.orm.em.fork() as never;
  const everyone = await loadExclusions(em, { waitingInScheme: cast.scheme.id });
  const one = await Promise.all(requestIds.map(async (id) => [...((await readMatchRequest(em, id, cast.scheme.id))?.match.excludedVolunteerIds ?? ['missing'])].sort()));
  return { one, everyone: requestIds.map((id) => [...(everyone.get(id) ?? [])].sort()) };
}

describe('a pair a concern came between', () => {
  it('is suggested again once their match simply ended (early: each person waits again)', async () => {
    expect(await suggested(sueAgain)).toEqual(expect.arrayContaining([sueAndVera.volunteerId, stanAndVic.volunteerId]));
    expect(await suggested(stanAgain)).toEqual(expect.arrayContaining([sueAndVera.volunteerId, stanAndVic.volunteerId]));
    expect(await exclusionsBothWays([sueAgain, stanAgain])).toEqual({ one: [[], []], everyone: [[], []] });
  });

  it('is never suggested again once the volunteer raised a concern about the person, who is still offered others', async () => {
    await raised(cast.volunteer.client, 'PERSON', sueAndVera.seekerId, 'Sue asked me to lend her money.');
    const forSue = await suggested(sueAgain);
    expect(forSue).not.toContain(sueAndVera.volunteerId);
    expect(forSue).toContain(stanAndVic.volunteerId);
    // Vera is still suggested to Stan: the concern keeps only the two of them apart.
    expect(await suggested(stanAgain)).toContain(sueAndVera.volunteerId);
    expect(await exclusionsBothWays([sueAgain, stanAgain])).toEqual({ one: [[sueAndVera.volunteerId], []], everyone: [[sueAndVera.volunteerId], []] });
  });

  it('is never suggested again once the person raised a concern about the volunteer', async () => {
    await raised(cast.anotherSeeker.client, 'VOLUNTEER', stanAndVic.volunteerId, 'Vic kept turning up late and cross.');
    const forStan = await suggested(stanAgain);
    expect(forStan).not.toContain(stanAndVic.volunteerId);
    expect(forStan).toContain(sueAndVera.volunteerId);
    expect(await suggested(sueAgain)).toContain(stanAndVic.volunteerId);
    expect(await exclusionsBothWays([sueAgain, stanAgain])).toEqual({
      one: [[sueAndVera.volunteerId], [stanAndVic.volunteerId]],
      everyone: [[sueAndVera.volunteerId], [stanAndVic.volunteerId]],
    });
  });
});
