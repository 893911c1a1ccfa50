import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@kindred/shared';
import { Membership } from '../accounts/membership.entity.js';
import { hashPassword } from '../accounts/passwords.js';
import { Scheme } from '../accounts/scheme.entity.js';
import { UserAccount } from '../accounts/user.entity.js';
import { addDirectoryDemoData } from '../directory/demo-activities.js';
import { addMatchingDemoData } from '../matching/demo-matches.js';
import { addCapacityDemoData } from '../community/capacity/demo.js';
import { addGapDemoData } from '../community/gaps/demo.js';
import { addDriveDemoData } from '../community/drives/demo.js';
import { addSeekerDemoData } from '../seekers/demo.js';
import { addVolunteerDemoData } from '../volunteers/demo-volunteers.js';
import { addCheckInDemoData } from '../outcomes/check-ins/demo.js';
import { addTwoFactorDemoData } from '../accounts/two-factor/demo.js';

/** Every demo account signs in with this password. Demo data is never loaded in production. */
export const DEMO_PASSWORD = 'kindred-demo-2026';

type DemoPerson = { email: string; displayName: string; roles: Array<[scheme: 'calder' | 'leeds', Role]> };

const SCHEMES = {
  calder: { name: 'Calder Valley Connect', area: 'Hebden Bridge, Todmorden and the upper Calder Valley' },
  leeds: { name: 'Leeds North West Befriending', area: 'Headingley, Hyde Park and Woodhouse, Leeds' },
};

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@example.org', displayName: 'Priya Shah', roles: [['calder', 'ADMIN'], ['leeds', 'ADMIN']] },
  { email: 'linkworker@example.org', displayName: 'Sam Okafor', roles: [['calder', 'LINK_WORKER']] },
  { email: 'communitybuilder@example.org', displayName: 'Megan Hughes', roles: [['calder', 'COMMUNITY_BUILDER']] },
  { email: 'leeds.linkworker@example.org', displayName: 'Tom Lister', roles: [['leeds', 'LINK_WORKER']] },
  { email: 'volunteer@example.org', displayName: 'Helen Brooke', roles: [['calder', 'VOLUNTEER']] },
  { email: 'arthur.volunteer@example.org', displayName: 'Arthur Pickles', roles: [['calder', 'VOLUNTEER']] },
  { email: 'aisha.volunteer@example.org', displayName: 'Aisha Rahman', roles: [['calder', 'VOLUNTEER']] },
  { email: 'gareth.volunteer@example.org', displayName: 'Gareth Evans', roles: [['calder', 'VOLUNTEER'], ['calder', 'LINK_WORKER']] },
  { email: 'seeker@example.org', displayName: 'Margaret Sutcliffe', roles: [['calder', 'SEEKER']] },
  { email: 'derek@example.org', displayName: 'Derek Holroyd', roles: [['calder', 'SEEKER']] },
  { email: 'joan@example.org', displayName: 'Joan Ackroyd', roles: [['calder', 'SEEKER']] },
  { email: 'kwame@example.org', displayName: 'Kwame Mensah', roles: [['leeds', 'SEEKER']] },
];

/** Loads the demo scheme and people once, into an empty database. Returns false when data was already there. */
export async function loadDemoData(em: EntityManager): Promise<boolean> {
  if ((await em.count(Scheme, {})) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    const schemes = {
      calder: tx.create(Scheme, { ...SCHEMES.calder, createdAt: new Date() }),
      leeds: tx.create(Scheme, { ...SCHEMES.leeds, createdAt: new Date() }),
    };
    for (const person of DEMO_PEOPLE) {
      const user = tx.create(UserAccount, { email: person.email, displayName: person.displayName, passwordHash, createdAt: new Date() });
      for (const [scheme, role] of person.roles) tx.create(Membership, { user, scheme: schemes[scheme], role, createdAt: new Date() });
    }
    await addDirectoryDemoData(tx);
    await addSeekerDemoData(tx);
    await addVolunteerDemoData(tx);
    await addMatchingDemoData(tx);
    await addGapDemoData(tx);
    await addDriveDemoData(tx);
    await addCapacityDemoData(tx);
    await addCheckInDemoData(tx);
    await addTwoFactorDemoData(tx);
  });
  return true;
}
