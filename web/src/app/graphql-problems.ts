import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { FormProblems } from '../ui/form-problems';

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** What a form says for the error codes whose meaning depends on what the person was doing. */
export type ProblemWording = {
  unauthenticated?: string;
  notFound?: string;
  /** Server messages about input fields the form does not show (such as a reset token). */
  hiddenFields?: Record<string, string>;
};

type FieldMessage = { field: string; message: string };

/**
 * Turns a failed operation into problems a form can show. Decisions follow `extensions.code`, as the
 * API contract promises; only BAD_USER_INPUT messages are shown as the server wrote them.
 */
export function problemsFromError<Field extends string>(
  error: unknown,
  formFields: readonly Field[],
  wording: ProblemWording = {},
): FormProblems<Field> {
  const problems: FormProblems<Field> = { fields: {}, general: [] };
  const addGeneral = (message: string) => {
    if (!problems.general.includes(message)) problems.general.push(message);
  };

  if (ServerError.is(error) && error.statusCode === 429) {
    addGeneral(tooManyRequests(undefined));
    return problems;
  }
  if (!CombinedGraphQLErrors.is(error)) {
    addGeneral(SERVICE_PROBLEM);
    return problems;
  }
  for (const graphQLError of error.errors) {
    switch (graphQLError.extensions?.['code']) {
      case 'BAD_USER_INPUT': {
        const messages = fieldMessages(graphQLError);
        if (messages.length === 0) addGeneral(SERVICE_PROBLEM);
        for (const { field, message } of messages) {
          const name = field.split('.').at(-1) ?? field;
          const known = formFields.find((formField) => formField === name);
          if (known) problems.fields[known] ??= message;
          else addGeneral(wording.hiddenFields?.[name] ?? message);
        }
        break;
      }
      case 'UNAUTHENTICATED':
        addGeneral(wording.unauthenticated ?? 'You need to sign in again.');
        break;
      case 'NOT_FOUND':
        addGeneral(wording.notFound ?? SERVICE_PROBLEM);
        break;
      case 'TOO_MANY_REQUESTS':
        addGeneral(tooManyRequests(graphQLError.extensions?.['retryAfterSeconds']));
        break;
      default:
        addGeneral(SERVICE_PROBLEM);
    }
  }
  return problems;
}

function fieldMessages(error: GraphQLFormattedError): FieldMessage[] {
  const fields = error.extensions?.['fields'];
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (item): item is FieldMessage => typeof item?.field === 'string' && typeof item?.message === 'string',
  );
}

function tooManyRequests(retryAfterSeconds: unknown): string {
  if (typeof retryAfterSeconds !== 'number' || retryAfterSeconds <= 0) {
    return 'You have tried too many times. Wait a few minutes, then try again.';
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `You have tried too many times. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, then try again.`;
}
