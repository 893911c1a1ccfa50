import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import type { Viewer } from '../app/session';
import { DataTable, schemesWithRole, type Column } from '../community/ui';
import { SignedInOnly } from '../directory/SignedInOnly';
import type { AuditEventsQuery as AuditEventsResult } from '../gql/graphql';
import { hasProblems, NO_PROBLEMS } from '../ui/form-problems';
import { Loading } from '../ui/page-states';
import { PageHeading } from '../ui/PageHeading';
import { filterInput, useAuditSearch } from './audit-filters';
import { actionInWords, outcomeInWords, subjectInWords, whenInWords } from './audit-words';
import { AUDIT_FIELDS, AuditFiltersForm } from './AuditFiltersForm';
import { AuditEventsQuery } from './operations';
import './audit.css';

const TITLE = 'Audit log';
const PAGE_SIZE = 50;

type AuditEvent = AuditEventsResult['auditEvents']['events'][number];

const columns: Column<AuditEvent>[] = [
  { key: 'at', header: 'When', value: (e) => whenInWords(e.at) },
  {
    key: 'actor',
    header: 'Who',
    value: (e) => (e.actorEmail ? `${e.actorName ?? ''} (${e.actorEmail})` : 'Nobody signed in'),
    render: (e) =>
      e.actorEmail ? (
        <>
          {e.actorName}
          <br />
          <span className="audit-table__secondary">{e.actorEmail}</span>
        </>
      ) : (
        'Nobody signed in'
      ),
  },
  { key: 'action', header: 'What happened', value: (e) => actionInWords(e.action) },
  {
    key: 'subject',
    header: 'To what',
    value: (e) => `${subjectInWords(e.subjectType)}${e.subjectId ? ` ${e.subjectId}` : ''}`,
    render: (e) => (
      <>
        {subjectInWords(e.subjectType)}
        {e.subjectId ? (
          <>
            <br />
            <span className="audit-table__id">{e.subjectId}</span>
          </>
        ) : null}
      </>
    ),
  },
  { key: 'schemeName', header: 'Scheme', value: (e) => e.schemeName ?? 'Every scheme' },
  { key: 'outcome', header: 'Outcome', value: (e) => outcomeInWords(e.outcome) },
];

/** Administrators search who did what, and when, in the schemes they run. Never the values: only who, what, when, outcome. */
export function AuditPage() {
  return <SignedInOnly title={TITLE}>{(viewer) => <ForAdministrators viewer={viewer} />}</SignedInOnly>;
}

function ForAdministrators({ viewer }: { viewer: Viewer }) {
  const schemes = schemesWithRole(viewer, ['ADMIN']);
  if (schemes.length === 0) return <NotForYou />;
  return <Search schemes={schemes} />;
}

function Search({ schemes }: { schemes: ReadonlyArray<{ id: string; name: string }> }) {
  const { filters, after, search, olderThan } = useAuditSearch();
  const { data, error, loading } = useQuery(AuditEventsQuery, {
    variables: { filter: filterInput(filters), first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const problems = error ? problemsFromError(error, AUDIT_FIELDS, { notFound: 'That scheme could not be found. Choose one of yours.' }) : NO_PROBLEMS;
  const page = data?.auditEvents;
  const [formProblems, setFormProblems] = useState(false);
  return (
    <>
      <PageHeading hasErrors={formProblems || hasProblems(problems)}>{TITLE}</PageHeading>
      <p>
        Who did what, and when: sign-ins, changes of role, vetting, reading people’s health and access information, safeguarding
        actions and refused requests. It never holds what was read or written.
      </p>
      {/* Keyed by the filters, so going back in the browser shows the search that made that page. */}
      <AuditFiltersForm key={JSON.stringify(filters)} filters={filters} schemes={schemes} serverProblems={problems} onSearch={search} onOwnProblems={setFormProblems} />
      {error ? null : !page || loading ? (
        <Loading />
      ) : (
        <section aria-labelledby="audit-results">
          <h2 id="audit-results" className="heading-m">
            {after ? 'Older events' : 'Latest events'}
          </h2>
          <p role="status">{resultWords(page.events.length, !!page.nextCursor)}</p>
          <DataTable caption="Audit events, newest first" columns={columns} rows={page.events} csvName="audit-events" empty="Nothing matches this search." />
          <nav className="audit-pages" aria-label="Pages of results">
            {page.nextCursor ? (
              <button type="button" className="button button--secondary" onClick={() => olderThan(page.nextCursor as string)}>
                Show older events
              </button>
            ) : null}
            {after ? <Link to={{ search: withoutCursor() }}>Back to the newest events</Link> : null}
          </nav>
        </section>
      )}
    </>
  );
}

function resultWords(shown: number, more: boolean): string {
  if (shown === 0) return 'No events match this search.';
  const events = `${shown} event${shown === 1 ? '' : 's'}`;
  return more ? `Showing ${events}. There are older ones.` : `Showing ${events}.`;
}

function withoutCursor(): string {
  const params = new URLSearchParams(window.location.search);
  params.delete('after');
  return params.toString();
}

function NotForYou() {
  return (
    <>
      <PageHeading>{TITLE}</PageHeading>
      <p>The audit log is for administrators of a Kindred scheme.</p>
      <p>If you should be able to see it, ask an administrator at your scheme.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
