/**
 * A scheme's volunteer index is built from a cursor read a page at a time (so no one statement
 * outlasts the request statement limit at 100,000 volunteers). Read in pages of any size, it must
 * hold exactly what the one-statement read and the facts query hold: every volunteer of the scheme,
 * none of another scheme, with their DBS re-check date and live matches.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syntheticVolunteers } from '@kindred/shared';
import { loadSchemeForMatching, loadVolunteerFacts, loadVolunteersForMatching } from '../../../server/src/matching/engine/facts.ts';
import { createScheme, theAdmin } from '../support/factories.ts';
import { startTestKindred, type TestKindred } from '../support/kindred.ts';
import { seedVolunteers } from '../bench/seed.ts';
import { execute } from './assignment-support.ts';

let kindred: TestKindred;
beforeAll(async () => {
  kindred = await startTestKindred();
});
afterAll(() => kindred?.close());

it('reads the same volunteers and facts in pages of 1, 7 and 5,000 as in one statement, and none of another scheme', async () => {
  await theAdmin(kindred);
  const scheme = await createScheme(kindred, 'Paged index');
  const other = await createScheme(kindred, 'Another scheme');
  const centre = { latitude: 53.742, longitude: -2.014 };
  const ids = await seedVolunteers(execute(kindred), scheme.id, syntheticVolunteers({ seed: 5, count: 23, centre, spreadKm: 4 }));
  const otherIds = await seedVolunteers(execute(kindred), other.id, syntheticVolunteers({ seed: 6, count: 4, centre, spreadKm: 4 }));

  const em = kindred.orm.em.fork();
  const facts = await loadVolunteerFacts(em, { schemeId: scheme.id });
  const expected = (await loadVolunteersForMatching(em, scheme.id)).map((fields) => ({ fields, facts: facts.get(fields.id) })).sort(byId);
  expect(expected.map((v) => v.fields.id).sort()).toEqual([...ids].sort());
  expect(expected.every((v) => v.facts?.dbsRecheckDueOn)).toBe(true);

  for (const pageRows of [1, 7, 23, 5_000]) {
    const paged = (await loadSchemeForMatching(kindred.orm.em.fork(), scheme.id, pageRows)).sort(byId);
    expect(paged, `pages of ${pageRows}`).toEqual(expected);
    expect(paged.some((v) => otherIds.includes(v.fields.id))).toBe(false);
  }
});

const byId = (a: { fields: { id: string } }, b: { fields: { id: string } }) => a.fields.id.localeCompare(b.fields.id);
