import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Viewer } from '../../app/session';
import { problemsFromError } from '../../app/graphql-problems';
import { INSIGHT_ROLES, schemesWithRole } from '../../community/ui';
import { SchemePicker, useChosenScheme } from '../../directory/scheme-choice';
import { SignedInOnly } from '../../directory/SignedInOnly';
import { hasProblems, NO_PROBLEMS } from '../../ui/form-problems';
import { Loading } from '../../ui/page-states';
import { PageHeading } from '../../ui/PageHeading';
import { OutcomeReportQuery } from './operations';
import { csvAddress, useReportFilters } from './report-filters';
import { ReportFigures } from './ReportFigures';
import { FILTER_FIELDS, ReportFiltersForm } from './ReportFiltersForm';

const TITLE = 'Outcomes report';

/** How people's answers to the check-in questions changed, for a scheme's staff. */
export function OutcomeReportPage() {
  return <SignedInOnly title={TITLE}>{(viewer) => <ForStaff viewer={viewer} />}</SignedInOnly>;
}

function ForStaff({ viewer }: { viewer: Viewer }) {
  const schemes = schemesWithRole(viewer, INSIGHT_ROLES);
  const [scheme, choose] = useChosenScheme(schemes);
  if (!scheme) return <NotForYou />;
  return <ReportFor schemeId={scheme.id} schemePicker={<SchemePicker schemes={schemes} chosen={scheme} onChange={choose} />} />;
}

function ReportFor({ schemeId, schemePicker }: { schemeId: string; schemePicker: ReactNode }) {
  const [filters, setFilters] = useReportFilters();
  const area = filters.area.trim();
  const { data, error } = useQuery(OutcomeReportQuery, {
    variables: { schemeId, from: filters.from, to: filters.to, followUp: filters.followUp, area: area === '' ? null : area },
    fetchPolicy: 'cache-and-network',
  });
  const problems = error ? problemsFromError(error, FILTER_FIELDS, { notFound: 'That scheme could not be found.' }) : NO_PROBLEMS;
  return (
    <>
      <PageHeading hasErrors={hasProblems(problems)}>{TITLE}</PageHeading>
      <p>
        How the answers of the people your scheme supports changed between their first check-in and a later one, measured with
        published loneliness and wellbeing questionnaires. Everyone is counted together: no one is named.
      </p>
      {schemePicker}
      {/* Keyed by the filters, so going back in the browser shows the filters of that report. */}
      <ReportFiltersForm key={JSON.stringify(filters)} filters={filters} serverProblems={problems} onShow={setFilters} />
      {error ? null : !data ? (
        <Loading />
      ) : (
        <>
          <ReportFigures report={data.outcomeReport} />
          <p>
            <a href={csvAddress(schemeId, filters)} download>
              Download the whole report as a CSV file
            </a>
          </p>
        </>
      )}
    </>
  );
}

function NotForYou() {
  return (
    <>
      <PageHeading>{TITLE}</PageHeading>
      <p>This report is for community builders, link workers and administrators of a Kindred scheme.</p>
      <p>If you should be able to see it, ask a member of staff at your scheme.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
