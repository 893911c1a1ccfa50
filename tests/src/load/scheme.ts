/**
 * A realistic scheme for load: link workers made through the API (test support, with their second
 * factor where staff need one), and thousands of generated volunteers and waiting people seeded in
 * bulk (tests/src/bench/seed.ts). Some people have accounts of their own. Every seeded account gets
 * a password hash the server itself made, so each can really sign in.
 */
import { randomUUID } from 'node:crypto';
import { appoint } from '../support/actors.ts';
import { buildPerson, signUp, theAdmin, type SignedIn } from '../support/factories.ts';
import type { Scheme } from '../support/operations.ts';
import { population } from '../bench/population.ts';
import { seedVolunteers, seedWaitingRequests } from '../bench/seed.ts';
import type { Cluster } from './cluster.ts';

export type LoadScheme = {
  scheme: Scheme;
  linkWorkers: SignedIn[];
  /** Every seeded account's password. */
  password: string;
  volunteers: Array<{ id: string; email: string }>;
  /** Waiting people with accounts: their request and how they sign in. */
  people: Array<{ requestId: string; email: string }>;
  /** Waiting requests of people referred without an account. */
  referredRequestIds: string[];
};

export type SchemeSize = { volunteers: number; referred: number; people: number; linkWorkers: number };

export async function seedLoadScheme(cluster: Cluster, size: SchemeSize): Promise<LoadScheme> {
  const { kindred } = cluster;
  const admin = await theAdmin(kindred);
  const scheme = admin.scheme;
  const linkWorkers: SignedIn[] = [];
  for (let i = 0; i < size.linkWorkers; i++) linkWorkers.push(await appoint(kindred, 'LINK_WORKER', scheme, `Link Worker ${i + 1}`));

  // One account made through sign-up gives a hash made by the server's own argon2 settings.
  const template = buildPerson({ displayName: 'Template Volunteer' });
  const made = await signUp(kindred, 'VOLUNTEER', template, scheme);
  const [{ password_hash: passwordHash } = { password_hash: '' }] = await cluster.sql<{ password_hash: string }>(
    'select password_hash from person_account where id = $1',
    [made.viewer.id],
  );

  const execute = async (text: string, params: unknown[]) => {
    let n = 0;
    return cluster.sql(text.replace(/\?/g, () => `$${++n}`), params);
  };
  const tag = randomUUID().slice(0, 8);
  const spreadKm = 5 * Math.sqrt(size.volunteers / 1_000);
  const p = population({ volunteers: size.volunteers, requests: size.referred + size.people, seed: 17, spreadKm });
  const volunteerIds = await seedVolunteers(execute, scheme.id, p.volunteers, tag);
  const requestIds = await seedWaitingRequests(execute, scheme.id, linkWorkers[0]!.viewer.id, p.seekers);
  await cluster.sql('update person_account set password_hash = $1 where email like $2', [passwordHash, `volunteer-${tag}-%`]);

  // The first `people` waiting people sign up for themselves: an account, a SEEKER membership, their record.
  const peopleRequests = requestIds.slice(0, size.people);
  const people = peopleRequests.map((requestId, i) => ({ requestId, email: `person-${tag}-${i}@example.invalid`, id: randomUUID() }));
  if (people.length > 0) {
    const rows = JSON.stringify(people.map((person) => ({ id: person.id, email: person.email, request_id: person.requestId })));
    const recordset = `jsonb_to_recordset($1::jsonb) as r(id uuid, email text, request_id uuid)`;
    await cluster.sql(
      `insert into person_account (id, email, password_hash, display_name, created_at)
       select r.id, r.email, $2, s.name, now() from ${recordset} join support_request q on q.id = r.request_id join seeker s on s.id = q.seeker_id`,
      [rows, passwordHash],
    );
    await cluster.sql(`insert into membership (id, user_id, scheme_id, role, created_at) select gen_random_uuid(), r.id, $2, 'SEEKER', now() from ${recordset}`, [
      rows,
      scheme.id,
    ]);
    await cluster.sql(
      `update seeker s set account_id = r.id, referral_route = 'SELF', referred_by_id = null
       from ${recordset} join support_request q on q.id = r.request_id where s.id = q.seeker_id`,
      [rows],
    );
  }
  await cluster.sql('analyze');
  return {
    scheme,
    linkWorkers,
    password: template.password,
    volunteers: volunteerIds.map((id, i) => ({ id, email: `volunteer-${tag}-${i}@example.invalid` })),
    people: people.map(({ requestId, email }) => ({ requestId, email })),
    referredRequestIds: requestIds.slice(size.people),
  };
}
