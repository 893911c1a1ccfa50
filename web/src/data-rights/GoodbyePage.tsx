import { Link } from 'react-router';
import { PageHeading } from '../ui/PageHeading';

/** Where a person lands after deleting their account: signed out, nothing of theirs on screen. */
export function GoodbyePage() {
  return (
    <>
      <PageHeading>Your account and data have been deleted</PageHeading>
      <p>You have been signed out everywhere. Nothing we keep says who you are.</p>
      <p>Thank you for being part of Kindred. If you would like company again one day, you are always welcome to sign up.</p>
      <p>
        <Link to="/">Go to the Kindred home page</Link>
      </p>
    </>
  );
}
