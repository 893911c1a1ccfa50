import type { MouseEvent } from 'react';
import { Outlet } from 'react-router';
import { SetUpTwoFactorNotice } from '../accounts/two-factor/SetUpTwoFactorNotice';
import { SignInCodeStep } from '../accounts/two-factor/SignInCodeStep';
import { LiveViewerUpdates, useSession } from './session';
import { SiteHeader } from './SiteHeader';

export function Layout() {
  const session = useSession();
  return (
    <>
      <a href="#main-content" className="skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <SiteHeader session={session} />
      <LiveViewerUpdates signedIn={session.state === 'signed-in'} />
      <div className="width-container">
        <main id="main-content" className="main" tabIndex={-1}>
          {/* Half signed in (password, no code yet): every page waits for the code. */}
          {session.state === 'awaiting-code' ? (
            <SignInCodeStep />
          ) : (
            <>
              {session.state === 'signed-in' && session.twoFactorSetupNeeded ? <SetUpTwoFactorNotice /> : null}
              <Outlet />
            </>
          )}
        </main>
      </div>
      <footer className="site-footer">
        <div className="width-container">
          <p>Kindred puts people who would like more company in touch with friendly, checked volunteers.</p>
          <p>Kindred is free, open-source software.</p>
        </div>
      </footer>
    </>
  );
}

// Following the link natively would change the address, which the router treats as a new page.
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  const main = document.getElementById('main-content');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}
