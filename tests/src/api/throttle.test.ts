import { afterAll, describe, expect, it } from 'vitest';
import { errorCodes, expectErrorCode, REJECTION_CODES } from '../support/assertions.ts';
import { signUp } from '../support/factories.ts';
import type { GraphQLResult } from '../support/graphql-client.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

/** More wrong guesses than any sensible limit allows a person who mistyped. */
const GUESSES = 30;

function signInAs(email: string, password: string) {
  return kindred.person('attacker').graphql(SIGN_IN, { input: { email, password } });
}

/** One request holding `passwords.length` aliased signIn mutations. */
function aliasedSignIns(email: string, passwords: string[]) {
  const fields = passwords.map((password, i) => `a${i}: signIn(input: { email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)} }) { id }`);
  return kindred.person('attacker').graphql<Record<string, { id: string } | null>>(`mutation { ${fields.join('\n')} }`);
}

/** Guesses wrong passwords one request at a time until the throttle answers (or GUESSES run out). */
async function guessUntilThrottled(email: string): Promise<(string | undefined)[]> {
  const codes: (string | undefined)[] = [];
  for (let i = 0; i < GUESSES && !codes.includes('TOO_MANY_REQUESTS'); i++) {
    codes.push(...errorCodes(await signInAs(email, `wrong guess ${i}`)));
  }
  return codes;
}

function expectStillThrottled(result: GraphQLResult<unknown>) {
  expectErrorCode(result, 'TOO_MANY_REQUESTS');
  expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
}

/** No alias signed in, and every error is a refusal: wrong password, throttled, or the request refused whole. */
function expectNoAliasSucceeded(result: GraphQLResult<Record<string, { id: string } | null>>) {
  const signedIn = Object.entries(result.data ?? {}).filter(([, viewer]) => viewer);
  expect(signedIn, 'no aliased sign-in succeeded').toEqual([]);
  expect(result.errors?.length, 'the answer carries errors').toBeGreaterThan(0);
  for (const code of errorCodes(result)) {
    expect(['UNAUTHENTICATED', 'TOO_MANY_REQUESTS', ...REJECTION_CODES]).toContain(code);
  }
}

describe('sign-in throttle', () => {
  it('stops many wrong passwords for one account, and then refuses even the right one for a while', async () => {
    const { details } = await signUp(kindred, 'SEEKER');

    const codes = await guessUntilThrottled(details.email);

    expect(codes[0]).toBe('UNAUTHENTICATED');
    expect(codes.at(-1), `throttled within ${GUESSES} wrong guesses`).toBe('TOO_MANY_REQUESTS');
    expectStillThrottled(await signInAs(details.email, details.password));
    expectStillThrottled(await signInAs(details.email, details.password));
  });

  it('does not let a guess aliased into one request past the throttle', async () => {
    const { details } = await signUp(kindred, 'SEEKER');
    await guessUntilThrottled(details.email);

    expectNoAliasSucceeded(await aliasedSignIns(details.email, Array.from({ length: 5 }, () => details.password)));
    expectStillThrottled(await signInAs(details.email, details.password));
  });

  it('lets none of 100 aliased sign-ins through, even with the right password among them', async () => {
    const { details } = await signUp(kindred, 'VOLUNTEER');
    const guesses = [...Array.from({ length: 99 }, (_, i) => `wrong guess ${i}`), details.password];

    expectNoAliasSucceeded(await aliasedSignIns(details.email, guesses));

    await guessUntilThrottled(details.email);
    expectNoAliasSucceeded(await aliasedSignIns(details.email, Array.from({ length: 100 }, () => details.password)));
    expectStillThrottled(await signInAs(details.email, details.password));
  });
});
