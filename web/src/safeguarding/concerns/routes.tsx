import { Route } from 'react-router';
import { ConcernPage } from './ConcernPage';
import { ConcernsPage } from './ConcernsPage';
import { RaiseConcernPage } from './RaiseConcernPage';

/** Raising a concern (anyone signed in), and the link workers' queue and triage. Called inside the layout route. */
export function concernRoutes() {
  return (
    <>
      <Route path="concerns" element={<ConcernsPage />} />
      <Route path="concerns/scheme/:schemeId" element={<ConcernsPage />} />
      <Route path="concerns/new" element={<RaiseConcernPage />} />
      <Route path="concerns/:concernId" element={<ConcernPage />} />
    </>
  );
}
