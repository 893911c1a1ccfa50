import { Link } from 'react-router';
import { PageHeading } from '../ui/PageHeading';

export function SignInFirst() {
  return (
    <>
      <PageHeading>You need to sign in</PageHeading>
      <p>
        <Link to="/sign-in">Sign in</Link> to see this page.
      </p>
    </>
  );
}
