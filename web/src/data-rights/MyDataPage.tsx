import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DoneNotice, LoadProblem, Loading } from '../ui/page-states';
import { PageHeading } from '../ui/PageHeading';
import { MyConsents } from './MyConsents';
import { MyDataConsentsQuery } from './operations';
import { KEPT_AFTER_ERASURE } from './words';
import './data-rights.css';

/** The person's own data: what they agreed to, a copy of everything, and deleting it all. */
export function MyDataPage() {
  const { data, error, loading } = useQuery(MyDataConsentsQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const consents = data.myConsents;
  const manySchemes = new Set(consents.map((c) => c.scheme.id)).size > 1;
  return (
    <>
      <PageHeading>Your data</PageHeading>
      <DoneNotice />
      <p>This is what Kindred holds about you, and what you can do about it. You can change your mind about anything you agreed to.</p>

      <section aria-labelledby="agreed-heading">
        <h2 className="heading-m" id="agreed-heading">
          What you have agreed to
        </h2>
        <MyConsents consents={consents} manySchemes={manySchemes} />
      </section>

      <section aria-labelledby="download-heading">
        <h2 className="heading-m" id="download-heading">
          Download your data
        </h2>
        <p>
          Get a copy of everything Kindred holds about you: your account, your answers, what you asked for, your matches and messages, and
          what you were sent. It is one file in a format other services can read (JSON).
        </p>
        {/* A file to keep, not a page of the app: a plain link the browser downloads. */}
        <a className="button button--secondary" href="/me/data.json" download>
          Download my data
        </a>
      </section>

      <section aria-labelledby="delete-heading">
        <h2 className="heading-m" id="delete-heading">
          Delete your account and data
        </h2>
        <p>You can ask us to delete everything that says who you are. We keep only figures with no name attached:</p>
        <ul className="list list--bullet">
          {KEPT_AFTER_ERASURE.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>
          <Link to="/my-data/erase">Delete my account and data</Link>
        </p>
      </section>
    </>
  );
}
