import { useMutation, useQuery } from '@apollo/client/react';
import { describeSlots } from '@kindred/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { useSession } from '../app/session';
import type { VolunteerFieldsFragment } from '../gql/graphql';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { Notice } from '../ui/Notice';
import { PageHeading } from '../ui/PageHeading';
import { RaiseConcernLink } from '../safeguarding/concerns/RaiseConcernLink';
import { SummaryList } from '../ui/SummaryList';
import { ApproveVolunteerMutation, ConfirmVolunteerSkillMutation, RecordReferenceMutation, VerifyReferenceMutation, VolunteerQuery } from './operations';
import { LoadProblem, Loading, SavedNotice } from './PageStates';
import { ApprovalSection } from './ApprovalSection';
import { checkTasks, stageTone } from './volunteer-tasks';
import { TaskList } from './TaskList';
import {
  ageBandLabel,
  contactModeLabel,
  dbsLevelLabel,
  interestLabel,
  languageLabel,
  listInWords,
  onDate,
  skillLabel,
  stageLabel,
  supportKindLabel,
  trainingLabel,
} from './words';
import './volunteers.css';

/** A link worker's page for one volunteer: who they are, and each vetting record with its action. */
export function VolunteerRecordPage() {
  const { volunteerId = '' } = useParams();
  const { data, error, loading } = useQuery(VolunteerQuery, { variables: { id: volunteerId } });
  if (loading && !data) return <Loading />;
  if (!data) return <LoadProblem error={error} />;
  return <Record volunteer={data.volunteer} />;
}

