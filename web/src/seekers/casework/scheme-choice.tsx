import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { Loading } from '../page-states';

export type CaseworkScheme = { id: string; name: string };

/** The schemes where the signed-in person is a link worker or administrator. */
export function useCaseworkSchemes(): CaseworkScheme[] | null {
  const session = useSession();
  if (session.state === 'loading') return null;
  if (session.state !== 'signed-in') return [];
  const schemes = new Map<string, string>();
  for (const m of session.viewer.memberships) if (m.role === 'LINK_WORKER' || m.role === 'ADMIN') schemes.set(m.scheme.id, m.scheme.name);
  return [...schemes].map(([id, name]) => ({ id, name }));
}

/**
 * A staff page for one scheme, named in the address (/waiting-list/:schemeId). Without one, a person
 * with one scheme goes straight to it; a person with several chooses.
 */
export function ForScheme({ title, path, page }: { title: string; path: string; page: (scheme: CaseworkScheme) => React.JSX.Element }) {
  const { schemeId } = useParams();
  const schemes = useCaseworkSchemes();
  if (!schemes) return <Loading />;
  const chosen = schemeId ? schemes.find((s) => s.id === schemeId) : schemes.length === 1 ? schemes[0] : undefined;
  if (chosen) return page(chosen);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {schemes.length === 0 || schemeId ? (
        <p>This page is for link workers and administrators of a scheme.</p>
      ) : (
        <>
          <p>Choose a scheme.</p>
          <ul className="list">
            {schemes.map((s) => (
              <li key={s.id}>
                <Link to={`${path}/${s.id}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
