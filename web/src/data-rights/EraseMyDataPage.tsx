import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { useSession } from '../app/session';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { LoadProblem, Loading } from '../ui/page-states';
import { SignInFirst } from './SignInFirst';
import { PageHeading } from '../ui/PageHeading';
import { PasswordField } from '../ui/PasswordField';
import { TextField } from '../ui/TextField';
import { EraseMyDataMutation } from './operations';
import { WarningText } from './WarningText';
import { CONFIRM_WORD, KEPT_AFTER_ERASURE } from './words';
import './data-rights.css';

type Field = 'password' | 'confirm';
const IDS: Record<Field, string> = { password: 'password', confirm: 'confirm' };

/** Deleting your own account and data: what goes, what stays, your password and the word "erase". */
export function EraseMyDataPage() {
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [erase, { loading: pending }] = useMutation(EraseMyDataMutation);
  if (session.state === 'loading') return <Loading />;
  if (session.state === 'unavailable') return <LoadProblem error={null} />;
  if (session.state === 'signed-out') return <SignInFirst />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = checkFields<Field>({
      password: () => (password === '' ? 'Enter your password' : null),
      confirm: () => (confirm.trim().toLowerCase() === CONFIRM_WORD ? null : `Type the word ${CONFIRM_WORD} to confirm`),
    });
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await erase({ variables: { input: { password, confirm } } });
    } catch (caught) {
      setProblems(problemsFromError(caught, ['password', 'confirm']));
      return;
    }
    await navigate('/goodbye', { replace: true });
    // Forget everything fetched for them, so nothing of theirs stays on screen or in memory.
    await client.resetStore().catch(() => undefined);
  }

  return (
    <div className="narrow-column">
      <BackLink to="/my-data" />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>Delete your account and data</PageHeading>
      <WarningText>This cannot be undone. You will not be able to sign in again, and we cannot get your details back.</WarningText>
      <h2 className="heading-s">What we delete</h2>
      <ul className="list list--bullet">
        <li>your name, email address, phone number, address and postcode</li>
        <li>what you told us about yourself and what you asked for in your own words</li>
        <li>your messages, and the notes people wrote about you or your matches</li>
        <li>your account, so you are signed out everywhere</li>
      </ul>
      <h2 className="heading-s">What we keep, with no name attached</h2>
      <p>So that schemes can count how many people they help, we keep:</p>
      <ul className="list list--bullet">
        {KEPT_AFTER_ERASURE.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>If you are matched with a volunteer, the match will end, and they will be told only that it has ended.</p>
      <p>
        You may want to <Link to="/my-data">download your data</Link> first.
      </p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <PasswordField id={IDS.password} label="Your password" value={password} onChange={setPassword} error={problems.fields.password} autoComplete="current-password" />
        <TextField
          id={IDS.confirm}
          label={`Type the word “${CONFIRM_WORD}” to confirm`}
          value={confirm}
          onChange={setConfirm}
          error={problems.fields.confirm}
          width="one-half"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <Button className="button--warning" pending={pending} pendingText="Deleting…">
          Delete my account and data
        </Button>
      </form>
    </div>
  );
}
