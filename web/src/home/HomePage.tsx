import { useSession } from '../app/session';
import { PageHeading } from '../ui/PageHeading';
import { PersonHome } from './PersonHome';
import { Welcome } from './Welcome';

export function HomePage() {
  const session = useSession();
  switch (session.state) {
    case 'signed-in':
      return <PersonHome viewer={session.viewer} />;
    case 'signed-out':
      return <Welcome />;
    case 'unavailable':
      return (
        <>
          <PageHeading>Sorry, there is a problem with the service</PageHeading>
          <p>Try again later.</p>
        </>
      );
    case 'loading':
      return <p role="status">Loading…</p>;
  }
}
