/**
 * The authorisation matrix (SECURITY.md): every Query and Mutation root field of server/schema.graphql,
 * called as nobody, the owner, another person of the same role, a link worker of another scheme and
 * an admin of the scheme. Allowed callers succeed, or fail only with BAD_USER_INPUT (arguments are
 * deliberately minimal) or NOT_FOUND (ids other than the scheme's and the volunteer's are invented);
 * denied callers get the code the classification says, and never data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRuleOf, buildKindredSchema } from '@kindred/server';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { CLASSIFICATION, type Classification } from '../support/authz-classification.ts';
import { expectedFor, ownerRole, type ActorName } from '../support/authz-expectations.ts';
import { idsSent, loadPublishedSchema, minimalValue, operationFor, rootFields, type OwnerIds, type RootField } from '../support/authz-operations.ts';
import type { GraphQLResult, Person } from '../support/kindred.ts';
import { startTestKindred } from '../support/kindred.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

const schema = loadPublishedSchema();
const fields = rootFields(schema);
const callable = fields.filter((f) => f.kind !== 'Subscription');
const ACTORS: ActorName[] = ['nobody', 'owner', 'another of the same role', 'link worker of another scheme', 'admin of the scheme'];

let cast: Cast;
let ids: OwnerIds;
let calls = 0;

beforeAll(async () => {
  cast = await buildCast(kindred);
  const mine = expectSuccess(await cast.volunteer.client.graphql<{ myVolunteering: { id: string }[] }>('{ myVolunteering { id } }'));
  ids = { schemeId: cast.scheme.id, volunteerId: mine.myVolunteering[0]?.id, userId: cast.volunteer.viewer.id };
  expect(ids.volunteerId, 'the volunteer has a volunteering record').toBeTruthy();
}, 60_000);

afterAll(() => {
  console.log(`authz matrix: ${callable.length} queries and mutations, ${calls} calls (operations × actors)`);
});

function clientOf(rule: Classification, actor: ActorName): Person {
  if (actor === 'nobody') return kindred.person('nobody');
  if (actor === 'admin of the scheme') return cast.admin.client;
  if (actor === 'link worker of another scheme') return cast.otherSchemeLinkWorker.client;
  const role = ownerRole(rule);
  if (actor === 'owner') {
    return { SEEKER: cast.seeker, VOLUNTEER: cast.volunteer, LINK_WORKER: cast.linkWorker, COMMUNITY_BUILDER: cast.communityBuilder, ADMIN: cast.admin }[role].client;
  }
  // Another of the same role; for staff fields, a volunteer (the wrong role) plays it.
  return role === 'SEEKER' ? cast.anotherSeeker.client : cast.anotherVolunteer.client;
}

const describeResult = (r: GraphQLResult<unknown>) => `HTTP ${r.status}: ${r.text.slice(0, 400)}`;

function operation(root: RootField, rule: Classification) {
  const built = operationFor(root, (name, type) => minimalValue(name, type, ids));
  return { ...built, variables: { ...built.variables, ...rule.args?.(ids) } };
}

describe('every root field is classified', () => {
  it('the classification names exactly the root fields of server/schema.graphql', () => {
    const unclassified = fields.map((f) => f.key).filter((key) => !(key in CLASSIFICATION));
    expect(unclassified, 'classify these in tests/src/support/authz-classification.ts').toEqual([]);
    const stale = Object.keys(CLASSIFICATION).filter((key) => !fields.some((f) => f.key === key));
    expect(stale, 'these are no longer in the schema').toEqual([]);
  });

  it("the classification agrees with each field's declared access rule", async () => {
    const live = await buildKindredSchema();
    const disagreements = fields.flatMap((f) => {
      const rule = CLASSIFICATION[f.key];
      const declared = accessRuleOf(live, f.kind, f.name);
      if (!rule || !declared) return [`${f.key}: missing`];
      const same =
        (rule.who === 'PUBLIC' && declared.kind === 'public') ||
        (rule.who === 'SIGNED_IN_OWN' && !rule.role && declared.kind === 'signedIn') ||
        (declared.kind === 'roles' &&
          [...declared.roles].sort().join() ===
            (rule.who === 'ADMIN' ? 'ADMIN' : rule.who === 'STAFF_OF_SCHEME' ? [...rule.roles].sort().join() : rule.who === 'SIGNED_IN_OWN' ? (rule.role ?? '') : ''));
      return same ? [] : [`${f.key}: classified ${JSON.stringify(rule)}, declared ${JSON.stringify(declared)}`];
    });
    expect(disagreements).toEqual([]);
  });
});

describe.concurrent.each(callable.map((f) => [f.key, f] as const))('%s', (_key, root) => {
  const rule = CLASSIFICATION[root.key];
  const actors = rule?.onlyAsNobody ? (['nobody'] as ActorName[]) : ACTORS;

  it.each(actors)('as %s', async (actor) => {
    expect(rule, `${root.key} is classified`).toBeDefined();
    if (!rule) return;
    const { query, variables } = operation(root, rule);
    const sent = idsSent(variables, ids);
    calls += 1;
    const result = await clientOf(rule, actor).graphql<Record<string, unknown>>(query, variables);
    const expected = expectedFor(rule, actor, sent.owners || sent.invented);
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    expect(result.status, describeResult(result)).toBeLessThan(500);
    expect(codes, describeResult(result)).not.toContain('INTERNAL_SERVER_ERROR');
    if (expected.allowed) {
      // Minimal arguments may be refused as input; invented ids are not found. Nothing else.
      const acceptable = ['BAD_USER_INPUT', ...(sent.invented ? ['NOT_FOUND'] : []), ...(rule.minimalGets ?? [])];
      for (const code of codes) expect(acceptable, describeResult(result)).toContain(code);
      if (codes.length === 0) expect(result.data?.[root.name], describeResult(result)).toBeDefined();
    } else {
      expect(codes.length, `denied, so an error; ${describeResult(result)}`).toBeGreaterThan(0);
      expect(expected.codes, describeResult(result)).toContain(codes[0]);
      expect(result.data?.[root.name] ?? null, `no data; ${describeResult(result)}`).toBeNull();
    }
  });
});
