import { useMutation, useQuery } from '@apollo/client/react';
import { normaliseEmail } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { AccountFields } from '../../accounts/AccountFields';
import { checkSignUp, type SignUpField } from '../../accounts/sign-up-form';
import { arrivalState } from '../../app/arrival-notice';
import { problemsFromError } from '../../app/graphql-problems';
import { rememberViewer, useSession } from '../../app/session';
import type { PublicDriveQuery as PublicDriveData } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { LoadProblem, Loading } from '../../ui/page-states';
import { JoinSignUpMutation, PublicDriveQuery } from './operations';
import './drives.css';

type Drive = PublicDriveData['publicDrive'];
type JoinField = Extract<SignUpField, 'displayName' | 'email' | 'password'>;
const IDS: Record<JoinField, string> = { displayName: 'displayName', email: 'email', password: 'password' };

/** A drive's public page: its message, what it looks for, and the volunteer sign-up form. For anyone. */
export function JoinPage() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(PublicDriveQuery, { variables: { code } });
  if (!data && loading) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  const drive = data.publicDrive;
  return (
    <div className="narrow-column">
      <span className="drive-scheme">{drive.schemeName}</span>
      <PageHeading>{drive.title}</PageHeading>
      {drive.open ? null : (
        <Notice title="This drive has closed">
          You can still sign up to volunteer with {drive.schemeName} below. We will be glad to hear from you.
        </Notice>
      )}
      {drive.message.split(/\n+/).map((paragraph, index) => (
        <p key={index} className={index === 0 ? 'lead' : undefined}>
          {paragraph}
        </p>
      ))}
      {drive.lookingFor.length > 0 ? (
        <>
          <h2 className="heading-m">What we are looking for</h2>
          <ul className="drive-sought">
            {drive.lookingFor.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>If that is not quite you, sign up anyway: there are many ways to help.</p>
        </>
      ) : null}
      <JoinForm drive={drive} />
    </div>
  );
}

function JoinForm({ drive }: { drive: Drive }) {
  const session = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [problems, setProblems] = useState<FormProblems<JoinField>>(NO_PROBLEMS);
  const [signUp, { loading }] = useMutation(JoinSignUpMutation, {
    update: (cache, { data }) => data && rememberViewer(cache, data.signUp),
  });
  const set = (field: JoinField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  if (session.state === 'signed-in') {
    return (
      <>
        <h2 className="heading-m">Sign up to volunteer</h2>
        <p>
          You are signed in as {session.viewer.displayName}. To volunteer with {drive.schemeName} as someone new, sign out first.{' '}
          <Link to="/">Go to your home page</Link>.
        </p>
      </>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkSignUp({ role: 'VOLUNTEER', schemeId: drive.schemeId, ...values });
    const fields = { displayName: found.fields.displayName, email: found.fields.email, password: found.fields.password };
    const mine: FormProblems<JoinField> = { fields, general: found.general };
    setProblems(mine);
    if (hasProblems(mine)) return;
    try {
      const input = {
        role: 'VOLUNTEER' as const,
        schemeId: drive.schemeId,
        displayName: values.displayName.trim(),
        email: normaliseEmail(values.email),
        password: values.password,
        recruitmentDriveCode: drive.code,
      };
      await signUp({ variables: { input } });
      await navigate('/', { state: arrivalState('account-created') });
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as JoinField[]));
    }
  }

  return (
    <>
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <h2 className="heading-m">Sign up to volunteer</h2>
      <p>
        You will join {drive.schemeName} as a volunteer. Next you tell us a little about yourself and name two referees;
        we then arrange a DBS check and training with you. Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <AccountFields values={values} onChange={set} errors={problems.fields} />
        <Button pending={loading} pendingText="Creating your account…">
          Sign up to volunteer
        </Button>
      </form>
    </>
  );
}
