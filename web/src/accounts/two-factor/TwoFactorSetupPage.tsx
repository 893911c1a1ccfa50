import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { Loading } from '../../ui/page-states';
import { ConfirmSetupForm, type Setup } from './ConfirmSetupForm';
import { RecoveryCodes } from './RecoveryCodes';

const StartTwoFactorSetupMutation = graphql(`
  mutation StartTwoFactorSetup {
    startTwoFactorSetup {
      secret
      otpauthUri
      qrSvg
    }
  }
`);

/** /two-factor/setup: add Kindred to an authenticator app, confirm with a code, save the recovery codes. */
export function TwoFactorSetupPage() {
  const session = useSession();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} />;
  if (session.state === 'loading') return <Loading />;
  if (session.state !== 'signed-in') {
    return (
      <>
        <PageHeading>Set up two-factor sign-in</PageHeading>
        <p>
          <Link to="/sign-in">Sign in</Link> to set up two-factor sign-in.
        </p>
      </>
    );
  }
  if (session.viewer.twoFactor.enabled) return <AlreadyOn />;
  if (setup) return <ConfirmSetupForm setup={setup} onConfirmed={setRecoveryCodes} />;
  return <Introduction required={session.viewer.twoFactor.required} onStarted={setSetup} />;
}

function Introduction({ required, onStarted }: { required: boolean; onStarted: (setup: Setup) => void }) {
  const [problems, setProblems] = useState<FormProblems<never>>(NO_PROBLEMS);
  const [start, { loading }] = useMutation(StartTwoFactorSetupMutation);

  async function handleStart() {
    if (loading) return;
    try {
      const { data } = await start();
      if (data) onStarted(data.startTwoFactorSetup);
    } catch (error) {
      setProblems(problemsFromError(error, []));
    }
  }

  return (
    <div className="narrow-column">
      <ErrorSummary problems={problems} fieldIds={{}} />
      <PageHeading>Set up two-factor sign-in</PageHeading>
      {required ? (
        <p>
          Your role lets you see people’s records, so Kindred asks for a code from an app on your phone as well as your
          password. Until you set this up, your staff pages are not available.
        </p>
      ) : (
        <p>Two-factor sign-in asks for a code from an app on your phone as well as your password.</p>
      )}
      <p>
        You need an authenticator app, such as Google Authenticator, Microsoft Authenticator or FreeOTP. Install one
        from your phone’s app store first if you do not have one.
      </p>
      <p>It takes about 2 minutes.</p>
      <Button type="button" pending={loading} pendingText="Starting…" onClick={() => void handleStart()}>
        Start setting up
      </Button>
    </div>
  );
}

function AlreadyOn() {
  return (
    <div className="narrow-column">
      <PageHeading>Two-factor sign-in is on</PageHeading>
      <p>Your account already has two-factor sign-in. Each time you sign in, enter the code from your authenticator app.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </div>
  );
}
