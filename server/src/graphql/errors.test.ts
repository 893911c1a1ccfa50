import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertValid, badInput, formatError, KindredError } from './errors.js';

const shape = (exposeInternals: boolean) => {
  const unexpected: unknown[] = [];
  return { format: formatError({ exposeInternals, onUnexpected: (e) => unexpected.push(e) }), unexpected };
};

describe('errors that leave the API', () => {
  it('tells people to try again when the database cannot be reached, and still logs it', () => {
    const { format, unexpected } = shape(false);
    const causes = [
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      new Error('wrapped', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) }),
    ];
    for (const cause of causes) {
      const out = format({ message: cause.message, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, cause);
      expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(out.message).toMatch(/try again/);
    }
    expect(unexpected).toEqual(causes);
    const other = new Error('duplicate key value violates unique constraint');
    expect(format({ message: other.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, other).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('hides what went wrong inside, outside development, and keeps it for the log', () => {
    const { format, unexpected } = shape(false);
    const internal = new Error('duplicate key value violates unique constraint "person_account_email_unique"');
    const out = format({ message: internal.message, path: ['signUp'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, internal);
    expect(out.message).not.toMatch(/constraint|person_account/);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(unexpected).toEqual([internal]);
  });

  it('passes on domain errors with their code and extra facts', () => {
    const { format, unexpected } = shape(false);
    const error = new KindredError('TOO_MANY_REQUESTS', 'Wait 15 minutes', { retryAfterSeconds: 900 });
    const out = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(out.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 900 });
    expect(unexpected).toEqual([]);
  });

  it('turns argument validation into named fields', () => {
    const { format } = shape(false);
    const error = new GraphQLError('Argument Validation Error', {
      extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ property: 'input', children: [{ property: 'name', constraints: { maxLength: 'Name is too long' } }] }] },
    });
    const out = format({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message: 'Name is too long' }] });
  });

  it('never sends a stack trace outside development', () => {
    const { format } = shape(false);
    const error = new GraphQLError('Syntax Error: Unexpected Name "mee"', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const out = format({ message: error.message, extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at parse'] } }, error);
    expect(out.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});

describe('checking input', () => {
  it('names every wrong field at once, the first as the message', () => {
    let error: KindredError | undefined;
    try {
      assertValid({ email: 'Enter your email address', password: null, displayName: 'Enter a name' });
    } catch (e) {
      error = e as KindredError;
    }
    expect(error?.message).toBe('Enter your email address');
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'email', message: 'Enter your email address' },
        { field: 'displayName', message: 'Enter a name' },
      ],
    });
  });

  it('passes when nothing is wrong', () => {
    expect(() => assertValid({ email: null })).not.toThrow();
    expect(badInput([{ field: 'x', message: 'm' }]).extensions.code).toBe('BAD_USER_INPUT');
  });
});
