import { Link, useLocation } from 'react-router';
import { Notice } from '../../ui/Notice';

/** Tells a member of staff without an authenticator why their staff pages are missing, on every page. */
export function SetUpTwoFactorNotice() {
  const { pathname } = useLocation();
  if (pathname === '/two-factor/setup') return null;
  return (
    <Notice title="Set up two-factor sign-in">
      <p>
        Your staff role needs two-factor sign-in. <Link to="/two-factor/setup">Set up two-factor sign-in</Link> to use
        your staff pages.
      </p>
    </Notice>
  );
}
