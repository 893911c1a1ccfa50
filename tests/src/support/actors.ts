/**
 * The cast for privacy tests: every new query and mutation is tried as nobody, the owner, another
 * person of the same role, a link worker of another scheme, and an admin (SECURITY.md). Build it
 * once per test file; each call gives fresh people.
 */
import { expectSuccess } from './assertions.ts';
import { buildPerson, createScheme, signIn, signUp, theAdmin, type Admin, type SignedIn } from './factories.ts';
import type { Person, TestKindred } from './kindred.ts';
import { GRANT_ROLE, REVOKE_ROLE, type Role, type Scheme } from './operations.ts';

export type Cast = {
  /** The scheme everyone below belongs to, unless named "other". */
  scheme: Scheme;
  otherScheme: Scheme;
  nobody: Person;
  admin: Admin;
  linkWorker: SignedIn;
  otherSchemeLinkWorker: SignedIn;
  communityBuilder: SignedIn;
  seeker: SignedIn;
  anotherSeeker: SignedIn;
  volunteer: SignedIn;
  anotherVolunteer: SignedIn;
};

/** Gives a person signed up in `scheme` a staff role there, instead of the role they joined with. */
export async function appoint(kindred: TestKindred, role: Role, scheme: Scheme, label: string): Promise<SignedIn> {
  const details = buildPerson({ displayName: label });
  const person = await signUp(kindred, 'VOLUNTEER', details, scheme);
  const { client: admin } = await theAdmin(kindred);
  const grant = { email: details.email, schemeId: scheme.id };
  expectSuccess(await admin.graphql(GRANT_ROLE, { input: { ...grant, role } }));
  expectSuccess(await admin.graphql(REVOKE_ROLE, { input: { ...grant, role: 'VOLUNTEER' } }));
  return signIn(kindred, details, person.client);
}

export async function buildCast(kindred: TestKindred): Promise<Cast> {
  const admin = await theAdmin(kindred);
  const scheme = admin.scheme;
  // The admin creates the other scheme, so they administer both and can appoint its link worker.
  const otherScheme = await createScheme(kindred);
  return {
    scheme,
    otherScheme,
    nobody: kindred.person('nobody'),
    admin,
    linkWorker: await appoint(kindred, 'LINK_WORKER', scheme, 'Lin Worker'),
    otherSchemeLinkWorker: await appoint(kindred, 'LINK_WORKER', otherScheme, 'Otto Otherscheme'),
    communityBuilder: await appoint(kindred, 'COMMUNITY_BUILDER', scheme, 'Cam Builder'),
    seeker: await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Sue Seeker' }), scheme),
    anotherSeeker: await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Stan Seeker' }), scheme),
    volunteer: await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vera Volunteer' }), scheme),
    anotherVolunteer: await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vic Volunteer' }), scheme),
  };
}
