import { useMutation, useQuery } from '@apollo/client/react';
import { normaliseEmail } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { arrivalState } from '../app/arrival-notice';
import { problemsFromError, SERVICE_PROBLEM } from '../app/graphql-problems';
import { rememberViewer } from '../app/session';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { RadioGroup } from '../ui/RadioGroup';
import { AccountFields } from './AccountFields';
import { SchemeField, type SchemeChoice } from './SchemeField';
import { checkSignUp, EMPTY_SIGN_UP, SIGN_UP_FIELD_IDS as IDS, type SignUpField, type SignUpValues } from './sign-up-form';

const SchemesQuery = graphql(`
  query SignUpSchemes {
    schemes {
      id
      name
      area
    }
  }
`);

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...ViewerFields
    }
  }
`);

const ROLE_OPTIONS = [
  {
    value: 'SEEKER',
    label: 'I am looking for company',
    hint: 'A volunteer can keep in touch with you, or go with you to an activity near you.',
  },
  {
    value: 'VOLUNTEER',
    label: 'I want to volunteer',
    hint: 'Spend time with someone, or go with them to an activity. We will ask for references and a DBS check.',
  },
] as const;

export function SignUpPage() {
  const { data, error } = useQuery(SchemesQuery);
  const schemes = data?.schemes;
  return (
    <div className="narrow-column">
      {schemes && schemes.length > 0 ? (
        <SignUpForm schemes={schemes} />
      ) : (
        <>
          <PageHeading>Create an account</PageHeading>
          {schemes ? (
            <p>No local schemes are taking new accounts at the moment. Try again another day.</p>
          ) : (
            <p role="status">{error ? SERVICE_PROBLEM : 'Loading…'}</p>
          )}
        </>
      )}
    </div>
  );
}

function SignUpForm({ schemes }: { schemes: readonly SchemeChoice[] }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<SignUpValues>(EMPTY_SIGN_UP);
  const [problems, setProblems] = useState<FormProblems<SignUpField>>(NO_PROBLEMS);
  const [signUp, { loading }] = useMutation(SignUpMutation, {
    update: (cache, { data }) => data && rememberViewer(cache, data.signUp),
  });
  const set = (field: SignUpField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const schemeId = schemes.length === 1 && schemes[0] ? schemes[0].id : values.schemeId;
    const found = checkSignUp({ ...values, schemeId });
    setProblems(found);
    if (hasProblems(found) || values.role === '') return;
    const { role, displayName, email, password } = values;
    try {
      const input = { role, schemeId, displayName: displayName.trim(), email: normaliseEmail(email), password };
      await signUp({ variables: { input } });
      await navigate('/', { state: arrivalState('account-created') });
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as SignUpField[]));
    }
  }

  return (
    <>
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>Create an account</PageHeading>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup
          name={IDS.role}
          legend="What would you like to do?"
          options={ROLE_OPTIONS}
          value={values.role}
          onChange={set('role')}
          error={problems.fields.role}
        />
        <SchemeField
          id={IDS.schemeId}
          schemes={schemes}
          value={values.schemeId}
          onChange={set('schemeId')}
          error={problems.fields.schemeId}
        />
        <AccountFields values={values} onChange={set} errors={problems.fields} />
        <Button pending={loading} pendingText="Creating your account…">
          Create account
        </Button>
      </form>
    </>
  );
}
