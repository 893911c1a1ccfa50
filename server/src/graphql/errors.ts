import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from './database-unavailable.js';

/** The stable codes clients switch on. Messages are for people; codes are for programs. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export type FieldProblem = { field: string; message: string };

/** A domain error with a stable code, safe to show to the person who caused it. */
export class KindredError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'KindredError';
  }
}

/** Bad input, naming each field that is wrong. The first field's message becomes the error's message. */
export function badInput(fields: FieldProblem[]): KindredError {
  return new KindredError(ErrorCode.BAD_USER_INPUT, fields[0]?.message ?? 'Check your answers', { fields });
}

/** Collects field problems from the shared rules and throws once, naming every wrong field. */
export function assertValid(checks: Record<string, string | null>): void {
  const fields = Object.entries(checks)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([field, message]) => ({ field, message }));
  if (fields.length > 0) throw badInput(fields);
}

export const notSignedIn = () => new KindredError(ErrorCode.UNAUTHENTICATED, 'You need to sign in to do that');
export const forbidden = () => new KindredError(ErrorCode.FORBIDDEN, 'You do not have permission to do that');
/** Used for objects that do not exist and for objects the caller may not see: the two must look alike. */
export const notFound = (what = 'That') => new KindredError(ErrorCode.NOT_FOUND, `${what} could not be found`);

type ValidationErrorLike = { property: string; constraints?: Record<string, string>; children?: ValidationErrorLike[] };

function flattenValidation(errors: ValidationErrorLike[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

/**
 * Shapes every error that leaves the API: known codes pass through; argument validation is turned
 * into field problems; anything unexpected becomes a generic message outside development, so no
 * stack trace, SQL or internal text ever reaches a client.
 */
const DATABASE_UNAVAILABLE = 'Kindred cannot reach its records just now. Please try again in a minute.';

/**
 * The database could not be reached before any resolver ran (looking up the session): the answer
 * is HTTP 503 with SERVICE_UNAVAILABLE, as when a resolver meets the same outage, not a 500.
 */
export function unavailableBeforeResolving(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  throw new KindredError(ErrorCode.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE, { http: { status: 503 } });
}

export function formatError(options: { exposeInternals: boolean; onUnexpected: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof KindredError) {
      return { ...formatted, message: original.message, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.code;
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } } | null)?.extensions
      ?.validationErrors;
    if (Array.isArray(validationErrors)) {
      const fields = flattenValidation(validationErrors);
      return { message: fields[0]?.message ?? 'Check your answers', path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
    }
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      // Parse, validation and limit errors from GraphQL itself and its guards: safe to pass on.
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: options.exposeInternals ? formatted.extensions : extensions };
    }
    options.onUnexpected(original);
    if (isDatabaseUnavailable(original)) {
      return { message: DATABASE_UNAVAILABLE, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    if (options.exposeInternals) return formatted;
    return {
      message: 'Something went wrong on our side. Please try again in a moment.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
