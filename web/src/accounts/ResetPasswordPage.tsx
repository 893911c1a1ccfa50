import { useApolloClient, useMutation } from '@apollo/client/react';
import { newPasswordProblem } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { PasswordField } from '../ui/PasswordField';
import { NEW_PASSWORD_HINT } from './password-hint';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

type Field = 'newPassword';
const FIELD_IDS: Record<Field, string> = { newPassword: 'newPassword' };
const LINK_NOT_WORKING = 'This link has expired or has already been used. Ask for a new link to reset your password.';

export function ResetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [done, setDone] = useState(false);
  if (done) return <PasswordChanged />;
  if (token === '') return <LinkNotComplete />;
  return <NewPasswordForm token={token} onDone={() => setDone(true)} />;
}

function NewPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const client = useApolloClient();
  const [newPassword, setNewPassword] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkFields<Field>({ newPassword: () => newPasswordProblem(newPassword) });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await resetPassword({ variables: { input: { token, newPassword } } });
      // A reset ends every session of that person, this browser's included.
      await client.resetStore().catch(() => undefined);
      onDone();
    } catch (error) {
      setProblems(
        problemsFromError(error, ['newPassword'], { notFound: LINK_NOT_WORKING, hiddenFields: { token: LINK_NOT_WORKING } }),
      );
    }
  }

  const linkProblem = problems.general.includes(LINK_NOT_WORKING);
  return (
    <div className="narrow-column">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>Create a new password</PageHeading>
      {linkProblem ? (
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      ) : null}
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <PasswordField
          id={FIELD_IDS.newPassword}
          label="New password"
          hint={NEW_PASSWORD_HINT}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={problems.fields.newPassword}
        />
        <Button pending={loading} pendingText="Saving your new password…">
          Save new password
        </Button>
      </form>
    </div>
  );
}

function PasswordChanged() {
  return (
    <div className="narrow-column">
      <PageHeading view="changed">Your password has been changed</PageHeading>
      <p>For your safety, we have signed you out of Kindred on all your devices.</p>
      <p>
        <Link to="/sign-in">Sign in with your new password</Link>
      </p>
    </div>
  );
}

function LinkNotComplete() {
  return (
    <div className="narrow-column">
      <PageHeading>This link does not work</PageHeading>
      <p>The link to reset your password is not complete. If you copied it from an email, check you copied all of it.</p>
      <p>
        <Link to="/forgot-password">Ask for a new link</Link>
      </p>
    </div>
  );
}
