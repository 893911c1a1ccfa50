import { useMutation } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import type { UpdateMyAboutMeInput } from '../../gql/graphql';
import type { FormProblems } from '../../ui/form-problems';
import { MySupportQuery, UpdateMyAboutMeMutation } from '../operations';
import { doneState } from '../page-states';
import { neighbours, stepPath, type AboutMeStep } from './steps';

/**
 * Saves one question's answers and moves on: to the next question, or back to the summary when the
 * person came to change one answer. Returns the problems to show when the save is refused.
 */
export function useAboutMeSave(step: AboutMeStep) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromSummary = params.get('from') === 'summary';
  const [update, { loading }] = useMutation(UpdateMyAboutMeMutation, {
    refetchQueries: [{ query: MySupportQuery }],
    awaitRefetchQueries: true,
  });

  async function save<Field extends string>(input: UpdateMyAboutMeInput, fields: readonly Field[]): Promise<FormProblems<Field> | null> {
    if (loading) return null;
    try {
      await update({ variables: { input } });
    } catch (error) {
      return problemsFromError(error, fields);
    }
    const { next } = neighbours(step);
    if (fromSummary || !next) await navigate('/my-support', { state: doneState('Your answers have been saved.') });
    else await navigate(stepPath(next));
    return null;
  }

  const { previous } = neighbours(step);
  const back = fromSummary || !previous ? '/my-support' : stepPath(previous);
  return { save, saving: loading, back, fromSummary };
}
