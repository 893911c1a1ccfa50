import { Route } from 'react-router';
import { lazyPage } from '../../community/ui/lazy-page';

// Loaded on first visit: the charts stay out of the main bundle.
const OutcomeReportPage = lazyPage(() => import('./OutcomeReportPage').then((m) => m.OutcomeReportPage));

/** The outcomes report for a scheme's staff. */
export function outcomeReportRoutes() {
  return <Route path="reports/outcomes" element={<OutcomeReportPage />} />;
}
