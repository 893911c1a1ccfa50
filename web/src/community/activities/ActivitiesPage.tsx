import { useQuery } from '@apollo/client/react';
import { dateInWords, londonWallClock } from '@kindred/shared';
import { Link } from 'react-router';
import { SERVICE_PROBLEM } from '../../app/graphql-problems';
import { Loading } from '../../ui/page-states';
import { PageHeading } from '../../ui/PageHeading';
import { BarChartOf, ChartFigure, CommunityPage, communityPath, DataTable, type Column } from '../ui';
import { ActivitiesToStartQuery, StaleListingsQuery } from './operations';
import { groupsSummary, type GroupToStart } from './activities-words';

/** Groups worth starting where people share an interest with nothing nearby, and listings to check. */
export function ActivitiesPage() {
  return (
    <CommunityPage title="Activities to start">
      {({ scheme, schemePicker }) => (
        <>
          <PageHeading>Activities to start</PageHeading>
          {schemePicker}
          <GroupsToStart schemeId={scheme.id} />
          <ListingsToCheck schemeId={scheme.id} />
        </>
      )}
    </CommunityPage>
  );
}

const GROUP_COLUMNS: ReadonlyArray<Column<GroupToStart>> = [
  { key: 'interestLabel', header: 'Interest' },
  { key: 'area', header: 'Area' },
  { key: 'people', header: 'People', numeric: true },
  { key: 'nearestTitle', header: 'Nearest existing activity', render: (g) => g.nearestTitle ?? 'None in the directory' },
  { key: 'nearestKm', header: 'How far (km)', numeric: true, render: (g) => (g.nearestKm === null ? '' : `About ${g.nearestKm}`) },
];

function GroupsToStart({ schemeId }: { schemeId: string }) {
  const { data, error } = useQuery(ActivitiesToStartQuery, { variables: { schemeId }, fetchPolicy: 'cache-and-network' });
  const groups = data?.activitiesToStart;
  return (
    <section aria-labelledby="groups-heading">
      <h2 className="heading-l" id="groups-heading">
        Groups to start
      </h2>
      <p>
        Interests that at least 3 people in one postcode district share, counting only people with no activity of that kind within
        the distance they will travel. People are counted if they are waiting, matched, or asked for support in the last 6 months.
        Groups of fewer than 3 are not shown.
      </p>
      {!groups ? (
        error ? <p>{SERVICE_PROBLEM}</p> : <Loading />
      ) : groups.length === 0 ? (
        <p>No interest is shared by 3 or more people in one area without an activity within reach.</p>
      ) : (
        <ChartFigure
          level={3}
          title="People who share an interest with no activity within reach"
          summary={groupsSummary(groups)}
          chart={
              <BarChartOf
                data={groups.map((g) => ({ ...g, label: `${g.interestLabel}, ${g.area}` }))}
                category="label"
                series={[{ key: 'people', label: 'People' }]}
                orientation="horizontal"
              />
          }
          table={<DataTable caption="Groups to start, biggest first" columns={GROUP_COLUMNS} rows={groups} csvName="groups-to-start" />}
        />
      )}
    </section>
  );
}

type Listing = { activityId: string; title: string; area: string | null; lastCheckedAt: string | null; monthsSinceChecked: number | null };

const checkedOn = (l: Listing) => (l.lastCheckedAt ? londonWallClock(new Date(l.lastCheckedAt)).date : null);

const LISTING_COLUMNS: ReadonlyArray<Column<Listing>> = [
  { key: 'title', header: 'Activity', render: (l) => <Link to={`/activities/${l.activityId}`}>{l.title}</Link> },
  { key: 'area', header: 'Area' },
  { key: 'lastCheckedAt', header: 'Last checked', value: checkedOn, render: (l) => (l.lastCheckedAt ? dateInWords(checkedOn(l)!) : 'Never') },
  { key: 'monthsSinceChecked', header: 'Months since checked', numeric: true },
  {
    key: 'change',
    header: 'Change',
    // In the CSV, the address of the page to change it on.
    value: (l) => new URL(`/activities/${l.activityId}/edit`, window.location.origin).href,
    render: (l) => (
      <Link to={`/activities/${l.activityId}/edit`}>
        Change<span className="visually-hidden"> {l.title}</span>
      </Link>
    ),
  },
];

function ListingsToCheck({ schemeId }: { schemeId: string }) {
  const { data, error } = useQuery(StaleListingsQuery, { variables: { schemeId, olderThanMonths: 6 }, fetchPolicy: 'cache-and-network' });
  const listings = data?.staleListings;
  return (
    <section aria-labelledby="listings-heading">
      <h2 className="heading-l" id="listings-heading">
        Listings to check
      </h2>
      <p>
        Activities in the directory nobody has checked for 6 months or more, oldest first. Open one to check it with the organiser
        and mark it as checked, or change what it says. A listing never checked counts from when it was added.
      </p>
      {!listings ? (
        error ? <p>{SERVICE_PROBLEM}</p> : <Loading />
      ) : (
        <DataTable
          caption="Listings not checked for 6 months or more"
          columns={LISTING_COLUMNS}
          rows={listings}
          csvName="listings-to-check"
          empty="Every listing has been checked in the last 6 months."
        />
      )}
      <p>
        <Link to={communityPath('/activities/manage', schemeId)}>Manage the activity directory</Link>
      </p>
    </section>
  );
}
