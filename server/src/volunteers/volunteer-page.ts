import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessNeedId, AgeBand, ContactMode, InterestId, LanguageId, SpecificTime, SupportKind, VolunteerSkill } from '@kindred/shared';
import { ProfileDetails } from '../people/profile.embeddable.js';
import { RECORDS_COLUMNS, recordsOfRow, type RecordsColumns } from './vetting-records.js';
import type { VolunteerRecord } from './volunteer.presenter.js';
import type { SkillConfirmation } from './volunteer.entity.js';
import { pgArray } from '../db/sql-array.js';

type PageRow = RecordsColumns & {
  id: string;
  scheme: { id: string; name: string; area: string };
  display_name: string;
  email: string;
  offers: SupportKind[];
  skills: VolunteerSkill[];
  skill_confirmations: SkillConfirmation[];
  capacity: number;
  gender: string | null;
  age_band: AgeBand | null;
  profile_interests: InterestId[];
  profile_access_needs: AccessNeedId[];
  profile_contact_modes: ContactMode[];
  profile_languages: LanguageId[];
  profile_availability_mask: number;
  profile_specific_times: SpecificTime[];
  profile_postcode: string | null;
  profile_latitude: number | null;
  profile_longitude: number | null;
  profile_travel_radius_km: number | null;
  application_sent_at: string | null;
  approved_at: string | null;
  approved_by_id: string | null;
  approved_by_name: string;
  paused_at: string | null;
  pause_reason: string | null;
  /** Display names of the staff who confirmed a skill, by account id; null when none did. */
  confirmer_names: Record<string, string> | null;
};

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

function recordOfRow(row: PageRow): VolunteerRecord {
  return {
    volunteer: {
      id: row.id,
      scheme: row.scheme,
      user: { displayName: row.display_name, email: row.email },
      offers: row.offers,
      skills: row.skills,
      skillConfirmations: row.skill_confirmations,
      capacity: row.capacity,
      gender: row.gender,
      ageBand: row.age_band,
      profile: Object.assign(new ProfileDetails(), {
        interests: row.profile_interests,
        accessNeeds: row.profile_access_needs,
        contactModes: row.profile_contact_modes,
        languages: row.profile_languages,
        availabilityMask: row.profile_availability_mask,
        specificTimes: row.profile_specific_times,
        postcode: row.profile_postcode,
        latitude: row.profile_latitude,
        longitude: row.profile_longitude,
        travelRadiusKm: row.profile_travel_radius_km,
      }),
      applicationSentAt: dateOrNull(row.application_sent_at),
      approvedAt: dateOrNull(row.approved_at),
      approvedBy: row.approved_by_id === null ? null : { id: row.approved_by_id, displayName: row.approved_by_name },
      pausedAt: dateOrNull(row.paused_at),
      pauseReason: row.pause_reason,
    },
    records: recordsOfRow(row),
    names: new Map(Object.entries(row.confirmer_names ?? {})),
  };
}

/**
 * A person's volunteer records in these schemes, oldest first, with everything their volunteering
 * page shows (vetting records, who recorded and confirmed what), as plain values in one statement:
 * the page volunteers come back to, where loading the record and its three kinds of vetting record
 * as entities took four statements. Names and the scheme are subqueries rather than joins: the
 * statement costs PostgreSQL more to plan than to run, and each join added to the planning.
 */
export async function readVolunteerPage(em: EntityManager, userId: string, schemeIds: readonly string[]): Promise<VolunteerRecord[]> {
  const rows = await em.execute<PageRow[]>(
    `select v.id, (select json_build_object('id', sc.id, 'name', sc.name, 'area', sc.area) from scheme sc where sc.id = v.scheme_id) as scheme,
            u.display_name, u.email,
            v.offers, v.skills, v.skill_confirmations, v.capacity, v.gender, v.age_band,
            v.profile_interests, v.profile_access_needs, v.profile_contact_modes, v.profile_languages, v.profile_availability_mask,
            v.profile_specific_times, v.profile_postcode, v.profile_latitude, v.profile_longitude, v.profile_travel_radius_km,
            v.application_sent_at, v.approved_at, v.approved_by_id,
            (select ab.display_name from person_account ab where ab.id = v.approved_by_id) as approved_by_name, v.paused_at, v.pause_reason,
            ${RECORDS_COLUMNS},
            (select json_object_agg(cu.id, cu.display_name) from person_account cu
              where cu.id = any(array(select (c->>'confirmedById')::uuid from jsonb_array_elements(v.skill_confirmations) c))) as confirmer_names
       from volunteer v
       join person_account u on u.id = v.user_id
      where v.user_id = ? and v.scheme_id = any(?::uuid[])
      order by v.created_at`,
    [userId, pgArray(schemeIds)],
  );
  return rows.map(recordOfRow);
}
