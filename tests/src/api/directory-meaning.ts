/**
 * What an Open Referral UK document says, with its form taken out: the order of records, how times
 * are written ("13:30:00" or "13:30"), and whether schedules sit on the service or on its one place.
 * Written independently of the server's mapping, so that comparing two documents' meanings tests it.
 */
import { normalisePostcode } from '@kindred/shared';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const byId = (a: Json, b: Json) => String(a.id).localeCompare(String(b.id));
const time = (value: unknown) => {
  const match = /^(\d{1,2}):(\d{2})/.exec(String(value ?? ''));
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
};
const sortedCodes = (value: unknown) => (value == null ? null : String(value).split(',').map((s) => s.trim()).sort().join(','));

function scheduleMeaning(schedules: Json[]) {
  return schedules
    .map((s) => ({
      id: s.id,
      freq: s.freq ?? null,
      interval: s.freq ? Number(s.interval ?? 1) : null,
      byday: sortedCodes(s.byday),
      bymonthday: sortedCodes(s.bymonthday),
      opens: time(s.opens_at),
      closes: time(s.closes_at),
      dtstart: s.dtstart ?? null,
      valid_from: s.valid_from ?? null,
      valid_to: s.valid_to ?? null,
      description: s.description ?? null,
    }))
    .sort(byId);
}

export function meaningOf(document: { contents: Json[] }) {
  return document.contents
    .filter((s) => s.status === 'active')
    .map((s) => {
      const org = (s.organization ?? {}) as Json;
      const sals = list(s.service_at_locations);
      return {
        id: s.id,
        name: s.name,
        description: s.description ?? null,
        url: s.url ?? null,
        email: s.email ?? null,
        fees: s.fees ?? s.fees_description ?? null,
        free: list(s.cost_options).length > 0 && list(s.cost_options).every((c) => c.amount === 0),
        assured_date: s.assured_date ?? null,
        assurer_email: s.assurer_email ?? null,
        alert: s.alert ?? null,
        minimum_age: s.minimum_age ?? null,
        organization: { id: org.id, name: org.name, description: org.description ?? null, website: org.website ?? null },
        contacts: list(s.contacts).map((c) => ({ id: c.id, name: c.name ?? null, phones: list(c.phones).map((p) => p.number) })),
        attributes: list(s.attributes)
          .map((a) => {
            const term = (a.taxonomy_term ?? {}) as Json;
            return `${a.id}|${term.taxonomy}|${term.code}|${term.name}|${a.value ?? ''}`;
          })
          .sort(),
        places: sals
          .map((sal) => {
            const location = (sal.location ?? {}) as Json;
            const address = list(location.addresses)[0] ?? {};
            return {
              id: sal.id,
              location: { id: location.id, name: location.name ?? null, transportation: location.transportation ?? null },
              address: {
                id: address.id,
                address_1: address.address_1,
                address_2: address.address_2 ?? null,
                city: address.city,
                state_province: address.state_province ?? null,
                postal_code: normalisePostcode(String(address.postal_code)),
              },
              accessibility: list(location.accessibility)
                .map((a) => ({ id: a.id, description: a.description, details: a.details ?? null }))
                .sort(byId),
              schedules: scheduleMeaning(list(sal.schedules).length > 0 ? list(sal.schedules) : list(s.schedules)),
            };
          })
          .sort(byId),
      };
    })
    .sort(byId);
}

/** Each location's coordinates, where the document gives them, to 5 decimal places. */
export function coordinatesOf(document: { contents: Json[] }): Record<string, [number, number]> {
  const found: Record<string, [number, number]> = {};
  for (const s of document.contents) {
    for (const sal of list(s.service_at_locations)) {
      const location = (sal.location ?? {}) as Json;
      if (typeof location.latitude === 'number' && typeof location.longitude === 'number') {
        found[String(location.id)] = [Number(location.latitude.toFixed(5)), Number(location.longitude.toFixed(5))];
      }
    }
  }
  return found;
}
