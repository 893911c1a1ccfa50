import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SERVICE_PROBLEM } from '../app/graphql-problems';
import { useSession, type Viewer } from '../app/session';
import { PageHeading } from '../ui/PageHeading';

/** Shows the page to a signed-in person, and asks anyone else to sign in. */
export function SignedInOnly({ title, children }: { title: string; children: (viewer: Viewer) => ReactNode }) {
  const session = useSession();
  if (session.state === 'signed-in') return <>{children(session.viewer)}</>;
  if (session.state === 'loading') return <p role="status">Loading…</p>;
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {session.state === 'unavailable' ? (
        <p>{SERVICE_PROBLEM}</p>
      ) : (
        <p>
          <Link to="/sign-in">Sign in</Link> to use this page.
        </p>
      )}
    </>
  );
}

/** What a page says when what it shows could not be found, or may not be seen: the two look the same. */
export function NotFoundHere({ what }: { what: string }) {
  return (
    <>
      <PageHeading>{`${what} not found`}</PageHeading>
      <p>It may have been taken out of the directory, or it is not one you can see.</p>
      <p>
        <Link to="/activities">Find an activity</Link>
      </p>
    </>
  );
}
