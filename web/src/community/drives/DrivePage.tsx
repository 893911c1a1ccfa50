import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { SERVICE_PROBLEM } from '../../app/graphql-problems';
import type { RecruitmentDriveQuery as DriveData } from '../../gql/graphql';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { DoneNotice, LoadProblem, Loading } from '../../ui/page-states';
import { BreakdownTable, PipelineFigure } from '../pipeline/PipelineFigures';
import { CommunityPage, communityPath, GROWTH_ROLES } from '../ui';
import { CopyLink } from './CopyLink';
import { dayOf, publicLink, STATUS_WORDS } from './drive-words';
import { CloseRecruitmentDriveMutation, RecruitmentDriveQuery } from './operations';
import './drives.css';

type Drive = DriveData['recruitmentDrive'];

export function DrivePage() {
  const { driveId = '' } = useParams();
  return (
    <CommunityPage title="Recruitment drive" roles={GROWTH_ROLES}>
      {({ scheme }) => <DriveFor driveId={driveId} schemeId={scheme.id} />}
    </CommunityPage>
  );
}

function DriveFor({ driveId, schemeId }: { driveId: string; schemeId: string }) {
  const { data, loading, error } = useQuery(RecruitmentDriveQuery, { variables: { id: driveId }, fetchPolicy: 'cache-and-network' });
  if (!data && loading) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  const drive = data.recruitmentDrive;
  return (
    <>
      <BackLink to={communityPath('/community/drives', schemeId)}>Recruitment drives</BackLink>
      <DoneNotice />
      <span className="drive-scheme">Recruitment drive</span>
      <PageHeading>{drive.title}</PageHeading>
      <p>
        <span className={`drive-status${drive.status === 'OPEN' ? ' drive-status--open' : ''}`}>{STATUS_WORDS[drive.status]}</span>{' '}
        Started on {dayOf(drive.createdAt)} by {drive.createdByName}
        {drive.closedAt ? `; closed on ${dayOf(drive.closedAt)}` : ''}.
      </p>

      <h2 className="heading-m">Public sign-up link</h2>
      {drive.status === 'OPEN' ? (
        <p>Share this link. Everyone who signs up to volunteer through it is counted as coming from this drive.</p>
      ) : (
        <p>This drive has closed. The link still works, but people who sign up through it now are not counted here.</p>
      )}
      <CopyLink link={publicLink(drive.signUpPath)} label="The drive’s public sign-up link" />

      <h2 className="heading-m">What people see</h2>
      <div className="inset-text">
        {drive.message.split(/\n+/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {drive.lookingFor.length > 0 ? (
        <>
          <h3 className="heading-s">What we are looking for</h3>
          <ul className="drive-sought">
            {drive.lookingFor.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className="heading-m">Volunteers it brought: {drive.signUps}</h2>
      <PipelineFigure title="How far they have got" level={3} stages={drive.funnel.stages} who="volunteers from this drive" csvName="drive-funnel" />
      <BreakdownTable
        caption="Volunteers from this drive, by area"
        groupHeader="Area"
        groups={drive.funnel.byArea}
        csvName="drive-funnel-by-area"
        empty="Nobody has signed up through this drive yet."
      />
      <CloseDrive drive={drive} />
    </>
  );
}

/** Closing asks once more, on the page (GOV.UK: confirm an action that cannot be undone). */
function CloseDrive({ drive }: { drive: Drive }) {
  const [asking, setAsking] = useState(false);
  const [justClosed, setJustClosed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CloseRecruitmentDriveMutation);
  const question = useRef<HTMLParagraphElement>(null);
  const done = useRef<HTMLDivElement>(null);
  // Focus follows what changed: to the question when it appears, to the outcome once closed.
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (justClosed) done.current?.focus();
  }, [justClosed]);

  const confirm = async () => {
    setProblem(null);
    try {
      await close({ variables: { id: drive.id } });
      setAsking(false);
      setJustClosed(true);
    } catch {
      setProblem(SERVICE_PROBLEM);
    }
  };
  if (drive.status === 'CLOSED') {
    return justClosed ? (
      <div ref={done} tabIndex={-1}>
        <Notice tone="success">The drive is closed. You can still follow the volunteers it brought here.</Notice>
      </div>
    ) : null;
  }
  return (
    <section aria-labelledby="close-heading">
      <h2 className="heading-m" id="close-heading">
        Close the drive
      </h2>
      {problem ? <Notice>{problem}</Notice> : null}
      {asking ? (
        <div className="drive-warning">
          <p className="heading-s" id="close-question" ref={question} tabIndex={-1}>
            Are you sure you want to close “{drive.title}”?
          </p>
          <p>People who sign up through its link from now on will not be counted for this drive. You cannot open it again.</p>
          <div className="drive-actions">
            <Button type="button" onClick={() => void confirm()} pending={loading} pendingText="Closing…">
              Yes, close the drive
            </Button>
            <Button type="button" variant="link" onClick={() => setAsking(false)}>
              No, keep it open
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p>When you have enough volunteers, close the drive. You will still see how the people it brought get on.</p>
          <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
            Close this drive
          </Button>
        </>
      )}
    </section>
  );
}
