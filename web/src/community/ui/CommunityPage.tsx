import { ROLE_LABELS, type Role } from '@kindred/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Viewer } from '../../app/session';
import { SchemePicker, useChosenScheme, type DirectoryScheme } from '../../directory/scheme-choice';
import { SignedInOnly } from '../../directory/SignedInOnly';
import { PageHeading } from '../../ui/PageHeading';

/** Who may read the community views (as the server's INSIGHT_ROLES). */
export const INSIGHT_ROLES = ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] as const satisfies readonly Role[];
/** Who may run recruitment drives (as the server's GROWTH_ROLES). */
export const GROWTH_ROLES = ['COMMUNITY_BUILDER', 'ADMIN'] as const satisfies readonly Role[];

export type CommunityScheme = DirectoryScheme;

/** The schemes in which the viewer holds one of the roles. */
export function schemesWithRole(viewer: Viewer, roles: readonly Role[]): CommunityScheme[] {
  const seen = new Map<string, CommunityScheme>();
  for (const m of viewer.memberships) {
    if (roles.includes(m.role) && !seen.has(m.scheme.id)) seen.set(m.scheme.id, { id: m.scheme.id, name: m.scheme.name });
  }
  return [...seen.values()];
}

/** An address within the community pages that keeps the chosen scheme. */
export function communityPath(path: string, schemeId: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}scheme=${encodeURIComponent(schemeId)}`;
}

export type CommunityPageContext = {
  scheme: CommunityScheme;
  viewer: Viewer;
  /** The scheme picker (nothing for someone in one scheme); put it under the page heading. */
  schemePicker: ReactNode;
};

type CommunityPageProps = {
  /** The page heading, also used when asking someone to sign in. */
  title: string;
  /** The roles that may use the page; INSIGHT_ROLES unless it is for running drives. */
  roles?: readonly Role[];
  children: (context: CommunityPageContext) => ReactNode;
};

/**
 * A community page's frame: asks people who are not signed in to sign in, tells people without one
 * of the roles that the page is not for them, and picks the scheme from `?scheme=` (or the first one).
 */
export function CommunityPage({ title, roles = INSIGHT_ROLES, children }: CommunityPageProps) {
  return (
    <SignedInOnly title={title}>
      {(viewer) => <ForRoles viewer={viewer} roles={roles}>{children}</ForRoles>}
    </SignedInOnly>
  );
}

function ForRoles({ viewer, roles, children }: { viewer: Viewer; roles: readonly Role[]; children: CommunityPageProps['children'] }) {
  const schemes = schemesWithRole(viewer, roles);
  const [scheme, choose] = useChosenScheme(schemes);
  if (!scheme) return <NotForYou roles={roles} />;
  const schemePicker = <SchemePicker schemes={schemes} chosen={scheme} onChange={choose} />;
  return <>{children({ scheme, viewer, schemePicker })}</>;
}

function NotForYou({ roles }: { roles: readonly Role[] }) {
  const who = new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(roles.map((r) => ROLE_LABELS[r].toLowerCase()));
  return (
    <>
      <PageHeading>This is for community builders</PageHeading>
      <p>These pages show where people are waiting for company, and which volunteers would help them.</p>
      <p>{`To see them you need to be a ${who} at a Kindred scheme. If you should be, ask a member of staff at your scheme.`}</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
