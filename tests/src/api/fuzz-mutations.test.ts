/**
 * Fuzz (SECURITY.md "injection strings, RTL overrides and 10 kB of emoji in every text input"): for
 * every mutation of server/schema.graphql, send hostile strings, huge numbers, huge lists and values
 * of the wrong type into each of its string, number, ID and list arguments (found from the schema's
 * input types), as the person the mutation is for. Every answer is success or a clean GraphQL error
 * with an extensions.code: never HTTP 500, never INTERNAL_SERVER_ERROR; /healthz stays 200 after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { CLASSIFICATION } from '../support/authz-classification.ts';
import { ownerRole } from '../support/authz-expectations.ts';
import { HOSTILE_NUMBERS, hostileString, pick, seeded, WRONG_TYPES } from '../support/authz-hostile-values.ts';
import { loadPublishedSchema, minimalValue, operationFor, rootFields, type OwnerIds, type RootField } from '../support/authz-operations.ts';
import { startTestKindred, type Person } from '../support/kindred.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

const RUNS_PER_MUTATION = 10;
const SEED = Number(process.env.KINDRED_FUZZ_SEED ?? 20_261_207);
const mutations = rootFields(loadPublishedSchema()).filter((f) => f.kind === 'Mutation');

let cast: Cast;
let ids: OwnerIds;
let cases = 0;

beforeAll(async () => {
  cast = await buildCast(kindred);
  const mine = expectSuccess(await cast.volunteer.client.graphql<{ myVolunteering: { id: string }[] }>('{ myVolunteering { id } }'));
  ids = { schemeId: cast.scheme.id, volunteerId: mine.myVolunteering[0]?.id, userId: cast.volunteer.viewer.id };
}, 60_000);

afterAll(() => console.log(`fuzz: ${cases} cases over ${mutations.length} mutations (seed ${SEED})`));

type Leaf = { path: string[]; kind: 'string' | 'number' | 'list'; type: GraphQLInputType };

/** Every string, number, ID and list place in a field's arguments, optional ones included. */
function leavesOf(root: RootField): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (path: string[], type: GraphQLInputType, depth: number) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      leaves.push({ path, kind: 'list', type: inner.ofType });
      return;
    }
    const named = getNamedType(inner);
    if (isInputObjectType(named)) {
      if (depth < 4) for (const field of Object.values(named.getFields())) visit([...path, field.name], field.type, depth + 1);
      return;
    }
    if (named.name === 'Int' || named.name === 'Float') leaves.push({ path, kind: 'number', type });
    if (named.name === 'String' || named.name === 'ID') leaves.push({ path, kind: 'string', type });
  };
  for (const arg of root.field.args) visit([arg.name], arg.type, 0);
  return leaves;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

function hostileFor(leaf: Leaf, random: () => number): unknown {
  if (random() < 0.2) return pick(random, WRONG_TYPES);
  if (leaf.kind === 'string') return hostileString(random);
  if (leaf.kind === 'number') return pick(random, HOSTILE_NUMBERS);
  const item = minimalValue(leaf.path.at(-1) ?? '', leaf.type, ids);
  return Array.from({ length: random() < 0.5 ? 5_000 : 0 }, () => item);
}

function callerFor(root: RootField): Person {
  const rule = CLASSIFICATION[root.key];
  if (!rule || rule.onlyAsNobody || rule.who === 'PUBLIC') return kindred.person('fuzzer');
  const role = ownerRole(rule);
  return { SEEKER: cast.seeker, VOLUNTEER: cast.volunteer, LINK_WORKER: cast.linkWorker, COMMUNITY_BUILDER: cast.communityBuilder, ADMIN: cast.admin }[role].client;
}

// Mutations that would end the fuzzer's own session or identity are sent signed out (callerFor).
describe.concurrent.each(mutations.map((m) => [m.key, m] as const))('%s', (_key, root) => {
  const leaves = leavesOf(root);
  it.skipIf(leaves.length === 0)('answers hostile arguments cleanly', async () => {
    const random = seeded(SEED + root.name.length * 7919 + root.name.charCodeAt(0));
    const client = callerFor(root);
    for (let run = 0; run < RUNS_PER_MUTATION; run++) {
      const leaf = pick(random, leaves);
      const built = operationFor(root, (name, type) => minimalValue(name, type, ids));
      const variables = { ...built.variables, ...CLASSIFICATION[root.key]?.args?.(ids) };
      const value = hostileFor(leaf, random);
      setPath(variables, leaf.path, value);
      cases += 1;
      const result = await client.graphql<Record<string, unknown>>(built.query, variables);
      const shown = `${leaf.path.join('.')} = ${JSON.stringify(value)?.slice(0, 80)}; HTTP ${result.status}: ${result.text.slice(0, 300)}`;
      expect(result.status, shown).toBeLessThan(500);
      for (const error of result.errors ?? []) {
        expect(error.extensions?.code, shown).toBeTypeOf('string');
        expect(error.extensions?.code, shown).not.toBe('INTERNAL_SERVER_ERROR');
      }
      if (!result.errors) expect(result.data?.[root.name], shown).toBeDefined();
    }
  });
});

describe('defects the fuzz found, kept as regressions', () => {
  it('updateMyAboutMe with contact.phone: null removes the number instead of failing', async () => {
    const root = mutations.find((m) => m.name === 'updateMyAboutMe');
    if (!root) return;
    const built = operationFor(root, (name, type) => minimalValue(name, type, ids));
    setPath(built.variables, ['input', 'contact', 'phone'], null);
    const result = await cast.seeker.client.graphql(built.query, built.variables);
    expect(result.errors?.[0]?.extensions?.code ?? 'none', result.text).not.toBe('INTERNAL_SERVER_ERROR');
    expect(result.status).toBe(200);
  });
});

describe('after the fuzz', () => {
  it('is healthy', async () => {
    expect((await kindred.person().fetch('/healthz')).status).toBe(200);
  });

  it('stores a hostile display name exactly, or refuses it', async () => {
    const random = seeded(SEED);
    for (let i = 0; i < 10; i++) {
      const displayName = hostileString(random);
      const person = kindred.person('hostile name');
      const email = `fuzz-${i}-${SEED}@example.org`;
      const result = await person.graphql<{ signUp: { displayName: string } }>(
        'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { displayName } }',
        { input: { email, password: 'correct horse battery staple', displayName, schemeId: cast.scheme.id, role: 'SEEKER' } },
      );
      cases += 1;
      if (result.errors) {
        expect(result.errors[0]?.extensions?.code, result.text.slice(0, 300)).toBe('BAD_USER_INPUT');
        continue;
      }
      const me = expectSuccess(await person.graphql<{ me: { displayName: string } }>('{ me { displayName } }')).me;
      // Lone surrogates are not Unicode; PostgreSQL keeps U+FFFD instead, the only change allowed
      // (signUp's own answer still echoes the lone surrogate: reported).
      const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
      expect(wellFormed(me.displayName)).toBe(wellFormed(result.data?.signUp.displayName ?? ''));
      expect(wellFormed(me.displayName)).toBe(wellFormed(displayName.trim()));
    }
  });
});
