/**
 * Reading answers as the web app would: GraphQL errors come back with HTTP 200, so every body is
 * parsed and an answer counts as a success only with data and no errors.
 */
import type { Ack, Verdict } from './driver.ts';
import type { Answer } from './http-client.ts';

/** Marks an answer that came back but was wrong (the wrong match, a missing conversation): never acceptable, loaded or not. */
export const WRONG = 'wrong answer: ';

export type GraphQLBody = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

/** The body of a successful answer, or what went wrong in a few words ("NOT_FOUND: That match", "ECONNREFUSED"). */
export function readAnswer(answer: Answer): { data: Record<string, unknown> } | { problem: string } {
  if (answer.failure) return { problem: answer.failure };
  let body: GraphQLBody;
  try {
    body = JSON.parse(answer.text) as GraphQLBody;
  } catch {
    return { problem: `HTTP ${answer.status}, not JSON` };
  }
  const error = body.errors?.[0];
  if (error) return { problem: `${error.extensions?.code ?? 'no code'}: ${error.message.slice(0, 120)}` };
  if (answer.status !== 200) return { problem: `HTTP ${answer.status}` };
  if (!body.data) return { problem: 'no data' };
  return { data: body.data };
}

/**
 * A verdict on an answer: a success needs data, no errors, and `check` (if given) to find nothing
 * wrong with the data; `ack` names the write a success stands for.
 */
export function verdict(
  answer: Answer,
  check?: (data: Record<string, unknown>) => string | null,
  ack?: (data: Record<string, unknown>, answer: Answer) => Ack | undefined,
): Verdict {
  const read = readAnswer(answer);
  if ('problem' in read) return { ok: false, problem: read.problem };
  const wrong = check?.(read.data);
  if (wrong) return { ok: false, problem: `${WRONG}${wrong}` };
  const acknowledged = ack?.(read.data, answer);
  return acknowledged ? { ok: true, ack: acknowledged } : { ok: true };
}
