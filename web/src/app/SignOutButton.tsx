import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { Button } from '../ui/Button';
import { arrivalState, type ArrivalNotice } from './arrival-notice';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function SignOutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  async function handleSignOut() {
    if (loading) return;
    let notice: ArrivalNotice = 'signed-out';
    try {
      await signOut();
    } catch {
      notice = 'sign-out-failed';
    }
    // Forget everything fetched for this person, so nothing of theirs stays on screen or in memory.
    await client.resetStore().catch(() => undefined);
    await navigate('/', { state: arrivalState(notice) });
  }

  return (
    <Button
      type="button"
      variant="link"
      className="site-header__link"
      pending={loading}
      pendingText="Signing out…"
      onClick={() => void handleSignOut()}
    >
      Sign out
    </Button>
  );
}
