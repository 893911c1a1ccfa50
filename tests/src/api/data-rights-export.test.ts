/**
 * A person's whole data as one machine-readable JSON document: from the person themself (the
 * mutation and GET /me/data.json) and from a link worker of their scheme (audited). Every section the
 * data map names is filled for someone; nothing secret is ever in it; safeguarding concerns about
 * the person are left out and the document says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_MAP } from '@kindred/server';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  EXPORT_MY_DATA,
  EXPORT_PERSON_DATA,
  exportMine,
  exportPerson,
  personWithEverything,
  RAISE_CONCERN,
  sql,
  type ExportDocument,
  type Identifiers,
} from './data-rights-support.ts';
import { refer } from './seekers-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
let person: SignedIn;
let ids: Identifiers;
let seekerId: string;
let matchId: string;
let mine: ExportDocument;

beforeAll(async () => {
  cast = await buildCast(kindred);
  person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Araminta Thistlewood' }), cast.scheme);
  ({ ids, seekerId, matchId } = await personWithEverything(cast, person, cast.volunteer, '31415'));
  // A password reset she asked for, and a concern the volunteer raised about her.
  expectSuccess(await kindred.person().graphql('mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }', { input: { email: ids.email } }));
  expectSuccess(await cast.volunteer.client.graphql(RAISE_CONCERN, { input: { subjectKind: 'PERSON', subjectId: seekerId, text: 'CONCERN-ABOUT-HER: she seemed frightened of a neighbour' } }));
  mine = await exportMine(person.client);
}, 120_000);
afterAll(() => kindred.close());

const section = <T = Array<Record<string, unknown>>>(doc: ExportDocument, name: string) => doc[name] as T;

describe('the person’s own export', () => {
  it('is one JSON document with a schema version, when it was made and what it covers', () => {
    expect(mine.schemaVersion).toBe(1);
    expect(mine.kind).toBe('kindred.personal-data');
    expect(Math.abs(Date.parse(mine.generatedAt) - Date.now())).toBeLessThan(60_000);
    expect(mine.scope).toMatchObject({ madeBy: 'THE_PERSON', everyScheme: true, schemes: [{ id: cast.scheme.id, name: cast.scheme.name }] });
    expect(mine.account).toMatchObject({ email: ids.email, displayName: ids.name });
    expect(section(mine, 'memberships')).toEqual([expect.objectContaining({ role: 'SEEKER', scheme: { id: cast.scheme.id, name: cast.scheme.name } })]);
    expect(section(mine, 'sessions').length).toBeGreaterThan(0);
    expect(section(mine, 'passwordResets')).toHaveLength(1);
  });

  it('holds their record, requests, consents, contacts and check-ins with their answers', () => {
    const [record] = section<Array<Record<string, any>>>(mine, 'seekerRecords');
    expect(record).toMatchObject({
      id: seekerId,
      name: ids.name,
      phone: ids.phone,
      address: ids.address,
      whatMattersToMe: ids.words[0],
      profile: expect.objectContaining({ postcode: ids.postcode, interests: ['walking', 'gardening'] }),
    });
    expect(record!.requests).toEqual([expect.objectContaining({ kind: 'BEFRIENDING', status: 'MATCHED', notes: ids.words[1] })]);
    expect(record!.consents.map((c: { purpose: string }) => c.purpose)).toContain('SHARE_WITH_VOLUNTEER');
    expect(record!.consents.find((c: { purpose: string }) => c.purpose === 'SHARE_WITH_VOLUNTEER')).toMatchObject({ lawfulBasis: 'CONSENT', recordedByName: ids.name, recordedOnBehalf: false, withdrawnAt: null });
    expect(record!.contactsFromTheScheme).toEqual([expect.objectContaining({ method: 'PHONE', note: `Rang ${ids.name} on ${ids.phone}`, recordedByName: 'Lin Worker' })]);
    const [baseline] = record!.checkIns;
    expect(baseline).toMatchObject({ occasion: 'BASELINE', status: 'COMPLETED' });
    expect(baseline.responses.length).toBeGreaterThan(0);
    expect(baseline.responses[0]).toHaveProperty('answers');
  });

  it('holds their matches from their side, with every message sent and received', () => {
    const [match] = section<Array<Record<string, any>>>(mine, 'matches');
    expect(match).toMatchObject({ id: matchId, yourSide: 'PERSON', otherPersonFirstName: 'Vera', status: 'ACTIVE' });
    expect(match!.messages.map((m: { body: string; fromYou: boolean }) => [m.fromYou, m.body])).toEqual([
      [false, ids.words[2]],
      [true, ids.words[3]],
    ]);
    expect(match!.contactLog).toEqual([expect.objectContaining({ how: 'PHONE', byYou: false })]);
    expect(match!.reviews).toEqual([expect.objectContaining({ continues: true })]);
    expect(match!.steps.map((s: { to: string }) => s.to)).toEqual(['PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE']);
    // Reasons staff keep for each other are not "their side".
    expect(match!.reasons.every((r: unknown) => typeof r === 'string')).toBe(true);
  });

  it('holds the concerns they raised, never concerns about them, and says why', () => {
    expect(section(mine, 'concernsRaised')).toEqual([expect.objectContaining({ about: 'MATCH', text: 'The volunteer was twenty minutes late twice.' })]);
    expect(JSON.stringify(mine)).not.toContain('CONCERN-ABOUT-HER');
    expect(mine.notIncluded.map((n) => n.what).join(' ')).toMatch(/concerns other people raised about you/);
    expect(mine.notIncluded.map((n) => n.why).join(' ')).toMatch(/safeguarding exemption/);
  });

  it('holds their notifications and their activity, but no secret', async () => {
    expect(section(mine, 'notifications').length).toBeGreaterThan(0);
    expect(section(mine, 'activityLog')).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'CONCERN_RAISED', subjectType: 'Concern', outcome: 'ALLOWED' })]));
    const [stored] = await sql<{ password_hash: string }>(kindred, 'select password_hash from person_account where id = ?', [person.viewer.id]);
    const text = JSON.stringify(mine);
    expect(text).not.toContain(stored!.password_hash);
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2/);
  });

  it('for a volunteer, holds their record, references, DBS checks as stored, training, and the match from their side', async () => {
    const theirs = await exportMine(cast.volunteer.client);
    const [record] = section<Array<Record<string, any>>>(theirs, 'volunteerRecords');
    expect(record!.references.map((r: { refereeName: string }) => r.refereeName)).toEqual(['Ann Lee', 'Brian Shaw']);
    expect(record!.dbsChecks).toEqual([expect.objectContaining({ level: 'ENHANCED', certificateEnding: null })]);
    expect(record!.training.length).toBe(3);
    expect(section<Array<Record<string, any>>>(theirs, 'matches')[0]).toMatchObject({ yourSide: 'VOLUNTEER', otherPersonFirstName: 'Araminta' });
    expect(JSON.stringify(theirs)).not.toContain(ids.phone);
  });

  it('for staff, says two-factor sign-in is on, without its secret', async () => {
    const theirs = await exportMine(cast.linkWorker.client);
    expect(theirs.twoFactor).toMatchObject({ turnedOnAt: expect.any(String) });
    const [secret] = await sql<{ secret: string }>(kindred, 'select secret from two_factor where user_id = ?', [cast.linkWorker.viewer.id]);
    expect(JSON.stringify(theirs)).not.toContain(secret!.secret);
  });

  it('fills every section the data map names, for someone', async () => {
    const docs = [mine, await exportMine(cast.volunteer.client), await exportMine(cast.linkWorker.client)];
    const filled = (doc: ExportDocument, name: string) => {
      const value = doc[name];
      return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
    };
    const sections = new Set(Object.values(DATA_MAP).flatMap((entry) => ('section' in entry.exported ? [entry.exported.section] : [])));
    for (const name of sections) expect(docs.some((doc) => filled(doc, name)), `export section ${name}`).toBe(true);
  });

  it('downloads from /me/data.json as an attachment, with the session cookie', async () => {
    const response = await person.client.fetch('/me/data.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="kindred-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const doc = (await response.json()) as ExportDocument;
    expect(doc.account?.email).toBe(ids.email);
    const nobody = await kindred.person('nobody').fetch('/me/data.json');
    expect(nobody.status).toBe(401);
  });
});

describe('a link worker’s export of one person', () => {
  it('holds what the scheme holds, by their record or their account, and is audited', async () => {
    const bySeeker = await exportPerson(cast.linkWorker.client, { seekerId });
    const byUser = await exportPerson(cast.linkWorker.client, { userId: person.viewer.id });
    for (const doc of [bySeeker, byUser]) {
      expect(doc.scope).toMatchObject({ madeBy: 'STAFF', everyScheme: false });
      expect(doc.account?.email).toBe(ids.email);
      expect(section<Array<{ id: string }>>(doc, 'seekerRecords').map((r) => r.id)).toEqual([seekerId]);
      expect(section(doc, 'matches')).toHaveLength(1);
      // Account-wide records stay with the person's own export.
      expect(section(doc, 'sessions')).toEqual([]);
    }
    const audit = await sql<{ action: string; subject_id: string; outcome: string }>(
      kindred,
      `select action, subject_id, outcome from audit_event where actor_id = ? and action = 'DATA_EXPORTED'`,
      [cast.linkWorker.viewer.id],
    );
    expect(audit).toEqual(expect.arrayContaining([{ action: 'DATA_EXPORTED', subject_id: person.viewer.id, outcome: 'ALLOWED' }]));
  });

  it('covers a person referred without an account', async () => {
    const referred = await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Edith Oddfellow' });
    const doc = await exportPerson(cast.admin.client, { seekerId: referred.id });
    expect(doc.account).toBeNull();
    expect(section(doc, 'seekerRecords')).toEqual([expect.objectContaining({ name: 'Edith Oddfellow', phone: '01422 845123' })]);
  });

  it('is refused, as "not found", to anyone else', async () => {
    const tries: Array<[string, Promise<{ errors?: Array<{ extensions?: { code?: string } }> } & object>, string]> = [
      ['nobody', cast.nobody.graphql(EXPORT_PERSON_DATA, { input: { seekerId } }), 'UNAUTHENTICATED'],
      ['another person seeking company', cast.anotherSeeker.client.graphql(EXPORT_PERSON_DATA, { input: { seekerId } }), 'FORBIDDEN'],
      ['a volunteer', cast.anotherVolunteer.client.graphql(EXPORT_PERSON_DATA, { input: { userId: person.viewer.id } }), 'FORBIDDEN'],
      ['a community builder', cast.communityBuilder.client.graphql(EXPORT_PERSON_DATA, { input: { seekerId } }), 'FORBIDDEN'],
      ['another scheme’s link worker, by record', cast.otherSchemeLinkWorker.client.graphql(EXPORT_PERSON_DATA, { input: { seekerId } }), 'NOT_FOUND'],
      ['another scheme’s link worker, by account', cast.otherSchemeLinkWorker.client.graphql(EXPORT_PERSON_DATA, { input: { userId: person.viewer.id } }), 'NOT_FOUND'],
      ['a made-up id', cast.linkWorker.client.graphql(EXPORT_PERSON_DATA, { input: { seekerId: '00000000-0000-4000-8000-000000000000' } }), 'NOT_FOUND'],
      ['not an id', cast.linkWorker.client.graphql(EXPORT_PERSON_DATA, { input: { userId: 'nonsense' } }), 'NOT_FOUND'],
    ];
    for (const [who, attempt, code] of tries) {
      const result = await attempt;
      expect(result.errors?.[0]?.extensions?.code, who).toBe(code);
      expect(JSON.stringify(result), who).not.toContain(ids.phone);
    }
    expectErrorCode(await cast.linkWorker.client.graphql(EXPORT_PERSON_DATA, { input: { seekerId, userId: person.viewer.id } }), 'BAD_USER_INPUT');
    expectErrorCode(await cast.nobody.graphql(EXPORT_MY_DATA), 'UNAUTHENTICATED');
  });
});
