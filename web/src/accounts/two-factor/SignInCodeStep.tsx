import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { reconnectLiveUpdates } from '../../app/apollo';
import { problemsFromError } from '../../app/graphql-problems';
import { rememberViewer } from '../../app/session';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';

const VerifySignInCodeMutation = graphql(`
  mutation VerifySignInCode($code: String!) {
    verifySignInCode(code: $code) {
      ...ViewerFields
    }
  }
`);

const CancelSignInMutation = graphql(`
  mutation CancelSignIn {
    signOut
  }
`);

type Field = 'code';
const FIELD_IDS: Record<Field, string> = { code: 'code' };

export const APP_CODE_LABEL = 'Enter the 6-digit code from your authenticator app';
const RECOVERY_CODE_LABEL = 'Enter one of your recovery codes';

function codeProblem(code: string, recovery: boolean): string | null {
  const typed = code.replace(/\s/g, '');
  if (recovery) return typed === '' ? 'Enter one of your recovery codes' : null;
  if (typed === '') return APP_CODE_LABEL;
  return /^\d{6}$/.test(typed) ? null : 'The code is 6 digits. Enter the code your authenticator app shows now.';
}

/**
 * The second step of signing in, shown in place of any page while the password has been accepted
 * and the code has not. Paste is allowed and nothing has to be remembered or worked out (WCAG 3.3.8).
 */
export function SignInCodeStep() {
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [verify, { loading }] = useMutation(VerifySignInCodeMutation, {
    update: (cache, { data }) => data && rememberViewer(cache, data.verifySignInCode),
  });
  const [cancel, { loading: cancelling }] = useMutation(CancelSignInMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const problem = codeProblem(code, recovery);
    setProblems(problem ? { fields: { code: problem }, general: [] } : NO_PROBLEMS);
    if (problem) return;
    try {
      await verify({ variables: { code: recovery ? code.trim() : code.replace(/\s/g, '') } });
      reconnectLiveUpdates();
      if (location.pathname === '/sign-in') await navigate('/');
    } catch (error) {
      setProblems(problemsFromError(error, ['code'], { unauthenticated: 'Your sign-in has timed out. Cancel, then sign in again.' }));
    }
  }

  function switchKind() {
    setRecovery(!recovery);
    setCode('');
    setProblems(NO_PROBLEMS);
    // The field keeps its id: put the person back in it, now asking for the other kind of code.
    requestAnimationFrame(() => document.getElementById(FIELD_IDS.code)?.focus());
  }

  async function handleCancel() {
    if (cancelling) return;
    await cancel().catch(() => undefined);
    await client.resetStore().catch(() => undefined);
    await navigate('/sign-in');
  }

  return (
    <div className="narrow-column">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
      <PageHeading hasErrors={hasProblems(problems)} view="sign-in-code">
        Enter your sign-in code
      </PageHeading>
      {recovery ? (
        <p>Use one of the recovery codes you saved when you set up two-factor sign-in. Each code works once.</p>
      ) : (
        <p>Your account has two-factor sign-in. Open your authenticator app to see the code for Kindred.</p>
      )}
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        {recovery ? (
          <TextField
            key="recovery"
            id={FIELD_IDS.code}
            label={RECOVERY_CODE_LABEL}
            hint="It looks like abcd-efgh-jkmn. You can paste it."
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            value={code}
            onChange={setCode}
            error={problems.fields.code}
          />
        ) : (
          <TextField
            key="app"
            id={FIELD_IDS.code}
            label={APP_CODE_LABEL}
            hint="The code changes every 30 seconds. You can paste it."
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            width="one-half"
            value={code}
            onChange={setCode}
            error={problems.fields.code}
          />
        )}
        <Button pending={loading} pendingText="Checking the code…">
          Continue
        </Button>
      </form>
      <p>
        <Button type="button" variant="link" onClick={switchKind}>
          {recovery ? 'Use a code from your authenticator app instead' : 'Use a recovery code instead'}
        </Button>
      </p>
      <p>
        <Button type="button" variant="link" pending={cancelling} pendingText="Cancelling…" onClick={() => void handleCancel()}>
          Cancel signing in
        </Button>
      </p>
    </div>
  );
}
