import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import type { ConcernFieldsFragment } from '../../gql/graphql';
import { BackLink } from '../../ui/BackLink';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { DoneNotice, LoadProblem, Loading } from '../../ui/page-states';
import { SummaryList } from '../../ui/SummaryList';
import { LiftForm } from './LiftForm';
import { ConcernQuery } from './operations';
import { SeverityTag } from './SeverityTag';
import { TriageForm } from './TriageForm';
import { dateTimeInWords, STATUS_LABELS } from './words';
import '../../matching/matching.css';
import './concerns.css';

/** One concern for staff: what was said, by whom, about what; the triage form; and any pause to lift. */
export function ConcernPage() {
  const { concernId = '' } = useParams();
  const { data, error, loading } = useQuery(ConcernQuery, { variables: { id: concernId }, fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  return <Concern concern={data.concern} />;
}

function Concern({ concern }: { concern: ConcernFieldsFragment }) {
  const closed = concern.status === 'CLOSED';
  const pausedMatches = concern.matches.filter((m) => m.paused);
  return (
    <>
      <BackLink to="/concerns">Safeguarding concerns</BackLink>
      <span className="caption-m">Safeguarding concern</span>
      <PageHeading>{concern.subjectLabel}</PageHeading>
      <DoneNotice />
      {concern.matchPaused || concern.volunteerSuspended ? (
        <Notice title="Paused for now">
          <p>{pauseSummary(concern)} The people affected were told only that things are paused and that their link worker will be in touch.</p>
        </Notice>
      ) : null}

      <h2 className="heading-m">What they said</h2>
      <blockquote className="inset-text concern-text">{concern.text}</blockquote>
      <SummaryList
        rows={[
          { key: 'About', value: <Link to={concern.subjectLink}>{concern.subjectLabel}</Link> },
          { key: 'Raised by', value: concern.raisedByName },
          { key: 'Raised', value: dateTimeInWords(concern.raisedAt) },
          { key: 'Status', value: STATUS_LABELS[concern.status] },
          { key: 'Severity', value: <SeverityTag severity={concern.severity} /> },
          ...(concern.triagedByName && concern.triagedAt ? [{ key: 'Last looked at', value: `${dateTimeInWords(concern.triagedAt)} by ${concern.triagedByName}` }] : []),
          ...(concern.actionsTaken ? [{ key: 'Actions taken', value: <span className="concern-text">{concern.actionsTaken}</span> }] : []),
          ...(concern.outcome ? [{ key: 'Outcome', value: <span className="concern-text">{concern.outcome}</span> }] : []),
          ...(concern.closedAt ? [{ key: 'Closed', value: dateTimeInWords(concern.closedAt) }] : []),
          ...(concern.liftNote && concern.liftedAt ? [{ key: 'Last lifted', value: <span className="concern-text">{`${dateTimeInWords(concern.liftedAt)}: ${concern.liftNote}`}</span> }] : []),
        ]}
      />

      {closed ? <p>This concern is closed.</p> : <TriageForm concern={concern} />}

      {pausedMatches.length > 0 || concern.volunteer?.suspended ? (
        <>
          <h2 className="heading-m">Letting things carry on</h2>
          <p>When it is safe, let a paused match or a suspended volunteer carry on. Say why; only staff see it. The people affected are told they can carry on.</p>
          {pausedMatches.map((m) => (
            <LiftForm key={m.matchId} concernId={concern.id} target={{ matchId: m.matchId }} name={`The match of ${m.label}`} />
          ))}
          {concern.volunteer?.suspended ? (
            <LiftForm concernId={concern.id} target={{ volunteerId: concern.volunteer.volunteerId }} name={`${concern.volunteer.name}’s volunteering`} />
          ) : null}
        </>
      ) : null}
    </>
  );
}

function pauseSummary(concern: ConcernFieldsFragment): string {
  const parts = [
    concern.matchPaused ? (concern.matches.filter((m) => m.paused).length > 1 ? 'Their matches are paused.' : 'The match is paused.') : null,
    concern.volunteerSuspended && concern.volunteer ? `${concern.volunteer.name} is suspended from volunteering.` : null,
  ];
  return parts.filter(Boolean).join(' ');
}
