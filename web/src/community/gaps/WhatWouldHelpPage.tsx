import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { RecruitSuggestionsQuery as SuggestionsData } from '../../gql/graphql';
import { PageHeading } from '../../ui/PageHeading';
import { LoadProblem, Loading } from '../../ui/page-states';
import { SummaryList } from '../../ui/SummaryList';
import { CommunityPage, communityPath, DataTable, GROWTH_ROLES, type Column } from '../ui';
import { startDrivePath } from './drive-link';
import { contactModeLabel, languageLabel, people, skillLabel, supportKindLabel } from './gap-words';
import { RecruitSuggestionsQuery } from './operations';
import './gaps.css';

type Suggestion = SuggestionsData['recruitSuggestions'][number];

const TITLE = 'What would help most';

export function WhatWouldHelpPage() {
  return (
    <CommunityPage title={TITLE}>
      {({ scheme, schemePicker, viewer }) => (
        <>
          <span className="gap-scheme">{scheme.name}</span>
          <PageHeading>{TITLE}</PageHeading>
          {schemePicker}
          <SuggestionsFor
            schemeId={scheme.id}
            canStartDrives={viewer.memberships.some((m) => m.scheme.id === scheme.id && (GROWTH_ROLES as readonly string[]).includes(m.role))}
          />
        </>
      )}
    </CommunityPage>
  );
}

function SuggestionsFor({ schemeId, canStartDrives }: { schemeId: string; canStartDrives: boolean }) {
  const { data, loading, error } = useQuery(RecruitSuggestionsQuery, { variables: { schemeId, limit: 10 }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  const suggestions = data.recruitSuggestions;
  return (
    <>
      <p className="lead">The volunteers to recruit who would give the most people waiting someone who fits, most helpful first.</p>
      <p>
        Each suggestion is worked out by checking a new volunteer of that kind against everyone waiting, with the same rules
        as matching. “Adds to the above” counts only the people the suggestions above it would not already help.{' '}
        <Link to={communityPath('/community/gaps', schemeId)}>See where people are waiting</Link>.
      </p>
      {suggestions.length === 0 ? (
        <p>There is nobody waiting whom a new volunteer would help just now.</p>
      ) : (
        <>
          <ol className="gap-suggestions">
            {suggestions.map((s, index) => (
              <SuggestionCard key={s.key} rank={index + 1} suggestion={s} drivePath={canStartDrives ? startDrivePath(schemeId, s) : null} />
            ))}
          </ol>
          <SuggestionTable suggestions={suggestions} />
        </>
      )}
    </>
  );
}

/** One suggestion; `drivePath` only for those who run drives (community builders and administrators). */
function SuggestionCard({ rank, suggestion: s, drivePath }: { rank: number; suggestion: Suggestion; drivePath: string | null }) {
  const headingId = `suggestion-${rank}`;
  return (
    <li className="gap-suggestion">
      <h2 className="heading-m" id={headingId}>
        <span className="gap-suggestion__rank">Suggestion {rank}</span>
        {sentence(s.text)}
      </h2>
      <SummaryList
        rows={[
          { key: 'People it would unblock', value: people(s.peopleUnblocked) },
          { key: 'Adds to the above', value: rank === 1 ? people(s.addsToAbove) : `${people(s.addsToAbove)} more` },
          { key: 'Volunteers needed', value: String(s.volunteersNeeded) },
          { key: 'Support', value: supportKindLabel(s.kind) },
          { key: 'Keeping in touch', value: contactModeLabel(s.contactMode) },
          { key: 'Where', value: s.area ? `Near ${s.area}` : 'Anywhere' },
          { key: 'When', value: s.bandLabel ? capitalise(s.bandLabel) : 'Any time' },
          ...(s.skills.length > 0 ? [{ key: 'Skills', value: s.skills.map(skillLabel).join(', ') }] : []),
          ...(s.language ? [{ key: 'Language', value: languageLabel(s.language) }] : []),
        ]}
      />
      {drivePath ? (
        <p>
          <Link className="button" to={drivePath} aria-describedby={headingId}>
            Start a drive for this
          </Link>
        </p>
      ) : null}
    </li>
  );
}

const columns: Column<Suggestion & { rank: number }>[] = [
  { key: 'text', header: 'Who to recruit', value: (s) => sentence(s.text) },
  { key: 'rank', header: 'Rank', numeric: true },
  { key: 'peopleUnblocked', header: 'People it would unblock', numeric: true },
  { key: 'addsToAbove', header: 'Adds to the above', numeric: true },
  { key: 'volunteersNeeded', header: 'Volunteers needed', numeric: true },
];

function SuggestionTable({ suggestions }: { suggestions: Suggestion[] }) {
  return (
    <section aria-labelledby="all-suggestions">
      <h2 id="all-suggestions" className="heading-m">
        All suggestions as a table
      </h2>
      <DataTable
        caption="Volunteers to recruit, most helpful first"
        columns={columns}
        rows={suggestions.map((s, index) => ({ ...s, rank: index + 1 }))}
        csvName="volunteers-to-recruit"
      />
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** The suggestion's words as a sentence. */
const sentence = (text: string) => `${capitalise(text)}.`;
