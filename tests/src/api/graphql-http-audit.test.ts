/**
 * GraphQL over HTTP conformance (SECURITY.md): graphql-http's server audits against a running
 * Kindred in development mode. Kindred's CSRF prevention needs a preflight-forcing header on every
 * request, so the audits go through a fetch that adds it, as the web app does. No MUST audit may
 * fail; SHOULD and MAY results are printed.
 */
import { afterAll, expect, it } from 'vitest';
import { auditServer, type AuditResult } from 'graphql-http';
import { startTestKindred } from '../support/kindred.ts';

const kindred = await startTestKindred({ env: { NODE_ENV: 'development' } });
afterAll(() => kindred.close());

const withPreflightHeader: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('apollo-require-preflight', 'true');
  return fetch(input, { ...init, headers });
};

const line = (result: AuditResult) => `${result.status.padEnd(6)} ${result.name}${'reason' in result ? ` — ${result.reason}` : ''}`;

it('passes every MUST audit of the GraphQL over HTTP spec', async () => {
  const results = await auditServer({ url: `${kindred.url}/graphql`, fetchFn: withPreflightHeader });
  const count = (status: AuditResult['status']) => results.filter((r) => r.status === status).length;
  console.log(
    [
      `graphql-http audits: ${results.length} run, ${count('ok')} ok, ${count('error')} MUST failed, ${count('warn')} SHOULD not met, ${count('notice')} MAY not met`,
      ...results.filter((r) => r.status !== 'ok').map(line),
    ].join('\n'),
  );
  expect(results.length).toBeGreaterThan(0);
  const mustFailures = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok').map(line);
  expect(mustFailures).toEqual([]);
});

it('still refuses a request without the preflight-forcing header (the audits passed only because we sent it)', async () => {
  const response = await fetch(`${kindred.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
  expect(response.status).toBe(400);
});
