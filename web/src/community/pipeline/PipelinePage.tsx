import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { LoadProblem, Loading } from '../../ui/page-states';
import { Select } from '../../ui/Select';
import { CommunityPage } from '../ui';
import { VolunteerPipelineQuery } from './operations';
import { BreakdownTable, PipelineFigure } from './PipelineFigures';
import '../drives/drives.css';

const TITLE = 'Volunteer pipeline';

/** From signing up to still volunteering three months after a first match, by area and by drive. */
export function PipelinePage() {
  return (
    <CommunityPage title={TITLE}>
      {({ scheme, schemePicker }) => (
        <>
          <span className="drive-scheme">{scheme.name}</span>
          <PageHeading>{TITLE}</PageHeading>
          {schemePicker}
          <PipelineFor schemeId={scheme.id} />
        </>
      )}
    </CommunityPage>
  );
}

function useFilter(name: 'area' | 'drive'): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  return [params.get(name) ?? '', set];
}

function PipelineFor({ schemeId }: { schemeId: string }) {
  const [area, setArea] = useFilter('area');
  const [drive, setDrive] = useFilter('drive');
  // The whole scheme's pipeline names the areas and drives there are to filter by.
  const everyone = useQuery(VolunteerPipelineQuery, { variables: { schemeId }, fetchPolicy: 'cache-and-network' });
  const filtered = useQuery(VolunteerPipelineQuery, {
    variables: { schemeId, area: area || null, driveId: drive || null },
    fetchPolicy: 'cache-and-network',
    skip: !area && !drive,
  });
  const all = everyone.data?.volunteerPipeline;
  const shown = area || drive ? filtered.data?.volunteerPipeline : all;
  if (!all && everyone.loading) return <Loading />;
  if (!all) return <LoadProblem error={everyone.error} />;
  const areaName = all.byArea.find((a) => a.key === area)?.label;
  const driveName = all.byDrive.find((d) => d.key === drive)?.label;
  const who = [areaName ? `in ${areaName}` : '', driveName ? `from “${driveName}”` : ''].filter(Boolean).join(' ');
  return (
    <>
      <p className="lead">How volunteers move from signing up to still volunteering three months after their first match.</p>
      <p>
        “On their way” means they reached the step before and have moved on in the last 60 days. “Dropped out” means they
        reached the step before but have paused, left, or not moved on for 60 days. Counts only: nobody is named.
      </p>
      <div className="pipeline-filters">
        <Select
          id="area"
          label="Area"
          placeholder="All areas"
          options={all.byArea.map((a) => ({ value: a.key, label: a.label }))}
          value={area}
          onChange={setArea}
        />
        <Select
          id="drive"
          label="Recruitment drive"
          placeholder="All volunteers"
          options={all.byDrive.map((d) => ({ value: d.key, label: d.label }))}
          value={drive}
          onChange={setDrive}
        />
      </div>
      {/* Told to screen readers when a filter changes what the figures below cover. */}
      <p className="visually-hidden" role="status">
        {shown ? `Showing ${who ? `volunteers ${who}` : 'all volunteers'}` : ''}
      </p>
      {!shown ? (
        filtered.error ? <LoadProblem error={filtered.error} /> : <Loading />
      ) : (
        <>
          <PipelineFigure title={who ? `Volunteers ${who}` : 'All volunteers'} stages={shown.stages} csvName="volunteer-pipeline" />
          <h2 className="heading-m">By area</h2>
          <BreakdownTable
            caption="Volunteers reaching each step, by area"
            groupHeader="Area"
            groups={shown.byArea}
            csvName="volunteer-pipeline-by-area"
            empty="No volunteers here yet."
          />
          <h2 className="heading-m">By recruitment drive</h2>
          <BreakdownTable
            caption="Volunteers reaching each step, by recruitment drive"
            groupHeader="Drive"
            groups={shown.byDrive}
            csvName="volunteer-pipeline-by-drive"
            empty="No recruitment drives yet."
          />
        </>
      )}
    </>
  );
}
