import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import type { Viewer } from '../app/session';
import type { ImportFieldsFragment } from '../gql/graphql';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { FileUpload } from '../ui/FileUpload';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { Notice } from '../ui/Notice';
import { PageHeading } from '../ui/PageHeading';
import { directorySchemes, SchemePicker, useChosenScheme, type DirectoryScheme } from './scheme-choice';
import { NotFoundHere, SignedInOnly } from './SignedInOnly';
import { importFile, progressWords, type Progress } from './upload';

const MAX_MB = 20;
// The error summary lists this many problems; the table below lists them all.
const SUMMARY_PROBLEMS = 10;

export function ImportPage() {
  return <SignedInOnly title="Import activities">{(viewer) => <ImportForScheme viewer={viewer} />}</SignedInOnly>;
}

function ImportForScheme({ viewer }: { viewer: Viewer }) {
  const schemes = directorySchemes(viewer, true);
  const [scheme, choose] = useChosenScheme(schemes);
  if (!scheme) return <NotFoundHere what="Page" />;
  return <ImportForm key={scheme.id} scheme={scheme} picker={<SchemePicker schemes={schemes} chosen={scheme} onChange={choose} />} />;
}

/** "Service at location", from Open Referral's "service_at_location". */
const recordWords = (type: string) => `${type.charAt(0).toUpperCase()}${type.slice(1).replaceAll('_', ' ')}`;

/** "Service 6f1c… (Brushes and Biscuits), name: Give the service a name". */
const problemLine = (p: ImportFieldsFragment['problems'][number]) =>
  `${recordWords(p.recordType)}${p.recordId ? ` ${p.recordId}` : ''}${p.recordName ? ` (${p.recordName})` : ''}${p.field ? `, ${p.field}` : ''}: ${p.message}`;

function ImportForm({ scheme, picker }: { scheme: DirectoryScheme; picker: ReactNode }) {
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<FormProblems<'file'>>(NO_PROBLEMS);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ImportFieldsFragment | null>(null);
  const [announced, setAnnounced] = useState('');
  const lastAnnounced = useRef('');
  const running = progress !== null && result === null && !hasProblems(problems);

  // Screen readers hear each stage and every quarter of the way, not every poll.
  function follow(p: Progress) {
    setProgress(p);
    const { label, done, total } = progressWords(p);
    const stage = label.split(':')[0] ?? label;
    const key = `${stage}:${Math.floor((done / total) * 4)}`;
    if (key !== lastAnnounced.current) {
      lastAnnounced.current = key;
      setAnnounced(`${stage}, ${Math.round((done / total) * 100)}% done`);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (running) return;
    setResult(null);
    if (!file) return setProblems({ fields: { file: 'Choose an Open Referral UK file to import' }, general: [] });
    if (file.size > MAX_MB * 1024 * 1024) return setProblems({ fields: { file: `The file must be smaller than ${MAX_MB} MB` }, general: [] });
    setProblems(NO_PROBLEMS);
    try {
      const job = await importFile(client, scheme.id, file, follow);
      setResult(job);
      setAnnounced(job.status === 'DONE' ? 'The import has finished' : 'The import could not be finished');
      if (job.status === 'FAILED') {
        const general = job.failure ? [job.failure] : job.problems.slice(0, SUMMARY_PROBLEMS).map(problemLine);
        if (job.problemCount > SUMMARY_PROBLEMS) general.push(`And ${job.problemCount - SUMMARY_PROBLEMS} more problems, listed below`);
        setProblems({ fields: {}, general: ['Nothing was imported. Put right the problems below in the file, then import it again.', ...general] });
      }
    } catch (caught) {
      setProblems(problemsFromError(caught, ['file']));
    } finally {
      setProgress(null);
    }
  }

  const bar = progress ? progressWords(progress) : null;
  return (
    <>
      <BackLink to={`/activities/manage?scheme=${scheme.id}`} />
      <ErrorSummary problems={problems} fieldIds={{ file: 'file' }} />
      <PageHeading hasErrors={hasProblems(problems)}>Import activities from Open Referral UK</PageHeading>
      {picker}
      <p>Open Referral UK is the way council and NHS directories share information about local services. Kindred reads its JSON files (HSDS 3.0).</p>
      <p>Each service at each place becomes an activity. A service already imported is updated, not added twice. Closed services and services with no place to go are left out.</p>
      <p>Every record is checked first. If any has a problem, nothing is imported, and you will see what to put right.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FileUpload id="file" label="Open Referral UK file" hint={`A .json file, smaller than ${MAX_MB} MB`} accept=".json,application/json" onChange={setFile} error={problems.fields.file} />
        <Button pending={running} pendingText="Importing…">
          Check and import
        </Button>
      </form>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </div>
      {bar ? (
        <div className="directory-progress">
          <label htmlFor="import-progress" className="label">
            {bar.label}
          </label>
          <progress id="import-progress" max={bar.total} value={bar.done}>
            {Math.round((bar.done / bar.total) * 100)}%
          </progress>
        </div>
      ) : null}
      {result?.status === 'DONE' ? <ImportDone job={result} schemeId={scheme.id} /> : null}
      {result?.status === 'FAILED' && result.problems.length > 0 ? <ProblemTable job={result} /> : null}
    </>
  );
}

function ImportDone({ job, schemeId }: { job: ImportFieldsFragment; schemeId: string }) {
  return (
    <>
      <Notice tone="success" title="The import has finished">
        <p>{`${job.recordsImported} ${job.recordsImported === 1 ? 'activity was' : 'activities were'} imported: ${job.created} new and ${job.updated} updated.`}</p>
      </Notice>
      {job.skipped.length > 0 ? (
        <>
          <h2 className="heading-m">{`${job.skipped.length} ${job.skipped.length === 1 ? 'service was' : 'services were'} left out`}</h2>
          <ul className="list list--bullet">
            {job.skipped.map((s) => (
              <li key={`${s.recordId}`}>{`${s.recordName ?? s.recordId}: ${s.message.replace(/^Left out: /, '')}`}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to={`/activities?scheme=${schemeId}`}>See the activities</Link>
      </p>
    </>
  );
}

function ProblemTable({ job }: { job: ImportFieldsFragment }) {
  return (
    <>
      <h2 className="heading-m">{`${job.problemCount} ${job.problemCount === 1 ? 'problem' : 'problems'} in the file`}</h2>
      {job.problemCount > job.problems.length ? <p>{`The first ${job.problems.length} are shown.`}</p> : null}
      <div className="directory-table-wrapper">
        <table className="directory-table">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Record</th>
              <th scope="col">Field</th>
              <th scope="col">What to put right</th>
            </tr>
          </thead>
          <tbody>
            {job.problems.map((p, i) => (
              <tr key={i}>
                <td>{p.recordName ?? '–'}</td>
                <td>
                  {recordWords(p.recordType)}
                  {p.recordId ? <span className="directory-record-id"> {p.recordId}</span> : null}
                </td>
                <td>{p.field ?? '–'}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
