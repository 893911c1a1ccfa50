import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { reconnectLiveUpdates } from '../../app/apollo';
import { problemsFromError } from '../../app/graphql-problems';
import { ViewerQuery } from '../../app/session';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import './two-factor.css';

const ConfirmTwoFactorSetupMutation = graphql(`
  mutation ConfirmTwoFactorSetup($code: String!) {
    confirmTwoFactorSetup(code: $code)
  }
`);

export type Setup = { secret: string; otpauthUri: string; qrSvg: string };

type Field = 'code';
const FIELD_IDS: Record<Field, string> = { code: 'setup-code' };

/** The key in groups of four, as apps and people read it more easily: "ABCD EFGH …". */
export function groupedKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

export function ConfirmSetupForm({ setup, onConfirmed }: { setup: Setup; onConfirmed: (recoveryCodes: string[]) => void }) {
  const [code, setCode] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [confirm, { loading }] = useMutation(ConfirmTwoFactorSetupMutation, {
    // The session now counts staff roles: read the viewer again so every page knows.
    refetchQueries: [ViewerQuery],
  });
  const qrCode = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const typed = code.replace(/\s/g, '');
    const problem = typed === '' ? 'Enter the 6-digit code your app shows' : /^\d{6}$/.test(typed) ? null : 'The code is 6 digits. Enter the code your app shows now.';
    setProblems(problem ? { fields: { code: problem }, general: [] } : NO_PROBLEMS);
    if (problem) return;
    try {
      const { data } = await confirm({ variables: { code: typed } });
      reconnectLiveUpdates();
      if (data) onConfirmed(data.confirmTwoFactorSetup);
    } catch (error) {
      setProblems(problemsFromError(error, ['code']));
    }
  }

  return (
    <div className="narrow-column">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
      <PageHeading hasErrors={hasProblems(problems)} view="scan">
        Add Kindred to your authenticator app
      </PageHeading>
      <h2 className="heading-m">1. Scan the QR code</h2>
      <p>In your authenticator app, choose to add an account, then scan this code with your phone’s camera.</p>
      <img className="qr-code" src={qrCode} width="200" height="200" alt="QR code for adding Kindred to an authenticator app. If you cannot scan it, enter the key below instead." />
      <h2 className="heading-m">Or enter the key yourself</h2>
      <p>If you cannot scan the code, choose to enter a key in your app, and type or paste this key:</p>
      <p className="two-factor-key" id="two-factor-key">
        {groupedKey(setup.secret)}
      </p>
      <p>If the app asks, the key is time-based and the code is 6 digits long.</p>
      <h2 className="heading-m">2. Enter the code your app shows</h2>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={FIELD_IDS.code}
          label="Enter the 6-digit code your app shows"
          hint="The code changes every 30 seconds. You can paste it."
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          width="one-half"
          value={code}
          onChange={setCode}
          error={problems.fields.code}
        />
        <Button pending={loading} pendingText="Checking the code…">
          Turn on two-factor sign-in
        </Button>
      </form>
    </div>
  );
}
