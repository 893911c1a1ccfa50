/**
 * The data map says, for every table Kindred has, what it holds about a person, where it is in
 * their export and what erasure does to it. A new entity fails here until it is classified, and an
 * entity that points at a person cannot be classified as holding nothing about anyone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_MAP } from '@kindred/server';
import { startTestKindred } from '../support/kindred.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

// What "about a person" means here: pointing at an account, a person seeking company, a volunteer,
// or something that belongs to one of them (a request, a match).
// MikroORM's ReferenceKind.MANY_TO_ONE.
const MANY_TO_ONE = 'm:1';
const PERSONAL_TARGETS = new Set(['UserAccount', 'Seeker', 'Volunteer', 'SupportRequest', 'Match']);

const metadata = () => [...kindred.orm.getMetadata()].filter((meta) => !meta.embeddable && !meta.virtual);

describe('the data map', () => {
  it('classifies every entity Kindred has, and nothing else', () => {
    const names = metadata().map((meta) => meta.className).sort();
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name) => !(name in DATA_MAP)), 'entities missing from server/src/data-rights/data-map.ts').toEqual([]);
    expect(Object.keys(DATA_MAP).filter((name) => !names.includes(name)), 'data map entries that are not entities').toEqual([]);
  });

  it('treats every entity that points at a person as personal, with an export section or a reason it is not exported', () => {
    for (const meta of metadata()) {
      const pointsAtPerson = meta.props.some((p) => String(p.kind) === MANY_TO_ONE && PERSONAL_TARGETS.has(p.targetMeta?.className ?? p.type));
      const entry = DATA_MAP[meta.className]!;
      if (pointsAtPerson) expect(entry.erasure, `${meta.className} points at a person`).not.toBe('NOT_PERSONAL');
      if ('notExported' in entry.exported) expect(entry.exported.notExported.length, `${meta.className}: why it is not exported`).toBeGreaterThan(10);
      expect(entry.holds.length, `${meta.className}: what it holds`).toBeGreaterThan(5);
      expect(entry.erasureDetail.length, `${meta.className}: what erasure does`).toBeGreaterThan(3);
    }
  });

  it('knows the tables that hold a person’s words, contact details or whereabouts', () => {
    // Every table with a text column about a person must be changed by erasure, not only kept.
    const wordsAboutPeople = ['Seeker', 'SupportRequest', 'ContactRecord', 'Match', 'MatchReview', 'MatchContactLogEntry', 'MatchTransition', 'Message', 'VolunteerReference', 'Volunteer', 'UserAccount'];
    for (const name of wordsAboutPeople) expect(['ANONYMISED', 'DELETED'], name).toContain(DATA_MAP[name]?.erasure);
  });
});
