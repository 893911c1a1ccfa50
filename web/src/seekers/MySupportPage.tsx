import { useQuery } from '@apollo/client/react';
import { CONSENT_PURPOSES, describeSlots } from '@kindred/shared';
import { Link } from 'react-router';
import type { MySupportQuery } from '../gql/graphql';
import { PageHeading } from '../ui/PageHeading';
import { SummaryList, type SummaryRow } from '../ui/SummaryList';
import { stepPath } from './about-me/steps';
import { MySupportQuery as Query } from './operations';
import { DoneNotice, LoadProblem, Loading } from './page-states';
import { RequestCard } from './RequestCard';
import {
  accessNeedLabel,
  contactModeLabel,
  interestLabel,
  isoDateInWords,
  languageLabel,
  listInWords,
  reachByLabel,
  volunteerGenderLabel,
} from './words';
import './seekers.css';

type Support = MySupportQuery['mySupport'];

/** A person's own page: what they asked for and where they are in the queue, what they told us, what they agreed to. */
export function MySupportPage() {
  const { data, error, loading } = useQuery(Query, { fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const support = data.mySupport;
  const open = support.requests.filter((r) => r.status !== 'CLOSED');
  const started = support.aboutMe.whatMattersToMe !== null || support.aboutMe.profile.interests.length > 0;
  return (
    <>
      <span className="caption-m">{support.scheme.name}</span>
      <PageHeading>Finding company</PageHeading>
      <DoneNotice />

      <h2 className="heading-m">What you have asked for</h2>
      {open.length === 0 ? <p>You have not asked for company yet.</p> : open.map((request) => <RequestCard key={request.id} request={request} />)}
      {open.length > 0 ? (
        <p>
          <Link to="/someone-to-meet">Someone to meet</Link> · <Link to="/matches">Your matches</Link>
        </p>
      ) : null}
      <p>
        <Link to="/my-support/ask" className="button">
          Ask for company
        </Link>
      </p>

      <h2 className="heading-m">About you</h2>
      {started ? (
        <SummaryList rows={aboutRows(support)} />
      ) : (
        <>
          <p>Tell us a little about yourself, so we can find someone you will get on with. It takes about 10 minutes.</p>
          <p>
            <Link to={stepPath('what-matters')} className="button button--secondary">
              Tell us about yourself
            </Link>
          </p>
        </>
      )}

      <Agreements consents={support.consents} />
    </>
  );
}

const NOT_ANSWERED = 'Not answered yet';

function aboutRows({ aboutMe }: Support): SummaryRow[] {
  const { profile, contact } = aboutMe;
  const change = (step: Parameters<typeof stepPath>[0], label: string) => ({ to: stepPath(step, true), label });
  const reach = contact.preferredContact
    ? `${reachByLabel(contact.preferredContact)}${contact.phone && ['PHONE', 'TEXT'].includes(contact.preferredContact) ? ` on ${contact.phone}` : ''}`
    : null;
  const travel = profile.travelRadiusKm === null ? null : profile.travelRadiusKm === 0 ? 'You would rather people came to you' : `You could travel up to ${profile.travelRadiusKm} km`;
  return [
    { key: 'What matters to you', value: aboutMe.whatMattersToMe ?? NOT_ANSWERED, change: change('what-matters', 'what matters to you') },
    {
      key: 'What you enjoy',
      value: profile.interests.length ? <BulletList items={profile.interests.map(interestLabel)} /> : NOT_ANSWERED,
      change: change('interests', 'what you enjoy'),
    },
    {
      key: 'What helps you take part',
      value: profile.accessNeeds.length ? <BulletList items={profile.accessNeeds.map(accessNeedLabel)} /> : 'Nothing at the moment',
      change: change('access-needs', 'what helps you take part'),
    },
    {
      key: 'How to keep in touch',
      value: (
        <>
          <p>With a volunteer: {profile.contactModes.length ? listInWords(profile.contactModes.map(contactModeLabel)).toLowerCase() : NOT_ANSWERED.toLowerCase()}</p>
          <p>Your link worker contacts you by: {reach ? reach.charAt(0).toLowerCase() + reach.slice(1) : NOT_ANSWERED.toLowerCase()}</p>
        </>
      ),
      change: change('keeping-in-touch', 'how to keep in touch'),
    },
    { key: 'When you are free', value: words(describeSlots(profile.availabilityMask)), change: change('when-free', 'when you are free') },
    {
      key: 'Where you live',
      value: profile.postcode ? `${profile.postcode}${travel ? `. ${travel}` : ''}` : NOT_ANSWERED,
      change: change('where', 'where you live'),
    },
    {
      key: 'Your volunteer',
      value: (
        <>
          <p>{volunteerGenderLabel(aboutMe.volunteerGender)}</p>
          <p>You speak {listInWords(profile.languages.map(languageLabel))}</p>
          {aboutMe.preferredLanguages.length ? <p>You would most like to speak {listInWords(aboutMe.preferredLanguages.map(languageLabel))}</p> : null}
          {aboutMe.otherPreferences ? <p>{aboutMe.otherPreferences}</p> : null}
        </>
      ),
      change: change('your-volunteer', 'your volunteer'),
    },
  ];
}

function words(items: string[]): string {
  return items.length ? listInWords(items) : NOT_ANSWERED;
}

function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="list list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Agreements({ consents }: { consents: Support['consents'] }) {
  const active = consents.filter((c) => !c.withdrawnAt);
  if (active.length === 0) return null;
  return (
    <>
      <h2 className="heading-m">What you have agreed to</h2>
      <p>You can change your mind at any time.</p>
      <SummaryList
        rows={active.map((consent) => ({
          key: CONSENT_PURPOSES.find((p) => p.id === consent.purpose)?.label ?? consent.purpose,
          value: `You agreed on ${isoDateInWords(consent.agreedOn)}${consent.recordedOnBehalf ? `, with ${consent.recordedByName}` : ''}.`,
          change: {
            to: `/my-support/agreements/${consent.id}/withdraw`,
            text: 'Withdraw',
            label: `agreement to ${(CONSENT_PURPOSES.find((p) => p.id === consent.purpose)?.label ?? '').toLowerCase()}`,
          },
        }))}
      />
    </>
  );
}
