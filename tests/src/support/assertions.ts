/** Assertions on GraphQL answers, with failure messages that show what the server said. */
import { expect } from 'vitest';
import type { GraphQLResult } from './graphql-client.ts';

const show = (result: GraphQLResult<unknown>) =>
  `HTTP ${result.status}: ${result.text.length > 600 ? `${result.text.slice(0, 600)}…` : result.text}`;

/** The error codes in an answer, in order. */
export function errorCodes(result: GraphQLResult<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

/** The answer succeeded: no errors, and data is present. */
export function expectSuccess<T>(result: GraphQLResult<T>): T {
  expect(result.errors, show(result)).toBeUndefined();
  expect(result.data, show(result)).toBeTruthy();
  return result.data as T;
}

/** The answer failed, and its first error carries `code` in extensions.code. */
export function expectErrorCode(result: GraphQLResult<unknown>, code: string): void {
  expect(result.errors?.length ?? 0, `expected an error ${code}; ${show(result)}`).toBeGreaterThan(0);
  expect(result.errors?.[0]?.extensions?.code, show(result)).toBe(code);
}

/** A BAD_USER_INPUT answer that names `field` in extensions.fields, with a message to show. */
export function expectFieldProblem(result: GraphQLResult<unknown>, field: string): string {
  expectErrorCode(result, 'BAD_USER_INPUT');
  const problems = result.errors?.[0]?.extensions?.fields ?? [];
  const problem = problems.find((p) => p.field === field);
  expect(problem, `expected extensions.fields to name "${field}"; ${show(result)}`).toBeDefined();
  expect(problem?.message.trim().length, `message for ${field}`).toBeGreaterThan(0);
  return problem?.message ?? '';
}

/** Runs `work` and returns how long it took in milliseconds, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Codes the contract gives a request refused for its shape or size (docs/api-contract-foundation.md). */
export const REJECTION_CODES = ['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'];

/** Refused as a whole before anything ran: no data, and an error with one of REJECTION_CODES. */
export function expectRejected(result: GraphQLResult<unknown>): void {
  expect(result.data ?? null, `nothing ran; ${show(result)}`).toBeNull();
  expect(result.errors?.length ?? 0, `expected an error; ${show(result)}`).toBeGreaterThan(0);
  expect(REJECTION_CODES, show(result)).toContain(result.errors?.[0]?.extensions?.code);
}
