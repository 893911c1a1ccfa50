import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { PageHeading } from '../ui/PageHeading';
// From the kit's own modules rather than its index, so the home page does not load the charts.
import { CommunityPage, communityPath } from './ui/CommunityPage';
import { Headline } from './ui/Headline';
import { COMMUNITY_VIEWS } from './ui/views';
import './ui/community.css';

// Each headline is its own query, so that one view's trouble never hides the others or the links.
const HomeGapsQuery = graphql(`
  query CommunityHomeGaps($schemeId: ID!) {
    gapPicture(schemeId: $schemeId) {
      waiting
      none
    }
  }
`);

const HomeCapacityQuery = graphql(`
  query CommunityHomeCapacity($schemeId: ID!) {
    capacityOverTime(schemeId: $schemeId, weeks: 1) {
      activeVolunteers
      sparePlaces
    }
  }
`);

/** The community builders' home: a card for each view of unmet demand, capacity and recruitment. */
export function CommunityHomePage() {
  return (
    <CommunityPage title="Your community">
      {({ scheme, schemePicker }) => (
        <>
          <PageHeading>Your community</PageHeading>
          <p className="lead">{`Where people in ${scheme.name} are waiting for company, and how to find the volunteers they need.`}</p>
          {schemePicker}
          <Cards schemeId={scheme.id} />
        </>
      )}
    </CommunityPage>
  );
}

function Cards({ schemeId }: { schemeId: string }) {
  const headlines: Record<string, ReactNode> = {
    '/community/gaps': <GapsHeadline schemeId={schemeId} />,
    '/community/capacity': <CapacityHeadline schemeId={schemeId} />,
  };
  return (
    <ul className="community-cards">
      {COMMUNITY_VIEWS.map((view) => (
        <li key={view.path} className="community-card">
          <h2 className="heading-s">
            <Link to={communityPath(view.path, schemeId)}>{view.title}</Link>
          </h2>
          {headlines[view.path]}
          <p>{view.description}</p>
        </li>
      ))}
    </ul>
  );
}

function GapsHeadline({ schemeId }: { schemeId: string }) {
  const { data } = useQuery(HomeGapsQuery, { variables: { schemeId }, fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const { waiting, none } = data.gapPicture;
  return (
    <>
      <Headline value={waiting} label={waiting === 1 ? 'person waiting' : 'people waiting'} />
      {waiting > 0 ? <p>{none === 0 ? 'A volunteer fits everyone waiting.' : `${none} with no volunteer who fits yet.`}</p> : null}
    </>
  );
}

function CapacityHeadline({ schemeId }: { schemeId: string }) {
  const { data } = useQuery(HomeCapacityQuery, { variables: { schemeId }, fetchPolicy: 'cache-and-network' });
  const week = data?.capacityOverTime.at(-1);
  if (!week) return null;
  return (
    <>
      <Headline value={week.activeVolunteers} label={week.activeVolunteers === 1 ? 'volunteer ready to help' : 'volunteers ready to help'} />
      <p>{`${week.sparePlaces} ${week.sparePlaces === 1 ? 'spare place' : 'spare places'} this week.`}</p>
    </>
  );
}
