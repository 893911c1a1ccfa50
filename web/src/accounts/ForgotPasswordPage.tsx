import { useMutation } from '@apollo/client/react';
import { emailProblem, normaliseEmail } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { TextField } from '../ui/TextField';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

type Field = 'email';
const FIELD_IDS: Record<Field, string> = { email: 'email' };

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkFields<Field>({ email: () => emailProblem(email) });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await requestReset({ variables: { input: { email: normaliseEmail(email) } } });
      setSent(true);
    } catch (error) {
      setProblems(problemsFromError(error, ['email']));
    }
  }

  if (sent) {
    return (
      <div className="narrow-column">
        <PageHeading view="sent">Check your email</PageHeading>
        {/* The same words whether or not an account exists, so nobody can learn who has one. */}
        <p>
          If there is an account for that email, we have sent a link to reset the password. The link works for
          30 minutes.
        </p>
        <p>If the email does not arrive in a few minutes, look in your spam or junk folder.</p>
        <p>
          <Button type="button" variant="secondary" onClick={() => setSent(false)}>
            Send another link
          </Button>
        </p>
        <p>
          <Link to="/sign-in">Go back to sign in</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow-column">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>Reset your password</PageHeading>
      <p>Enter the email address you use for Kindred. We will send you a link to set a new password.</p>
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
        <Button pending={loading} pendingText="Sending the link…">
          Send the link
        </Button>
      </form>
    </div>
  );
}
