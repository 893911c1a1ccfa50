/**
 * The audit log itself and the account hooks: every sign-in (success and failure), every change of
 * role, every refused request — one row each, who/what/when/outcome, never a value. And the table is
 * append-only in the database: not even the app's own database user can change or remove a row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { GRANT_ROLE, REVOKE_ROLE, SIGN_IN } from '../support/operations.ts';
import { appConnection, auditedBy, auditRowsSince, expectOnlyRow } from './audit-support.ts';
import { refer, SEEKER_QUERY } from './seekers-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
}, 120_000);
afterAll(() => kindred.close());

const signInAs = (email: string, password: string, client = kindred.person('signing in')) =>
  client.graphql(SIGN_IN, { input: { email, password } });

describe('signing in', () => {
  it('records a successful sign-in against the account, with no email address or password', async () => {
    const { details, viewer } = cast.anotherSeeker;
    const rows = await auditedBy(kindred, 'SIGN_IN', async () => expectSuccess(await signInAs(details.email, details.password)));
    expectOnlyRow(
      rows,
      { actor_id: viewer.id, scheme_id: null, action: 'SIGN_IN', subject_type: 'UserAccount', subject_id: viewer.id, outcome: 'ALLOWED' },
      [details.email, details.password, details.displayName],
    );
  });

  it('records a wrong password as FAILED, naming the account but not what was typed', async () => {
    const { details, viewer } = cast.anotherVolunteer;
    const typed = 'not my password at all';
    const rows = await auditedBy(kindred, 'SIGN_IN_FAILED', async () => expectErrorCode(await signInAs(details.email.toUpperCase(), typed), 'UNAUTHENTICATED'));
    expectOnlyRow(
      rows,
      { actor_id: null, scheme_id: null, action: 'SIGN_IN_FAILED', subject_type: 'UserAccount', subject_id: viewer.id, outcome: 'FAILED' },
      [details.email, typed, details.displayName],
    );
  });

  it('records a sign-in to an address with no account as FAILED with no account and no address', async () => {
    const typed = 'nobody-here@example.org';
    const rows = await auditedBy(kindred, 'SIGN_IN_FAILED', async () => expectErrorCode(await signInAs(typed, 'whatever it is'), 'UNAUTHENTICATED'));
    expectOnlyRow(rows, { actor_id: null, scheme_id: null, action: 'SIGN_IN_FAILED', subject_type: 'UserAccount', subject_id: null, outcome: 'FAILED' }, [typed]);
  });

  it('records attempts refused by the throttle as DENIED, against the account', async () => {
    const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Terry Throttled' }), cast.scheme);
    const since = new Date(Date.now() - 1);
    let refused = false;
    for (let attempt = 0; attempt < 15 && !refused; attempt++) {
      const result = await signInAs(person.details.email, `wrong guess ${attempt}`);
      refused = result.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS';
    }
    expect(refused, 'the throttle refused at last').toBe(true);
    const rows = await auditRowsSince(kindred, since, 'SIGN_IN_FAILED');
    expect(rows.filter((r) => r.outcome === 'DENIED')).toHaveLength(1);
    expect(rows.every((r) => r.subject_id === person.viewer.id && r.actor_id === null)).toBe(true);
    expect(rows.filter((r) => r.outcome === 'FAILED').length).toBeGreaterThan(0);
  });

  it('records signing up as a role granted to oneself and a sign-in', async () => {
    const details = buildPerson({ displayName: 'Nina Newcomer' });
    const since = new Date(Date.now() - 1);
    const { viewer } = await signUp(kindred, 'VOLUNTEER', details, cast.scheme);
    const secrets = [details.email, details.password, details.displayName];
    expectOnlyRow(
      await auditRowsSince(kindred, since, 'ROLE_GRANTED'),
      { actor_id: viewer.id, scheme_id: cast.scheme.id, action: 'ROLE_GRANTED', subject_type: 'Role.VOLUNTEER', subject_id: viewer.id, outcome: 'ALLOWED' },
      secrets,
    );
    expectOnlyRow(
      await auditRowsSince(kindred, since, 'SIGN_IN'),
      { actor_id: viewer.id, scheme_id: null, action: 'SIGN_IN', subject_type: 'UserAccount', subject_id: viewer.id, outcome: 'ALLOWED' },
      secrets,
    );
  });
});

describe('changes of role', () => {
  it('records a grant and a removal by the administrator, naming the role and the person', async () => {
    const person = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Rory Role' }), cast.scheme);
    const grant = { email: person.details.email, schemeId: cast.scheme.id, role: 'COMMUNITY_BUILDER' };
    const admin = cast.admin.client;
    const expected = { actor_id: cast.admin.viewer.id, scheme_id: cast.scheme.id, subject_type: 'Role.COMMUNITY_BUILDER', subject_id: person.viewer.id, outcome: 'ALLOWED' };

    const granted = await auditedBy(kindred, 'ROLE_GRANTED', async () => expectSuccess(await admin.graphql(GRANT_ROLE, { input: grant })));
    expectOnlyRow(granted, { ...expected, action: 'ROLE_GRANTED' }, [person.details.email, person.details.displayName]);

    // Granting a role the person already holds changes nothing, so records nothing.
    expect(await auditedBy(kindred, 'ROLE_GRANTED', async () => expectSuccess(await admin.graphql(GRANT_ROLE, { input: grant })))).toHaveLength(0);

    const removed = await auditedBy(kindred, 'ROLE_REMOVED', async () => expect(expectSuccess(await admin.graphql(REVOKE_ROLE, { input: grant }))).toEqual({ revokeRole: true }));
    expectOnlyRow(removed, { ...expected, action: 'ROLE_REMOVED' }, [person.details.email]);

    // Removing it again removes nothing, so records nothing.
    expect(await auditedBy(kindred, 'ROLE_REMOVED', async () => expectSuccess(await admin.graphql(REVOKE_ROLE, { input: grant })))).toHaveLength(0);
  });

  it('records a refused grant (a scheme the caller does not administer) as a denial, and no grant', async () => {
    const since = new Date(Date.now() - 1);
    const input = { email: cast.volunteer.details.email, schemeId: cast.scheme.id, role: 'ADMIN' };
    // A link worker is not an administrator: the access rule refuses before anything runs.
    expectErrorCode(await cast.linkWorker.client.graphql(GRANT_ROLE, { input }), 'FORBIDDEN');
    expect(await auditRowsSince(kindred, since, 'ROLE_GRANTED')).toHaveLength(0);
    expectOnlyRow(
      await auditRowsSince(kindred, since, 'ACCESS_DENIED'),
      { actor_id: cast.linkWorker.viewer.id, scheme_id: null, action: 'ACCESS_DENIED', subject_type: 'Mutation.grantRole', subject_id: null, outcome: 'DENIED' },
      [cast.volunteer.details.email],
    );
  });
});

describe('refusals', () => {
  it('records a refusal by the access rule: FORBIDDEN to a person without the role, UNAUTHENTICATED to nobody', async () => {
    const someId = '6f1c2a8e-1b7a-4c1e-9f3d-2d7b8e4a5c60';
    const forbidden = await auditedBy(kindred, 'ACCESS_DENIED', async () => expectErrorCode(await cast.seeker.client.graphql(SEEKER_QUERY, { id: someId }), 'FORBIDDEN'));
    expectOnlyRow(forbidden, { actor_id: cast.seeker.viewer.id, scheme_id: null, action: 'ACCESS_DENIED', subject_type: 'Query.seeker', subject_id: someId, outcome: 'DENIED' });

    const anonymous = await auditedBy(kindred, 'ACCESS_DENIED', async () => expectErrorCode(await cast.nobody.graphql(SEEKER_QUERY, { id: 'not-an-id' }), 'UNAUTHENTICATED'));
    // What was asked for is kept only when it is an id: anything else may be a value someone typed.
    expectOnlyRow(anonymous, { actor_id: null, scheme_id: null, action: 'ACCESS_DENIED', subject_type: 'Query.seeker', subject_id: null, outcome: 'DENIED' }, ['not-an-id']);
  });

  it('records a record hidden by the service (another scheme’s person looks "not found") as a denial', async () => {
    const referred = await refer(cast.linkWorker.client, cast.scheme.id);
    const rows = await auditedBy(kindred, 'ACCESS_DENIED', async () =>
      expectErrorCode(await cast.otherSchemeLinkWorker.client.graphql(SEEKER_QUERY, { id: referred.id }), 'NOT_FOUND'),
    );
    // No scheme: the scheme of something hidden is itself not told (see server/src/audit/README.md).
    expectOnlyRow(rows, { actor_id: cast.otherSchemeLinkWorker.viewer.id, scheme_id: null, action: 'ACCESS_DENIED', subject_type: 'Seeker', subject_id: referred.id, outcome: 'DENIED' });
  });
});

describe('the log is append-only in the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, even by the app’s own database user, and the rows stay as they were', async () => {
    const connection = appConnection(kindred);
    const before = await connection.execute<Array<{ id: string; action: string; outcome: string }>>('select id, action, outcome from audit_event order by id');
    expect(before.length).toBeGreaterThan(0);
    const target = before[0]!.id;
    await expect(connection.execute(`update audit_event set outcome = 'ALLOWED', actor_id = null where id = ?`, [target])).rejects.toThrow(/append-only/);
    await expect(connection.execute('delete from audit_event where id = ?', [target])).rejects.toThrow(/append-only/);
    // Even a statement that matches no row is refused: the guard is on the statement, not the rows.
    await expect(connection.execute('delete from audit_event where false')).rejects.toThrow(/append-only/);
    await expect(connection.execute('truncate audit_event')).rejects.toThrow(/append-only/);
    const after = await connection.execute<typeof before>('select id, action, outcome from audit_event order by id');
    const kept = new Set(before.map((r) => r.id));
    expect(after.filter((r) => kept.has(r.id))).toEqual(before);
  });

  it('still takes new rows', async () => {
    const rows = await auditedBy(kindred, 'SIGN_IN', async () => expectSuccess(await signInAs(cast.seeker.details.email, cast.seeker.details.password)));
    expect(rows).toHaveLength(1);
  });
});
