import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { GapPictureQuery as GapPictureData } from '../../gql/graphql';
import { PageHeading } from '../../ui/PageHeading';
import { LoadProblem, Loading } from '../../ui/page-states';
import { BarChartOf, ChartFigure, CommunityPage, communityPath, DataTable, LineChartOf, type Column } from '../ui';
import { DistrictList } from './DistrictList';
import { blockerShortLabel, dateLong, gapSummary, lowerFirst, people, supportKindLabel, waitInWords, weekShort } from './gap-words';
import { GapPictureQuery } from './operations';
import './gaps.css';

type Picture = GapPictureData['gapPicture'];
type Group = Picture['byArea'][number];
type Waiting = Picture['requests'][number];
type Week = Picture['trend'][number];

const TITLE = 'Where people are waiting';

/** Clips a chart to its column while it catches up with a narrower window, so the page never scrolls sideways. */

export function GapsPage() {
  return (
    <CommunityPage title={TITLE}>
      {({ scheme, schemePicker }) => (
        <>
          <span className="gap-scheme">{scheme.name}</span>
          <PageHeading>{TITLE}</PageHeading>
          {schemePicker}
          <GapsFor schemeId={scheme.id} />
        </>
      )}
    </CommunityPage>
  );
}

function GapsFor({ schemeId }: { schemeId: string }) {
  const { data, loading, error } = useQuery(GapPictureQuery, { variables: { schemeId }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  const picture = data.gapPicture;
  return (
    <>
      <p className="lead">{gapSummary(picture)}</p>
      <p>
        A volunteer fits someone when every need, time, place and way of keeping in touch works for both, exactly as
        when matching. Fewer than 3 volunteers who fit counts as too few.
      </p>
      {picture.none + picture.few > 0 ? (
        <p>
          <Link to={communityPath('/community/what-would-help', schemeId)}>See which volunteers would help most</Link>
        </p>
      ) : null}
      <DistrictList picture={picture} />
      <Blockers groups={picture.byBlocker} />
      <Areas picture={picture} />
      <Trend weeks={picture.trend} />
      <WaitingPeople requests={picture.requests} />
    </>
  );
}

const waitColumns = <T extends Group>(): Column<T>[] => [
  { key: 'medianWaitDays', header: 'Typical wait (days)', numeric: true },
  { key: 'longestWaitDays', header: 'Longest wait (days)', numeric: true },
  { key: 'waitingOver4Weeks', header: 'Waiting over 4 weeks', numeric: true },
];

function Blockers({ groups }: { groups: Group[] }) {
  const top = groups[0];
  const columns: Column<Group>[] = [
    { key: 'label', header: 'What blocks them' },
    { key: 'people', header: 'People', numeric: true },
    { key: 'none', header: 'No volunteer fits', numeric: true },
    { key: 'few', header: 'Too few fit', numeric: true },
    ...waitColumns<Group>(),
  ];
  return (
    <ChartFigure
      title="What blocks them"
      summary={
        top
          ? `The most common: ${lowerFirst(top.label)}, for ${people(top.people)}. Someone can be blocked by more than one thing.`
          : 'Nothing blocks anyone waiting just now.'
      }
      chart={
        <BarChartOf
          data={groups.map((g) => ({ ...g, short: blockerShortLabel(g.key) }))}
          category="short"
          series={[
            { key: 'none', label: 'No volunteer fits' },
            { key: 'few', label: 'Too few fit' },
          ]}
          orientation="horizontal"
          stacked
          height={80 + 40 * groups.length}
        />
      }
      table={<DataTable caption="What blocks people waiting" columns={columns} rows={groups} csvName="what-blocks-people-waiting" />}
    />
  );
}

function Areas({ picture }: { picture: Picture }) {
  const topBlocker = new Map(picture.areas.map((a) => [a.area, a.topBlocker]));
  const rows = picture.byArea.map((g) => ({ ...g, topBlocker: topBlocker.get(g.key) ?? null }));
  const top = rows[0];
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'label', header: 'Area' },
    { key: 'people', header: 'People waiting', numeric: true },
    { key: 'none', header: 'No volunteer fits', numeric: true },
    { key: 'few', header: 'Too few fit', numeric: true },
    { key: 'topBlocker', header: 'What blocks most of them' },
    ...waitColumns<(typeof rows)[number]>(),
  ];
  return (
    <ChartFigure
      title="Waiting by area"
      summary={
        top && top.none + top.few > 0
          ? `${top.label} has the most people with no volunteer who fits (${top.none}) or too few (${top.few}).`
          : 'Every area has enough volunteers for the people waiting there.'
      }
      chart={
        <BarChartOf
          data={rows}
          category="label"
          series={[
            { key: 'none', label: 'No volunteer fits' },
            { key: 'few', label: 'Too few fit' },
          ]}
          orientation="horizontal"
          stacked
        />
      }
      table={<DataTable caption="People waiting by area (postcode district)" columns={columns} rows={rows} csvName="people-waiting-by-area" />}
    />
  );
}

function Trend({ weeks }: { weeks: Week[] }) {
  const first = weeks[0];
  const last = weeks.at(-1);
  const columns: Column<Week>[] = [
    { key: 'weekStarting', header: 'Week starting', render: (w) => dateLong(w.weekStarting), value: (w) => w.weekStarting },
    { key: 'waiting', header: 'People waiting', numeric: true },
    { key: 'none', header: 'No volunteer fits', numeric: true },
    { key: 'few', header: 'Too few fit', numeric: true },
  ];
  return (
    <ChartFigure
      title="Week by week"
      summary={
        first && last && first !== last
          ? `In the week starting ${dateLong(first.weekStarting)}, ${first.none} had no volunteer who fits; in the week starting ${dateLong(last.weekStarting)}, ${last.none}.`
          : 'The picture is kept each week; the trend shows once there are two weeks to compare.'
      }
      chart={
        <LineChartOf
          data={weeks}
          x="weekStarting"
          formatX={weekShort}
          series={[
            { key: 'waiting', label: 'People waiting' },
            { key: 'none', label: 'No volunteer fits' },
            { key: 'few', label: 'Too few fit' },
          ]}
        />
      }
      table={<DataTable caption="People waiting, week by week" columns={columns} rows={weeks} csvName="people-waiting-week-by-week" />}
    />
  );
}

function WaitingPeople({ requests }: { requests: Waiting[] }) {
  const columns: Column<Waiting>[] = [
    { key: 'area', header: 'Area', value: (r) => r.area ?? 'Not known' },
    { key: 'kind', header: 'Asked for', value: (r) => supportKindLabel(r.kind) },
    { key: 'waitingDays', header: 'Waited', render: (r) => waitInWords(r.waitingDays), value: (r) => waitInWords(r.waitingDays) },
    { key: 'feasibleVolunteers', header: 'Volunteers who fit', numeric: true },
    { key: 'blockers', header: 'What blocks them', value: (r) => r.blockers.map((b) => b.text) },
  ];
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="heading-m">
        People waiting without a match
      </h2>
      <p>Everyone waiting with no volunteer who fits, or too few, longest wait first. Names are not shown here.</p>
      <DataTable
        caption="People waiting with no volunteer, or too few, who fits"
        columns={columns}
        rows={requests}
        csvName="people-waiting-without-a-match"
        empty="Everyone waiting has at least 3 volunteers who fit."
      />
    </section>
  );
}
