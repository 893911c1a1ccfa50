/**
 * Histories for the community builders' views, seeded in a few SQL statements (seeded random, so
 * repeatable when the statements share one connection), sized by parameters: the API tests use a few
 * thousand rows to check the figures, `community-queries.bench.ts` fifty thousand to time them.
 */
import { randomUUID } from 'node:crypto';
import { syntheticSeekers, syntheticVolunteers } from '@kindred/shared';
import { CENTRE } from './population.ts';
import { seedVolunteers, seedWaitingRequests } from './seed.ts';

type Execute = (sql: string, params: unknown[]) => Promise<unknown>;

/** The postcode districts people waiting for capacity history live in. */
export const HISTORY_AREAS = ['HX1', 'HX2', 'HX3', 'HX4', 'HX5', 'HX6', 'HX7', 'OL13', 'OL14'];
const INTERESTS = ['walking', 'singing', 'chess', 'knitting', 'gardening', 'painting', 'reading', 'dancing', 'cooking', 'swimming'];

export type CapacityHistoryOptions = { schemeId: string; adminId: string; volunteers: number; requests: number; listings?: number };

/**
 * A plausible two-year history for capacity over time, activities to start and stale listings:
 * volunteers with DBS histories, pauses and lapses; requests waiting, matched, closed and back on
 * the list, with their matches and declined proposals; and activity listings checked at any time.
 */