function Record({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [done, setDone] = useState<string | null>(null);
  const [recordReference, recording] = useMutation(RecordReferenceMutation);
  const [verifyReference, verifying] = useMutation(VerifyReferenceMutation);
  const [confirmSkill, confirming] = useMutation(ConfirmVolunteerSkillMutation);
  const [approve, approving] = useMutation(ApproveVolunteerMutation);
  const busy = recording.loading || verifying.loading || confirming.loading || approving.loading;
  const session = useSession();
  const name = volunteer.displayName;
  // Nobody vets their own application: a link worker who volunteers sees their record, not its actions.
  const own = session.state === 'signed-in' && session.viewer.email === volunteer.email;
  const sent = !!volunteer.applicationSentOn && !own;

  /** Runs one action; its outcome is announced in a notice, or its problem in the error summary. */
  async function act(work: () => Promise<unknown>, outcome: string) {
    if (busy) return;
    try {
      await work();
      setProblems(NO_PROBLEMS);
      setDone(outcome);
    } catch (caught) {
      setDone(null);
      setProblems(problemsFromError(caught, [], { notFound: 'This volunteer could not be found. They may have left the scheme.' }));
    }
  }

  const p = volunteer.profile;
  return (
    <>
      <BackLink to="/volunteers-to-check">Back to volunteers to check</BackLink>
      <ErrorSummary problems={problems} fieldIds={{}} />
      <span className="caption-l">Volunteer at {volunteer.scheme.name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>{name}</PageHeading>
      <SavedNotice />
      {done ? <Notice tone="success">{done}</Notice> : null}
      <p>
        Stage: <strong className={stageTone(volunteer.vetting.stage)}>{stageLabel(volunteer.vetting.stage)}</strong>
        {volunteer.paused ? ` (paused since ${onDate(volunteer.pausedOn)}${volunteer.pauseReason ? `: “${volunteer.pauseReason}”` : ''})` : ''}
      </p>
      <div className="inset-text">
        <h2 className="heading-s">What to do next</h2>
        <p>{volunteer.vetting.nextStep}</p>
      </div>
      {own ? (
        <Notice title="This is your own application">
          <p>Another link worker records its checks and approves it.</p>
        </Notice>
      ) : null}
      <TaskList tasks={checkTasks(volunteer)} />

      <h2 className="heading-m">About {name}</h2>
      <SummaryList
        rows={[
          { key: 'Email address', value: volunteer.email },
          { key: 'Application sent', value: sent ? onDate(volunteer.applicationSentOn) : 'Not yet' },
          { key: 'Offers', value: listInWords(volunteer.offers.map(supportKindLabel)) },
          { key: 'Ways of keeping in touch', value: listInWords(p.contactModes.map(contactModeLabel)) },
          { key: 'People at once', value: String(volunteer.capacity) },
          { key: 'Postcode', value: p.postcode ?? 'Not given' },
          { key: 'Will travel', value: p.travelRadiusKm == null ? 'Not given' : `Up to ${p.travelRadiusKm} km` },
          { key: 'Usually free', value: listInWords(describeSlots(p.availabilityMask)) },
          { key: 'Interests', value: listInWords(p.interests.map(interestLabel)) },
          { key: 'Languages', value: listInWords(p.languages.map(languageLabel)) },
          { key: 'Gender', value: volunteer.gender ?? 'Not said' },
          { key: 'Age', value: volunteer.ageBand ? ageBandLabel(volunteer.ageBand) : 'Not said' },
        ]}
      />

      <h2 className="heading-m">Skills</h2>
      {volunteer.skills.length === 0 ? <p>{name} has not said they have any of the skills that meet a need.</p> : null}
      {volunteer.skills.length > 0 ? <p>Matching relies on a skill only once you have confirmed it, for example by seeing a licence or a certificate.</p> : null}
      {volunteer.skills.map((s) => (
        <div key={s.skill} className="button-group">
          <p>
            <strong>{skillLabel(s.skill)}</strong>
            <br />
            {s.confirmed ? `Confirmed by ${s.confirmedBy ?? 'staff'} on ${onDate(s.confirmedOn)}` : 'Not confirmed yet'}
          </p>
          {sent ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                void act(
                  () => confirmSkill({ variables: { input: { volunteerId: volunteer.id, skill: s.skill, confirmed: !s.confirmed } } }),
                  s.confirmed ? `You took back the confirmation of “${skillLabel(s.skill)}”.` : `You confirmed “${skillLabel(s.skill)}”.`,
                )
              }
            >
              {s.confirmed ? 'Take back confirmation' : 'Confirm'}
              <span className="visually-hidden"> {skillLabel(s.skill)}</span>
            </Button>
          ) : null}
        </div>
      ))}

      <h2 className="heading-m">References</h2>
      {volunteer.references.length === 0 ? <p>{name} has not given any referees yet.</p> : null}
      {volunteer.references.map((r) => (
        <section key={r.id} aria-labelledby={`reference-${r.id}`}>
          <h3 className="heading-s" id={`reference-${r.id}`}>
            {r.refereeName}
          </h3>
          <SummaryList
            rows={[
              { key: 'How they know each other', value: r.relationship },
              { key: 'Email address or phone number', value: r.contact },
              {
                key: 'Reference',
                value:
                  r.status === 'VERIFIED'
                    ? `Checked by ${r.verifiedBy ?? 'staff'} on ${onDate(r.verifiedOn)}`
                    : r.status === 'RECEIVED'
                      ? `Received on ${onDate(r.receivedOn)}, not checked yet`
                      : 'Asked for, not received yet',
              },
            ]}
          />
          {sent && r.status !== 'VERIFIED' ? (
            <div className="button-group">
              {r.status === 'REQUESTED' ? (
                <Button type="button" variant="secondary" onClick={() => void act(() => recordReference({ variables: { referenceId: r.id } }), `You recorded ${r.refereeName}’s reference as received.`)}>
                  Record as received<span className="visually-hidden"> (reference from {r.refereeName})</span>
                </Button>
              ) : null}
              <Button type="button" onClick={() => void act(() => verifyReference({ variables: { referenceId: r.id } }), `You recorded ${r.refereeName}’s reference as checked.`)}>
                Mark as checked<span className="visually-hidden"> (reference from {r.refereeName})</span>
              </Button>
            </div>
          ) : null}
        </section>
      ))}

      <h2 className="heading-m">DBS check</h2>
      {volunteer.dbsCheck ? (
        <SummaryList
          rows={[
            { key: 'Level', value: dbsLevelLabel(volunteer.dbsCheck.level) },
            { key: 'Date on the certificate', value: onDate(volunteer.dbsCheck.issuedOn) },
            {
              key: volunteer.dbsCheck.current ? 'Renew by' : 'Needed renewing by',
              value: onDate(volunteer.dbsCheck.recheckDueOn),
            },
            { key: 'Certificate number', value: volunteer.dbsCheck.certificateEnding ? `Ending ${volunteer.dbsCheck.certificateEnding}` : 'Not recorded' },
            { key: 'Recorded', value: `By ${volunteer.dbsCheck.recordedBy ?? 'staff'} on ${onDate(volunteer.dbsCheck.recordedOn)}` },
          ]}
        />
      ) : (
        <p>No DBS check recorded yet.</p>
      )}
      {sent ? (
        <p>
          <Link to={`/volunteers/${volunteer.id}/dbs-check`}>{volunteer.dbsCheck ? 'Record a new DBS check' : 'Record a DBS check'}</Link>
        </p>
      ) : null}

      <h2 className="heading-m">Training</h2>
      <SummaryList
        rows={volunteer.training.map((t) => ({
          key: trainingLabel(t.module),
          value: t.completedOn ? `Completed on ${onDate(t.completedOn)}${t.recordedBy ? `, recorded by ${t.recordedBy}` : ''}` : 'Not done yet',
        }))}
      />
      {sent ? (
        <p>
          <Link to={`/volunteers/${volunteer.id}/training`}>Record training</Link>
        </p>
      ) : null}

      <h2 className="heading-m">Approval</h2>
      <ApprovalSection volunteer={volunteer} own={own} onApprove={() => void act(() => approve({ variables: { volunteerId: volunteer.id } }), `${name} is approved.`)} pending={approving.loading} />
      {own ? null : <RaiseConcernLink about="VOLUNTEER" id={volunteer.id} />}
    </>
  );
}
