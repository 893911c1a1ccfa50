import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { DriveFieldsFragment } from '../../gql/graphql';
import { PageHeading } from '../../ui/PageHeading';
import { DoneNotice, LoadProblem, Loading } from '../../ui/page-states';
import { CommunityPage, communityPath, DataTable, GROWTH_ROLES, type Column } from '../ui';
import { dayOf, STATUS_WORDS } from './drive-words';
import { RecruitmentDrivesQuery } from './operations';
import './drives.css';

const TITLE = 'Recruitment drives';

export function DrivesPage() {
  return (
    <CommunityPage title={TITLE} roles={GROWTH_ROLES}>
      {({ scheme, schemePicker }) => (
        <>
          <DoneNotice />
          <span className="drive-scheme">{scheme.name}</span>
          <PageHeading>{TITLE}</PageHeading>
          {schemePicker}
          <DrivesFor schemeId={scheme.id} />
        </>
      )}
    </CommunityPage>
  );
}

function DrivesFor({ schemeId }: { schemeId: string }) {
  const { data, loading, error } = useQuery(RecruitmentDrivesQuery, { variables: { schemeId }, fetchPolicy: 'cache-and-network' });
  const columns: Column<DriveFieldsFragment>[] = [
    { key: 'title', header: 'Drive', render: (d) => <Link to={communityPath(`/community/drives/${d.id}`, schemeId)}>{d.title}</Link> },
    { key: 'status', header: 'Status', value: (d) => STATUS_WORDS[d.status] },
    { key: 'signUps', header: 'Volunteers signed up', numeric: true },
    { key: 'createdAt', header: 'Started', value: (d) => dayOf(d.createdAt) },
    { key: 'createdByName', header: 'Started by' },
  ];
  return (
    <>
      <p>
        A drive is a call for volunteers aimed at a gap, with a public link to share. Everyone who signs up through the link
        is counted, and you can follow how far they get.
      </p>
      <p>
        <Link className="button" to={communityPath('/community/drives/new', schemeId)}>
          Start a drive
        </Link>
      </p>
      <p>
        Not sure where to start? See <Link to={communityPath('/community/what-would-help', schemeId)}>what would help most</Link>, or
        the <Link to={communityPath('/community/pipeline', schemeId)}>volunteer pipeline</Link>.
      </p>
      {!data && loading ? (
        <Loading />
      ) : !data ? (
        <LoadProblem error={error} />
      ) : (
        <DataTable caption="Drives, open ones first" columns={columns} rows={data.recruitmentDrives} csvName="recruitment-drives" empty="No drives yet." />
      )}
    </>
  );
}
