import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import type { Viewer } from '../app/session';
import { ErrorSummary } from '../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';
import { ActivityResults } from './ActivityResults';
import { SearchActivitiesQuery } from './operations';
import { useOwnPostcode } from './own-place';
import { directorySchemes, SchemePicker, useChosenScheme } from './scheme-choice';
import { SearchForm } from './SearchForm';
import { checkSearch, paramsOfSearch, searchFromParams, searchInput, SEARCH_FIELD_IDS, type SearchField, type SearchValues } from './search-params';
import { SignedInOnly } from './SignedInOnly';

export function FindActivityPage() {
  return <SignedInOnly title="Find an activity">{(viewer) => <FindActivity viewer={viewer} />}</SignedInOnly>;
}

function FindActivity({ viewer }: { viewer: Viewer }) {
  const schemes = directorySchemes(viewer, false);
  const [scheme, chooseScheme] = useChosenScheme(schemes);
  const [params, setParams] = useSearchParams();
  const own = useOwnPostcode(viewer, scheme?.id);
  const fromAddress = searchFromParams(params);
  // Distances are from the person's own postcode unless they gave another, or cleared it.
  const values: SearchValues = { ...fromAddress, postcode: fromAddress.postcodeGiven ? fromAddress.postcode : (own.postcode ?? '') };
  const usingOwn = !fromAddress.postcodeGiven && !!own.postcode;
  const [problems, setProblems] = useState<FormProblems<SearchField>>(NO_PROBLEMS);
  const valid = !hasProblems(checkSearch(values));
  const { data, previousData, loading, error, fetchMore } = useQuery(SearchActivitiesQuery, {
    variables: { input: searchInput(values, scheme?.id ?? '') },
    skip: !scheme || own.loading || !valid,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const serverProblems = error ? problemsFromError(error, Object.keys(SEARCH_FIELD_IDS) as SearchField[]) : NO_PROBLEMS;
  const shown = hasProblems(problems) ? problems : serverProblems;
  const page = (data ?? previousData)?.activities;

  if (!scheme) {
    return (
      <>
        <PageHeading>Find an activity</PageHeading>
        <p>You need a role in a Kindred scheme to find its activities.</p>
      </>
    );
  }

  function search(next: SearchValues) {
    const found = checkSearch(next);
    setProblems(found);
    if (hasProblems(found)) return;
    setParams(paramsOfSearch(next, scheme?.id));
  }

  async function showMore() {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { input: { ...searchInput(values, scheme!.id), after: page.nextCursor } },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          activities: { ...fetchMoreResult.activities, results: [...previous.activities.results, ...fetchMoreResult.activities.results] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <ErrorSummary problems={shown} fieldIds={SEARCH_FIELD_IDS} />
      <PageHeading hasErrors={hasProblems(shown)}>Find an activity</PageHeading>
      <p className="lead">Groups and activities near you, such as a choir, a walking group or a lunch club.</p>
      <SchemePicker schemes={schemes} chosen={scheme} onChange={chooseScheme} />
      <div className="directory-search">
        <div className="directory-search__form">
          <SearchForm
            key={`${scheme.id}:${params.toString()}:${own.postcode ?? ''}`}
            initial={values}
            ownPostcode={usingOwn}
            problems={shown}
            searching={loading}
            onSearch={search}
          />
        </div>
        <div className="directory-search__results">
          <p role="status" className="visually-hidden">
            {loading ? 'Searching' : page ? `${page.totalCount} ${page.totalCount === 1 ? 'activity' : 'activities'} found` : ''}
          </p>
          {page ? (
            <ActivityResults
              results={page.results}
              totalCount={page.totalCount}
              canShowMore={!!page.nextCursor}
              loadingMore={loadingMore}
              onShowMore={() => void showMore()}
            />
          ) : loading ? (
            <p>Searching…</p>
          ) : null}
        </div>
      </div>
      {directorySchemes(viewer, true).some((s) => s.id === scheme.id) ? (
        <p>
          <Link to={`/activities/manage?scheme=${scheme.id}`}>Manage the activity directory</Link>
        </p>
      ) : null}
    </>
  );
}
