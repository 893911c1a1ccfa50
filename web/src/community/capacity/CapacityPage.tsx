import { useQuery } from '@apollo/client/react';
import { dateInWords } from '@kindred/shared';
import { useSearchParams } from 'react-router';
import { SERVICE_PROBLEM } from '../../app/graphql-problems';
import { Loading } from '../../ui/page-states';
import { PageHeading } from '../../ui/PageHeading';
import { Select } from '../../ui/Select';
import { BarChartOf, ChartFigure, CommunityPage, DataTable, LineChartOf, type Column } from '../ui';
import { matchesSummary, shortWeek, volunteersSummary, waitingSummary, waitTimeSummary, type CapacityWeek } from './capacity-words';
import { CapacityOverTimeQuery } from './operations';

const PERIODS = [
  { value: '13', label: 'The last 13 weeks' },
  { value: '26', label: 'The last 26 weeks' },
  { value: '52', label: 'The last 52 weeks' },
  { value: '104', label: 'The last 2 years' },
];

/** Volunteers, spare places, people waiting and time to a match, week by week, for a scheme. */
export function CapacityPage() {
  return (
    <CommunityPage title="Capacity over time">
      {({ scheme, schemePicker }) => (
        <>
          <PageHeading>Capacity over time</PageHeading>
          {schemePicker}
          <CapacityFor schemeId={scheme.id} />
        </>
      )}
    </CommunityPage>
  );
}

function usePeriod(): [string, (weeks: string) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = PERIODS.find((p) => p.value === params.get('weeks'))?.value ?? '26';
  const choose = (weeks: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('weeks', weeks);
      return next;
    });
  return [chosen, choose];
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const week: Column<CapacityWeek> = { key: 'weekStarting', header: 'Week starting', render: (w) => dateInWords(w.weekStarting) };

function CapacityFor({ schemeId }: { schemeId: string }) {
  const [weeks, setWeeks] = usePeriod();
  const { data, error } = useQuery(CapacityOverTimeQuery, { variables: { schemeId, weeks: Number(weeks) }, fetchPolicy: 'cache-and-network' });
  const rows: CapacityWeek[] | undefined = data?.capacityOverTime;
  return (
    <>
      <p>
        Each week runs from Monday to Sunday. Figures are as they stood at the end of each week, and for this week as they stand
        now. A volunteer who is paused now counts as paused from the day they paused.
      </p>
      <Select id="weeks" label="Show" placeholder="Choose how many weeks" options={PERIODS} value={weeks} onChange={(v) => v && setWeeks(v)} />
      {!rows ? <>{error ? <p>{SERVICE_PROBLEM}</p> : <Loading />}</> : <Figures weeks={rows} />}
    </>
  );
}

function Figures({ weeks }: { weeks: CapacityWeek[] }) {
  return (
    <>
      <ChartFigure
        title="Active volunteers and spare places"
        summary={volunteersSummary(weeks)}
        chart={
            <LineChartOf
              data={weeks}
              x="weekStarting"
              formatX={shortWeek}
              series={[
                { key: 'activeVolunteers', label: 'Active volunteers' },
                { key: 'sparePlaces', label: 'Spare places' },
              ]}
            />
        }
        table={
          <DataTable
            caption="Active volunteers and spare places by week"
            columns={[week, { key: 'activeVolunteers', header: 'Active volunteers', numeric: true }, { key: 'sparePlaces', header: 'Spare places', numeric: true }]}
            rows={weeks}
            csvName="active-volunteers-and-spare-places"
          />
        }
      />
      <ChartFigure
        title="People waiting"
        summary={waitingSummary(weeks)}
        chart={
            <LineChartOf data={weeks} x="weekStarting" formatX={shortWeek} series={[{ key: 'peopleWaiting', label: 'People waiting' }]} />
        }
        table={
          <DataTable
            caption="People waiting at the end of each week"
            columns={[week, { key: 'peopleWaiting', header: 'People waiting', numeric: true }]}
            rows={weeks}
            csvName="people-waiting"
          />
        }
      />
      <ChartFigure
        title="Matches made"
        summary={matchesSummary(weeks)}
        chart={
            <BarChartOf data={weeks.map((w) => ({ ...w, week: shortWeek(w.weekStarting) }))} category="week" series={[{ key: 'matchesMade', label: 'Matches made' }]} />
        }
        table={
          <DataTable
            caption="Matches made each week"
            columns={[week, { key: 'matchesMade', header: 'Matches made', numeric: true }]}
            rows={weeks}
            csvName="matches-made"
          />
        }
      />
      <ChartFigure
        title="Median days to a match"
        summary={waitTimeSummary(weeks)}
        chart={
            <LineChartOf data={weeks} x="weekStarting" formatX={shortWeek} series={[{ key: 'medianDaysToMatch', label: 'Median days to a match' }]} />
        }
        table={
          <DataTable
            caption="Median days from asking to a match, for people matched each week"
            columns={[
              week,
              { key: 'matchesMade', header: 'Matches made', numeric: true },
              {
                key: 'medianDaysToMatch',
                header: 'Median days to a match',
                numeric: true,
                render: (w) => (w.medianDaysToMatch === null ? 'No matches' : NUMBER.format(w.medianDaysToMatch)),
              },
            ]}
            rows={weeks}
            csvName="median-days-to-match"
          />
        }
      />
    </>
  );
}
