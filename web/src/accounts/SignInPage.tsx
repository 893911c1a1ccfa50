import { useMutation } from '@apollo/client/react';
import { emailProblem, normaliseEmail } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { rememberViewer } from '../app/session';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { PasswordField } from '../ui/PasswordField';
import { TextField } from '../ui/TextField';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...ViewerFields
    }
  }
`);

type Field = 'email' | 'password';
const FIELD_IDS: Record<Field, string> = { email: 'email', password: 'password' };

export function SignInPage() {
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [signIn, { loading }] = useMutation(SignInMutation, {
    update: (cache, { data }) => data && rememberViewer(cache, data.signIn),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkFields<Field>({
      email: () => emailProblem(email),
      password: () => (password === '' ? 'Enter your password' : null),
    });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      const { data } = await signIn({ variables: { input: { email: normaliseEmail(email), password } } });
      const twoFactor = data?.signIn.twoFactor;
      // With an authenticator the page itself turns into the code step (Layout); staff without one set it up first.
      if (twoFactor?.enabled && !twoFactor.verified) return;
      await navigate(twoFactor?.required && !twoFactor.enabled ? '/two-factor/setup' : '/');
    } catch (error) {
      setProblems(
        problemsFromError(error, Object.keys(FIELD_IDS) as Field[], {
          unauthenticated: 'The email address or password is not right. Check them and try again.',
        }),
      );
    }
  }

  return (
    <div className="narrow-column">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>Sign in</PageHeading>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={FIELD_IDS.email}
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={problems.fields.email}
        />
        <PasswordField
          id={FIELD_IDS.password}
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={problems.fields.password}
        />
        <Button pending={loading} pendingText="Signing in…">
          Sign in
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">I have forgotten my password</Link>
      </p>
      <h2 className="heading-m">If you do not have an account</h2>
      <p>
        <Link to="/sign-up">Create an account</Link> to find company or to volunteer.
      </p>
    </div>
  );
}
