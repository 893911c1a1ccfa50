import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { CHECK_EVERY_DAYS, londonToday } from '@kindred/shared';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { SERVICE_PROBLEM } from '../app/graphql-problems';
import type { Viewer } from '../app/session';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { PageHeading } from '../ui/PageHeading';
import { ExportDirectoryQuery, MarkActivityCheckedMutation, SearchActivitiesQuery } from './operations';
import { directorySchemes, SchemePicker, useChosenScheme, type DirectoryScheme } from './scheme-choice';
import { NotFoundHere, SignedInOnly } from './SignedInOnly';
import { checkedWords } from './words';

/** Where staff keep their scheme's directory current: add, import, export, and the listings to check. */
export function ManageDirectoryPage() {
  return <SignedInOnly title="Manage the activity directory">{(viewer) => <Manage viewer={viewer} />}</SignedInOnly>;
}

function Manage({ viewer }: { viewer: Viewer }) {
  const schemes = directorySchemes(viewer, true);
  const [scheme, choose] = useChosenScheme(schemes);
  const { state } = useLocation();
  const removed = state && typeof state === 'object' && 'removed' in state ? String(state.removed) : null;
  if (!scheme) return <NotFoundHere what="Page" />;
  return (
    <>
      <PageHeading>Manage the activity directory</PageHeading>
      {removed ? <Notice tone="success">{`${removed} has been taken out of the directory.`}</Notice> : null}
      <SchemePicker schemes={schemes} chosen={scheme} onChange={choose} />
      <ul className="list directory-actions">
        <li>
          <Link to={`/activities/new?scheme=${scheme.id}`}>Add an activity</Link>
        </li>
        <li>
          <Link to={`/activities/import?scheme=${scheme.id}`}>Import activities from an Open Referral UK file</Link>
        </li>
        <li>
          <Link to={`/activities?scheme=${scheme.id}`}>Find an activity</Link>
        </li>
      </ul>
      <ExportSection scheme={scheme} />
      <ToCheck scheme={scheme} />
    </>
  );
}

function ExportSection({ scheme }: { scheme: DirectoryScheme }) {
  const [fetchExport, { loading }] = useLazyQuery(ExportDirectoryQuery, { fetchPolicy: 'network-only' });
  const [message, setMessage] = useState<{ tone: 'success' | 'important'; text: string } | null>(null);

  async function download() {
    setMessage(null);
    const { data } = await fetchExport({ variables: { schemeId: scheme.id } }).catch(() => ({ data: undefined }));
    if (!data) return setMessage({ tone: 'important', text: SERVICE_PROBLEM });
    const fileName = `${scheme.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-directory-${londonToday()}.json`;
    const url = URL.createObjectURL(new Blob([data.openReferralExport], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
    setMessage({ tone: 'success', text: `The directory has been downloaded as ${fileName}.` });
  }

  return (
    <section aria-labelledby="export-heading">
      <h2 className="heading-m" id="export-heading">
        Share the directory
      </h2>
      <p>Download every activity as an Open Referral UK file, which council and NHS directories can read.</p>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <Button type="button" variant="secondary" pending={loading} pendingText="Preparing the file…" onClick={() => void download()}>
        Download the directory
      </Button>
    </section>
  );
}

function ToCheck({ scheme }: { scheme: DirectoryScheme }) {
  const { data, error, refetch } = useQuery(SearchActivitiesQuery, {
    variables: { input: { schemeId: scheme.id, needsChecking: true, first: 50 } },
    fetchPolicy: 'cache-and-network',
  });
  const [markChecked] = useMutation(MarkActivityCheckedMutation);
  const [checked, setChecked] = useState<string[]>([]);
  const [problem, setProblem] = useState('');

  async function check(id: string, title: string) {
    try {
      await markChecked({ variables: { id } });
      setChecked((c) => [...c, title]);
      await refetch();
    } catch {
      setProblem(SERVICE_PROBLEM);
    }
  }

  const page = data?.activities;
  return (
    <section aria-labelledby="to-check-heading">
      <h2 className="heading-m" id="to-check-heading">
        Not checked for over {CHECK_EVERY_DAYS} days
      </h2>
      <div role="status">{checked.length > 0 ? <Notice tone="success">{`${checked.at(-1)} has been marked as checked today.`}</Notice> : null}</div>
      {problem ? <Notice>{problem}</Notice> : null}
      {!page ? (
        <p>{error ? SERVICE_PROBLEM : 'Loading…'}</p>
      ) : page.totalCount === 0 ? (
        <p>Every listing has been checked in the last {CHECK_EVERY_DAYS} days.</p>
      ) : (
        <>
          <p>Check each one with the organiser: is it still running, at the same times and place?</p>
          <ul className="directory-results">
            {page.results.map(({ activity }) => (
              <li className="directory-result" key={activity.id}>
                <h3 className="heading-s">
                  <Link to={`/activities/${activity.id}`}>{activity.title}</Link>
                </h3>
                <p className="directory-secondary">
                  {activity.organiserName}. {checkedWords(activity.lastCheckedAt)}.
                </p>
                <div className="directory-buttons">
                  <Button type="button" variant="secondary" onClick={() => void check(activity.id, activity.title)}>
                    Mark as checked today<span className="visually-hidden">: {activity.title}</span>
                  </Button>
                  <Link to={`/activities/${activity.id}/edit`}>
                    Change<span className="visually-hidden"> {activity.title}</span>
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