export async function seedCapacityHistory(execute: Execute, options: CapacityHistoryOptions): Promise<void> {
  const { schemeId, adminId } = options;
  const now = new Date();
  await seedVolunteers(execute, schemeId, syntheticVolunteers({ seed: 5, count: options.volunteers, centre: CENTRE, spreadKm: 12 }));
  await execute(`select setseed(0.42)`, []);
  // Approved at some point in the last two years (a tenth never), a tenth paused since, DBS checks of varied age.
  await execute(
    `update volunteer set approved_at = case when random() < 0.9 then now() - random() * interval '730 days' end,
       paused_at = case when random() < 0.1 then now() - random() * interval '200 days' end where scheme_id = ?`,
    [schemeId],
  );
  await execute(
    `update volunteer_dbs_check d set recorded_at = coalesce(v.approved_at, now()) - interval '20 days',
       recheck_due_on = (coalesce(v.approved_at, now()) + random() * interval '1200 days')::date
       from volunteer v where v.id = d.volunteer_id and d.scheme_id = ?`,
    [schemeId],
  );
  // A fifth renewed their check: the old one superseded, a new one recorded.
  await execute(
    `with renewed as (
       select d.id, d.volunteer_id, d.recheck_due_on from volunteer_dbs_check d where d.scheme_id = ? and random() < 0.2)
     , old as (update volunteer_dbs_check d set superseded_at = r.recheck_due_on - interval '30 days' from renewed r where d.id = r.id returning d.id)
     insert into volunteer_dbs_check (id, volunteer_id, scheme_id, level, issued_on, recheck_due_on, recorded_at)
     select gen_random_uuid(), r.volunteer_id, ?, 'ENHANCED', r.recheck_due_on - 40, r.recheck_due_on + 1095, r.recheck_due_on - interval '30 days' from renewed r`,
    [schemeId, schemeId],
  );

  // Asked at any time in the last two years, spread evenly by a stride prime to 730.
  const seekers = syntheticSeekers({ seed: 6, count: options.requests, centre: CENTRE, spreadKm: 12, now });
  seekers.forEach((s, i) => (s.waitingSince = new Date(now.getTime() - ((i * 7919) % 730) * 86_400_000 - 3_600_000)));
  await seedWaitingRequests(execute, schemeId, adminId, seekers);
  await execute(
    `update seeker set profile_postcode = (?::text[])[1 + floor(random() * ${HISTORY_AREAS.length})::int] || ' 1AA' where scheme_id = ?`,
    [`{${HISTORY_AREAS.join(',')}}`, schemeId],
  );
  // Six in ten matched some days after asking (never after now); of those, a third closed later, a tenth back waiting.
  await execute(
    `update support_request set matched_at = least(created_at + random() * interval '60 days', now() - interval '1 minute')
      where scheme_id = ? and random() < 0.6`,
    [schemeId],
  );
  await execute(
    `update support_request set status = case when r < 0.33 then 'CLOSED' when r < 0.43 then 'WAITING' else 'MATCHED' end,
       closed_reason = case when r < 0.33 then 'MATCH_ENDED' end,
       status_changed_at = case when r < 0.43 then matched_at + (now() - matched_at) * random() else matched_at end
      from (select id as rid, random() as r from support_request) x where x.rid = id and scheme_id = ? and matched_at is not null`,
    [schemeId],
  );
  await execute(
    `update support_request set status = 'CLOSED', closed_reason = 'WITHDRAWN_BY_PERSON', status_changed_at = created_at + (now() - created_at) * random()
      where scheme_id = ? and matched_at is null and random() < 0.2`,
    [schemeId],
  );
  // Each matched request has its match with a random approved volunteer; ended ones end when the request moved on.
  await execute(
    `with vols as (select id, row_number() over () as n from volunteer where scheme_id = ? and approved_at is not null),
          total as (select count(*) as c from vols),
          reqs as (select r.*, 1 + floor(random() * (select c from total))::int as pick from support_request r where r.scheme_id = ? and r.matched_at is not null)
     insert into match (id, scheme_id, request_id, volunteer_id, status, kind, fit, reasons, ways_to_keep_in_touch, proposed_by_id, proposed_at,
       volunteer_accepted_at, activated_at, ended_at)
     select gen_random_uuid(), ?, r.id, v.id, case when r.status = 'MATCHED' then 'ACTIVE' else 'ENDED' end, 'BEFRIENDING', 500, '[]', '{IN_PERSON}', ?,
       r.matched_at - interval '3 days', r.matched_at - interval '2 days', r.matched_at, case when r.status = 'MATCHED' then null else r.status_changed_at end
       from reqs r join vols v on v.n = r.pick`,
    [schemeId, schemeId, schemeId, adminId],
  );
  // Declined proposals: a place held for a few days, then given back.
  await execute(
    `with vols as (select id, row_number() over () as n from volunteer where scheme_id = ? and approved_at is not null),
          total as (select count(*) as c from vols),
          reqs as (select r.*, 1 + floor(random() * (select c from total))::int as pick from support_request r where r.scheme_id = ? and random() < 0.2)
     insert into match (id, scheme_id, request_id, volunteer_id, status, kind, fit, reasons, ways_to_keep_in_touch, proposed_by_id, proposed_at, ended_at)
     select gen_random_uuid(), ?, r.id, v.id, 'DECLINED', 'BEFRIENDING', 400, '[]', '{PHONE}', ?, r.created_at + interval '1 day', r.created_at + interval '4 days'
       from reqs r join vols v on v.n = r.pick where r.created_at + interval '4 days' < now()`,
    [schemeId, schemeId, schemeId, adminId],
  );
  // Listings with one to three interests each, checked at any time in the last two years (a tenth never).
  await execute(
    `insert into activity (id, scheme_id, title, organiser_name, interests, venue_name, venue_address_line1, venue_town, venue_postcode,
       venue_latitude, venue_longitude, venue_features, venue_access_notes, schedules, open_referral, last_checked_at, created_at, updated_at)
     select gen_random_uuid(), ?, 'Group ' || n, 'Organiser', (select array_agg(i) from (select i from unnest(?::text[]) i order by random() limit 1 + n % 3) x),
       'Hall', '1 High Street', 'Hebden Bridge', 'HX7 8AA', ?::float8 + (random() - 0.5) * 0.2, ?::float8 + (random() - 0.5) * 0.3, '{}', '[]', '[]', '{}',
       case when n % 10 <> 0 then now() - random() * interval '730 days' end, now() - interval '800 days', now()
       from generate_series(1, ?::int) n`,
    [schemeId, `{${INTERESTS.join(',')}}`, CENTRE.latitude, CENTRE.longitude, options.listings ?? 400],
  );
  await execute('analyze', []);
}

export type PipelineOptions = {
  schemeId: string;
  /** A request the ended matches can share (only a live match holds a request). */
  requestId: string;
  proposedById: string;
  volunteers: number;
  /** Some of the volunteers came through this drive. */
  drive?: { id: string; volunteers: number };
};

