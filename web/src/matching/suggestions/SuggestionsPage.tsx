import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import type { SuggestMatchesQuery } from '../../gql/graphql';
import { problemsFromError } from '../../app/graphql-problems';
import { SeekerQuery } from '../../seekers/operations';
import { BackLink } from '../../ui/BackLink';
import { PageHeading } from '../../ui/PageHeading';
import { SummaryList } from '../../ui/SummaryList';
import { SuggestMatchesQuery as Query } from '../operations';
import { LoadProblem, Loading, MatchingNotice } from '../page-states';
import { capitalise, sentence, sessionInWords, supportKindLabel, waysInWords } from '../words';
import '../../seekers/seekers.css';
import '../matching.css';

type Suggestion = SuggestMatchesQuery['suggestMatches']['suggestions'][number];
type Unmatched = SuggestMatchesQuery['suggestMatches']['unmatchedReasons'][number];

/** The best few volunteers for one person's request, each explaining itself, for a link worker to offer. */
export function SuggestionsPage() {
  const { seekerId = '', requestId = '' } = useParams();
  const seeker = useQuery(SeekerQuery, { variables: { id: seekerId } });
  const suggested = useQuery(Query, { variables: { requestId }, fetchPolicy: 'cache-and-network' });
  if (!seeker.data) return seeker.loading ? <Loading /> : <LoadProblem error={seeker.error} />;
  const record = seeker.data.seeker;
  const request = record.requests.find((r) => r.id === requestId);
  if (!request) return <LoadProblem error={null} notFound />;
  const name = record.aboutMe.name;
  const base = `/seekers/${record.id}/requests/${request.id}/suggestions`;

  return (
    <>
      <BackLink to={`/seekers/${record.id}`}>{`Back to ${name}`}</BackLink>
      <span className="caption-m">{name}</span>
      <PageHeading>Suggested volunteers</PageHeading>
      <MatchingNotice />
      <p>
        For {supportKindLabel(request.kind).toLowerCase()}
        {request.activityTitle && request.sessionStartsAt ? ` at ${request.activityTitle}, ${sessionInWords(request.sessionStartsAt)}` : ''}.
        Every volunteer here is approved, has a current DBS check, has room for someone new and meets {name}’s needs.
      </p>
      <p>
        When you offer a match, we ask the volunteer first. If they say yes, we ask {name}. Nobody is matched until {name} agrees.
      </p>
      {!suggested.data ? (
        suggested.loading ? <Loading /> : <SuggestionsProblem error={suggested.error} />
      ) : suggested.data.suggestMatches.suggestions.length === 0 ? (
        <NobodyFits name={name} reasons={suggested.data.suggestMatches.unmatchedReasons} />
      ) : (
        suggested.data.suggestMatches.suggestions.map((s) => <SuggestionCard key={s.volunteerId} suggestion={s} base={base} />)
      )}
    </>
  );
}

function SuggestionCard({ suggestion: s, base }: { suggestion: Suggestion; base: string }) {
  const headingId = `suggestion-${s.volunteerId}`;
  return (
    <section className="match-card" aria-labelledby={headingId}>
      <h2 className="heading-m" id={headingId}>
        {s.firstName}
      </h2>
      <p className="match-card__fit">{s.fitInWords}</p>
      <SummaryList
        rows={[
          { key: 'Area', value: s.area ?? 'Not given' },
          { key: 'Distance', value: s.approximateDistance ?? 'Not in person' },
          { key: 'Could keep in touch', value: capitalise(waysInWords(s.waysToKeepInTouch)) },
        ]}
      />
      <h3 className="heading-s">Why they might get on</h3>
      <ul className="list list--bullet">
        {s.reasons.map((reason) => (
          <li key={reason.text}>
            {reason.text}
            {reason.audience === 'STAFF' ? (
              <>
                {' '}
                <span className="tag">Staff only</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="button-group">
        <Link to={`${base}/${s.volunteerId}/offer`} className="button">
          Offer this match<span className="visually-hidden"> with {s.firstName}</span>
        </Link>
        <p>
          <Link to={`${base}/${s.volunteerId}/not-suitable`}>
            Not suitable<span className="visually-hidden">: {s.firstName}</span>
          </Link>
        </p>
      </div>
    </section>
  );
}

function NobodyFits({ name, reasons }: { name: string; reasons: readonly Unmatched[] }) {
  return (
    <>
      <h2 className="heading-m">No volunteer fits {name} yet</h2>
      {reasons.length === 0 ? (
        <p>There are no volunteers in this scheme who could be offered at the moment.</p>
      ) : (
        <>
          <p>What stands in the way, most telling first:</p>
          <ul className="list list--bullet">
            {reasons.map((reason) => (
              <li key={reason.kind + reason.text}>
                {sentence(reason.text)}
                {reason.onlyBlocker > 0
                  ? ` ${reason.onlyBlocker} ${reason.onlyBlocker === 1 ? 'volunteer' : 'volunteers'} would fit but for this.`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>Community builders see these reasons too, so they can look for volunteers where people are waiting.</p>
    </>
  );
}

/** The page itself loaded, so only this part says what went wrong, under the page's one heading. */
function SuggestionsProblem({ error }: { error: unknown }) {
  const [message] = problemsFromError(error, [], { notFound: 'This request is no longer waiting, so there is nobody to suggest.' }).general;
  return <p>{message}</p>;
}
