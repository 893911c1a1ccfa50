import { Link, NavLink } from 'react-router';
import { NotificationsIndicator } from '../matching/notifications/NotificationsIndicator';
import type { Session } from './session';
import { SignOutButton } from './SignOutButton';

export function SiteHeader({ session }: { session: Session }) {
  return (
    <header className="site-header">
      <div className="width-container site-header__inner">
        <Link to="/" className="site-header__service-name">
          Kindred
        </Link>
        <nav className="site-header__nav" aria-label="Account">
          <AccountLinks session={session} />
        </nav>
      </div>
    </header>
  );
}

function AccountLinks({ session }: { session: Session }) {
  if (session.state === 'signed-in') {
    return (
      <ul className="site-header__list">
        <li className="site-header__person">
          <span className="visually-hidden">Signed in as </span>
          {session.viewer.displayName}
        </li>
        <li>
          <NavLink to="/" end className="site-header__link">
            Home
          </NavLink>
        </li>
        <li>
          <NotificationsIndicator />
        </li>
        <li>
          <SignOutButton />
        </li>
      </ul>
    );
  }
  if (session.state === 'signed-out' || session.state === 'unavailable') {
    return (
      <ul className="site-header__list">
        <li>
          <NavLink to="/sign-in" className="site-header__link">
            Sign in
          </NavLink>
        </li>
        <li>
          <NavLink to="/sign-up" className="site-header__link">
            Create an account
          </NavLink>
        </li>
      </ul>
    );
  }
  return null;
}
