import { ROLE_LABELS, ROLES, type Role } from '@kindred/shared';
import { Link } from 'react-router';
import { ArrivalNoticeBanner } from '../app/arrival-notice';
import { DueCheckInNotice } from '../outcomes/check-ins/DueCheckInNotice';
import { YourDataLink } from '../data-rights/YourDataLink';
import type { Viewer } from '../app/session';
import { PageHeading } from '../ui/PageHeading';
import { ROLE_NEXT_STEPS } from './role-next-steps';

/** The signed-in home: for each role the person holds, where they stand and what comes next. */
export function PersonHome({ viewer }: { viewer: Viewer }) {
  const schemesByRole = new Map<Role, string[]>();
  for (const { role, scheme } of viewer.memberships) {
    schemesByRole.set(role, [...(schemesByRole.get(role) ?? []), scheme.name]);
  }
  const roles = ROLES.filter((role) => schemesByRole.has(role));

  return (
    <>
      <PageHeading>{`Hello, ${viewer.displayName}`}</PageHeading>
      <ArrivalNoticeBanner />
      <DueCheckInNotice viewer={viewer} />
      {roles.length === 0 ? (
        <p>You do not have a role in a Kindred scheme at the moment. A member of staff at your scheme can add one.</p>
      ) : null}
      {roles.map((role) => (
        <RoleSection key={role} role={role} schemes={schemesByRole.get(role) ?? []} />
      ))}
      <YourDataLink />
    </>
  );
}

function RoleSection({ role, schemes }: { role: Role; schemes: readonly string[] }) {
  const { heading, lead, ordered, steps, links = [] } = ROLE_NEXT_STEPS[role];
  const headingId = `role-${role.toLowerCase()}`;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className="role-section" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {heading}
      </h2>
      <p className="role-section__where">
        {ROLE_LABELS[role]} at {listInWords(schemes)}
      </p>
      <p>{lead}</p>
      <List className={ordered ? 'list list--number' : 'list list--bullet'}>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </List>
      {links.length > 0 ? (
        <ul className="list">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.text}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function listInWords(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);
}
