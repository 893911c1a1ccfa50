import { useQuery } from '@apollo/client/react';
import { CONSENT_PURPOSES, describeSlots } from '@kindred/shared';
import { Link, useParams } from 'react-router';
import type { SeekerRecordFieldsFragment } from '../../gql/graphql';
import { PersonDataActions } from '../../data-rights/PersonDataActions';
import { RecordByPhoneLinks } from '../../outcomes/check-ins/RecordByPhoneLinks';
import { PageHeading } from '../../ui/PageHeading';
import { SummaryList } from '../../ui/SummaryList';
import { SeekerQuery } from '../operations';
import { DoneNotice, LoadProblem, Loading } from '../page-states';
import { RequestCard } from '../RequestCard';
import { RaiseConcernLink } from '../../safeguarding/concerns/RaiseConcernLink';
import {
  accessNeedLabel,
  conditionLabel,
  contactMethodLabel,
  contactModeLabel,
  dateInWords,
  interestLabel,
  isoDateInWords,
  languageLabel,
  lawfulBasisLabel,
  listInWords,
  reachByLabel,
  volunteerGenderLabel,
} from '../words';
import '../seekers.css';

const NONE = 'Not given';

/** One person's whole record, for a link worker or administrator of their scheme. */
export function SeekerPage() {
  const { seekerId = '' } = useParams();
  const { data, error, loading } = useQuery(SeekerQuery, { variables: { id: seekerId }, fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const seeker = data.seeker;
  const { aboutMe } = seeker;
  const { profile, contact } = aboutMe;
  return (
    <>
      <span className="caption-m">{seeker.scheme.name}</span>
      <PageHeading>{aboutMe.name}</PageHeading>
      <DoneNotice />
      <p>
        {seeker.referral.route === 'SELF'
          ? `Signed up themself on ${dateInWords(seeker.referral.at)}.`
          : `Referred by ${seeker.referral.referredByName ?? 'a link worker'} on ${dateInWords(seeker.referral.at)}.`}{' '}
        {seeker.hasAccount ? 'Has a Kindred account.' : 'Does not have a Kindred account.'}
      </p>
      <div className="button-group">
        <Link to={`/seekers/${seeker.id}/contact`} className="button">
          Record a contact
        </Link>
        <Link to={`/seekers/${seeker.id}/consent`} className="button button--secondary">
          Record consent
        </Link>
        <RecordByPhoneLinks seekerId={seeker.id} schemeId={seeker.scheme.id} />
      </div>

      <h2 className="heading-m">Contact details</h2>
      <SummaryList
        rows={[
          { key: 'Phone', value: contact.phone ?? NONE },
          { key: 'Email', value: contact.email ?? NONE },
          { key: 'Address', value: contact.address ?? NONE },
          { key: 'Prefers', value: contact.preferredContact ? reachByLabel(contact.preferredContact) : NONE },
          { key: 'Postcode', value: profile.postcode ?? NONE },
        ]}
      />

      <h2 className="heading-m">What they asked for</h2>
      {seeker.requests.length === 0 ? <p>Nothing yet.</p> : null}
      {seeker.requests.map((request) =>
        request.status === 'CLOSED' ? (
          <p key={request.id}>
            Closed: {request.kind === 'BEFRIENDING' ? 'a befriender' : 'a companion'}, asked for on {dateInWords(request.createdAt)}.
          </p>
        ) : (
          <div key={request.id}>
            <RequestCard request={request} staff />
            {request.status === 'WAITING' ? (
              <p>
                <Link to={`/seekers/${seeker.id}/requests/${request.id}/suggestions`}>
                  Suggested volunteers<span className="visually-hidden"> for {supportKindLabelLower(request.kind)}</span>
                </Link>
              </p>
            ) : null}
          </div>
        ),
      )}

      <h2 className="heading-m">About them</h2>
      <SummaryList
        rows={[
          { key: 'What matters to them', value: aboutMe.whatMattersToMe ?? NONE },
          { key: 'Enjoys', value: list(profile.interests.map(interestLabel)) },
          { key: 'What helps them take part', value: list(profile.accessNeeds.map(accessNeedLabel)) },
          { key: 'Keeping in touch', value: list(profile.contactModes.map(contactModeLabel)) },
          { key: 'Usually free', value: list(describeSlots(profile.availabilityMask)) },
          { key: 'Speaks', value: list(profile.languages.map(languageLabel)) },
          { key: 'Volunteer', value: [volunteerGenderLabel(aboutMe.volunteerGender), aboutMe.otherPreferences].filter(Boolean).join('. ') },
        ]}
      />

      <Consents seeker={seeker} />
      <Contacts seeker={seeker} />
      <PersonDataActions seekerId={seeker.id} schemeId={seeker.scheme.id} name={aboutMe.name} />
    </>
  );
}

function supportKindLabelLower(kind: string): string {
  return kind === 'BEFRIENDING' ? 'a befriender' : 'a companion';
}

function list(items: string[]): string {
  return items.length ? listInWords(items) : NONE;
}

function Consents({ seeker }: { seeker: SeekerRecordFieldsFragment }) {
  return (
    <>
      <h2 className="heading-m">Consent</h2>
      {seeker.consents.length === 0 ? <p>No consent recorded.</p> : null}
      {seeker.consents.map((consent) => (
        <section key={consent.id} className="request-card" aria-label={CONSENT_PURPOSES.find((p) => p.id === consent.purpose)?.label}>
          <h3 className="heading-s">{CONSENT_PURPOSES.find((p) => p.id === consent.purpose)?.label}</h3>
          <SummaryList
            rows={[
              { key: 'Agreed on', value: isoDateInWords(consent.agreedOn) },
              { key: 'What was agreed', value: consent.agreedWords },
              { key: 'Lawful basis', value: lawfulBasisLabel(consent.lawfulBasis) },
              ...(consent.specialCategoryCondition ? [{ key: 'Condition', value: conditionLabel(consent.specialCategoryCondition) }] : []),
              { key: 'Recorded by', value: consent.recordedOnBehalf ? `${consent.recordedByName}, on their behalf` : `${consent.recordedByName}, themself` },
              { key: 'Status', value: consent.withdrawnAt ? `Withdrawn on ${dateInWords(consent.withdrawnAt)}` : 'Agreed' },
            ]}
          />
          {consent.withdrawnAt ? null : (
            <p>
              <Link to={`/seekers/${seeker.id}/consents/${consent.id}/withdraw`}>
                Record that they withdrew this<span className="visually-hidden">: {CONSENT_PURPOSES.find((p) => p.id === consent.purpose)?.label}</span>
              </Link>
            </p>
          )}
        </section>
      ))}
      <RaiseConcernLink about="PERSON" id={seeker.id} />
    </>
  );
}

function Contacts({ seeker }: { seeker: SeekerRecordFieldsFragment }) {
  return (
    <>
      <h2 className="heading-m">Contacts</h2>
      {seeker.contacts.length === 0 ? (
        <p>No contact recorded yet.</p>
      ) : (
        <ul className="list">
          {seeker.contacts.map((c) => (
            <li key={c.id}>
              {dateInWords(c.contactedAt)}, {contactMethodLabel(c.method).toLowerCase()}, by {c.recordedByName}
              {c.note ? `: ${c.note}` : '.'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
