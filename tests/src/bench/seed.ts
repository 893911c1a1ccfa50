/**
 * Bulk rows for benchmarks and assignment tests, straight into PostgreSQL with one statement per
 * few thousand rows (the API would take minutes for 50,000 volunteers). Volunteers are approved
 * with a current DBS check; requests are waiting befriending requests made by link workers.
 */
import { randomUUID } from 'node:crypto';
import type { SyntheticSeeker, SyntheticVolunteer } from '@kindred/shared';

type Execute = (sql: string, params: unknown[]) => Promise<unknown>;
const BATCH = 5_000;

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let from = 0; from < rows.length; from += BATCH) await write(rows.slice(from, from + BATCH));
}

/** Inserts volunteers (with accounts and DBS checks) and returns their ids, in the same order. */
export async function seedVolunteers(execute: Execute, schemeId: string, volunteers: SyntheticVolunteer[], tag = randomUUID().slice(0, 8)): Promise<string[]> {
  const rows = volunteers.map((v, i) => ({ id: randomUUID(), user_id: randomUUID(), i, v }));
  await inBatches(rows, async (batch) => {
    const json = JSON.stringify(
      batch.map(({ id, user_id, i, v }) => ({
        id, user_id, email: `volunteer-${tag}-${i}@example.invalid`, name: `${v.firstName} ${v.lastName}`,
        interests: v.interests, modes: v.contactModes, languages: v.languages, mask: v.availabilityMask,
        lat: v.location.latitude, lon: v.location.longitude, radius: v.travelRadiusKm, offers: v.offers, skills: v.skills,
        confirmations: v.skills.map((skill) => ({ skill, confirmedById: user_id, confirmedAt: '2026-01-01T00:00:00.000Z' })),
        capacity: v.capacity, gender: v.gender,
      })),
    );
    const rowsOf = `jsonb_to_recordset(?::jsonb) as r(id uuid, user_id uuid, email text, name text, interests text[], modes text[], languages text[],
      mask int, lat float8, lon float8, radius float8, offers text[], skills text[], confirmations jsonb, capacity int, gender text)`;
    await execute(`insert into person_account (id, email, password_hash, display_name, created_at) select user_id, email, 'not-a-hash', name, now() from ${rowsOf}`, [json]);
    await execute(`insert into membership (id, user_id, scheme_id, role, created_at) select gen_random_uuid(), user_id, ?, 'VOLUNTEER', now() from ${rowsOf}`, [schemeId, json]);
    await execute(
      `insert into volunteer (id, user_id, scheme_id, profile_interests, profile_access_needs, profile_contact_modes, profile_languages,
         profile_availability_mask, profile_specific_times, profile_latitude, profile_longitude, profile_travel_radius_km, offers, skills,
         skill_confirmations, capacity, gender, application_sent_at, approved_at, created_at, vetting_updated_at)
       select id, user_id, ?, interests, '{}', modes, languages, mask, '[]', lat, lon, radius, offers, skills, confirmations, capacity, gender,
         now(), now(), now(), now() from ${rowsOf}`,
      [schemeId, json],
    );
    await execute(
      `insert into volunteer_dbs_check (id, volunteer_id, scheme_id, level, issued_on, recheck_due_on, recorded_at)
       select gen_random_uuid(), id, ?, 'ENHANCED', current_date - 30, current_date + 1000, now() from ${rowsOf}`,
      [schemeId, json],
    );
  });
  return rows.map((r) => r.id);
}

/** Inserts people and one waiting befriending request each; returns the request ids in order. */
export async function seedWaitingRequests(execute: Execute, schemeId: string, createdById: string, seekers: SyntheticSeeker[]): Promise<string[]> {
  const rows = seekers.map((s) => ({ id: randomUUID(), seeker_id: randomUUID(), s }));
  await inBatches(rows, async (batch) => {
    const json = JSON.stringify(
      batch.map(({ id, seeker_id, s }) => ({
        id, seeker_id, name: `${s.firstName} ${s.lastName}`, interests: s.interests, needs: s.accessNeeds, modes: s.contactModes,
        languages: s.languages, mask: s.availabilityMask, lat: s.location.latitude, lon: s.location.longitude, radius: s.travelRadiusKm,
        gender: s.preferredGenders[0] === 'woman' ? 'WOMAN' : s.preferredGenders[0] === 'man' ? 'MAN' : 'NO_PREFERENCE',
        since: s.waitingSince.toISOString(),
      })),
    );
    const rowsOf = `jsonb_to_recordset(?::jsonb) as r(id uuid, seeker_id uuid, name text, interests text[], needs text[], modes text[], languages text[],
      mask int, lat float8, lon float8, radius float8, gender text, since timestamptz)`;
    await execute(
      `insert into seeker (id, scheme_id, name, profile_interests, profile_access_needs, profile_contact_modes, profile_languages,
         profile_availability_mask, profile_specific_times, profile_latitude, profile_longitude, profile_travel_radius_km, volunteer_gender,
         preferred_languages, referral_route, referred_by_id, created_at, updated_at)
       select seeker_id, ?, name, interests, needs, modes, languages, mask, '[]', lat, lon, radius, gender, '{}', 'LINK_WORKER', ?, since, since from ${rowsOf}`,
      [schemeId, createdById, json],
    );
    await execute(
      `insert into support_request (id, scheme_id, seeker_id, kind, contact_modes, status, status_changed_at, created_at, created_by_id)
       select id, ?, seeker_id, 'BEFRIENDING', modes, 'WAITING', since, since, ? from ${rowsOf}`,
      [schemeId, createdById, json],
    );
  });
  return rows.map((r) => r.id);
}
