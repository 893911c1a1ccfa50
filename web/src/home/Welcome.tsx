import { Link } from 'react-router';
import { ArrivalNoticeBanner } from '../app/arrival-notice';
import { PageHeading } from '../ui/PageHeading';

/** The first page for someone who is not signed in: what Kindred is, in a few plain sentences. */
export function Welcome() {
  return (
    <>
      <PageHeading>Company and friendship, near you</PageHeading>
      <ArrivalNoticeBanner />
      <p className="lead">Kindred puts people who would like more company in touch with friendly, checked volunteers.</p>
      <div className="two-columns">
        <section aria-labelledby="for-company">
          <h2 className="heading-m" id="for-company">
            If you would like some company
          </h2>
          <p>A volunteer befriender can keep in touch with you in person, by phone, by video or by text.</p>
          <p>
            A volunteer can also go with you to the first session of an activity, such as a choir, a walking group or
            a lunch club.
          </p>
        </section>
        <section aria-labelledby="for-volunteers">
          <h2 className="heading-m" id="for-volunteers">
            If you would like to volunteer
          </h2>
          <p>Give an hour or two to spend time with someone, or to go with them to an activity.</p>
          <p>We ask for 2 references and a DBS check, and give you training before you start.</p>
        </section>
      </div>
      <p>Kindred is run by local schemes, such as GP practices and charities. It is free to use.</p>
      <p>
        <Link to="/sign-up" className="button button--start">
          Create an account
        </Link>
      </p>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </>
  );
}
