import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Link, useLocation } from 'react-router';
import { SERVICE_PROBLEM } from '../app/graphql-problems';
import { Notice } from './Notice';
import { PageHeading } from './PageHeading';

export function Loading() {
  return <p role="status">Loading…</p>;
}

/** What a page says when its data could not be loaded, decided by the error code. */
export function LoadProblem({ error, notFound = false }: { error: unknown; notFound?: boolean }) {
  const code = notFound ? 'NOT_FOUND' : CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['code'] : undefined;
  if (code === 'UNAUTHENTICATED') {
    return (
      <>
        <PageHeading>You need to sign in</PageHeading>
        <p>
          <Link to="/sign-in">Sign in</Link> to see this page.
        </p>
      </>
    );
  }
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
    return (
      <>
        <PageHeading>Page not found</PageHeading>
        <p>This page does not exist, or it is not one you can see.</p>
        <p>
          <Link to="/">Go to the Kindred home page</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>Sorry, there is a problem with the service</PageHeading>
      <p>{SERVICE_PROBLEM}</p>
    </>
  );
}

/** A "done" message handed to the next page in the navigation state. */
export type DoneState = { doneNotice: string };

export function doneState(text: string): DoneState {
  return { doneNotice: text };
}

/** Shows the "done" message the page before left, if any. */
export function DoneNotice() {
  const { state } = useLocation();
  const text: unknown = state && typeof state === 'object' && 'doneNotice' in state ? state.doneNotice : undefined;
  return typeof text === 'string' ? <Notice tone="success">{text}</Notice> : null;
}