/**
 * Volunteers at every step of the pipeline, with their references, DBS checks, training and
 * matches: each goes a random way down it, step k about 10 days after step k-1. They live in
 * eight districts, LS1 to LS8.
 */
export async function seedPipeline(execute: Execute, options: PipelineOptions, tag = randomUUID().slice(0, 8)): Promise<void> {
  const { schemeId } = options;
  await execute(
    `insert into person_account (id, email, password_hash, display_name, created_at)
     select gen_random_uuid(), 'pipeline-' || ?::text || '-' || i || '@example.invalid', 'not-a-hash', 'Pipeline ' || i, now() from generate_series(1, ?::int) i`,
    [tag, options.volunteers],
  );
  await execute(
    `insert into membership (id, user_id, scheme_id, role, created_at)
     select gen_random_uuid(), id, ?, 'VOLUNTEER', now() - (random() * 400) * interval '1 day' from person_account where email like ?::text`,
    [schemeId, `pipeline-${tag}-%`],
  );
  await execute(
    `insert into volunteer (id, user_id, scheme_id, profile_interests, profile_access_needs, profile_contact_modes, profile_languages,
       profile_specific_times, profile_postcode, offers, skills, skill_confirmations, created_at, vetting_updated_at, application_sent_at, approved_at, paused_at)
     select gen_random_uuid(), m.user_id, m.scheme_id, '{}', '{}', '{}', '{}', '[]', 'LS' || (1 + (random() * 7)::int) || ' 1AA', '{}', '{}', '[]',
            m.created_at, m.created_at, m.created_at,
            case when random() < 0.45 then m.created_at + interval '40 days' end,
            case when random() < 0.05 then now() end
       from membership m where m.scheme_id = ? and m.role = 'VOLUNTEER'`,
    [schemeId],
  );
  await execute(
    `insert into volunteer_reference (id, volunteer_id, scheme_id, referee_name, relationship, contact, status, created_at, received_at)
     select gen_random_uuid(), v.id, v.scheme_id, 'Referee', 'Friend', 'r@example.org', 'RECEIVED', v.created_at, v.created_at + n * interval '5 days'
       from volunteer v cross join generate_series(1, 2) n where v.scheme_id = ? and random() < 0.85`,
    [schemeId],
  );
  await execute(
    `insert into volunteer_dbs_check (id, volunteer_id, scheme_id, level, issued_on, recheck_due_on, recorded_at)
     select gen_random_uuid(), v.id, v.scheme_id, 'ENHANCED', '2026-01-05', '2029-01-05', v.created_at + interval '20 days'
       from volunteer v where v.scheme_id = ? and random() < 0.7`,
    [schemeId],
  );
  await execute(
    `insert into volunteer_training (id, volunteer_id, scheme_id, module, completed_on, recorded_at)
     select gen_random_uuid(), v.id, v.scheme_id, module, '2026-01-05', v.created_at + interval '30 days'
       from volunteer v cross join unnest(array['SAFEGUARDING', 'BOUNDARIES', 'COMMUNICATION_SUPPORT']) module
      where v.scheme_id = ? and v.approved_at is not null`,
    [schemeId],
  );
  await execute(
    `insert into match (id, scheme_id, request_id, volunteer_id, status, kind, fit, reasons, ways_to_keep_in_touch, proposed_by_id, proposed_at, activated_at, ended_at)
     select gen_random_uuid(), v.scheme_id, ?, v.id, 'ENDED', 'BEFRIENDING', 500, '[]', '{IN_PERSON}', ?, v.approved_at + interval '5 days',
            v.approved_at + interval '7 days', case when random() < 0.5 then v.approved_at + interval '150 days' end
       from volunteer v where v.scheme_id = ? and v.approved_at is not null and random() < 0.7`,
    [options.requestId, options.proposedById, schemeId],
  );
  if (options.drive) {
    await execute(`update volunteer set recruitment_drive_id = ? where id in (select id from volunteer where scheme_id = ? limit ?::int)`, [
      options.drive.id,
      schemeId,
      options.drive.volunteers,
    ]);
  }
  await execute('analyze', []);
}
