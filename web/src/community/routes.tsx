import { Route } from 'react-router';
import { lazyPage } from './ui/lazy-page';

// Each page module loads on first visit (charts and maps stay out of the main bundle).
// Add a page: one `lazyPage` line here and one `<Route>` line below.
const CommunityHomePage = lazyPage(() => import('./CommunityHomePage').then((m) => m.CommunityHomePage));
const CapacityPage = lazyPage(() => import('./capacity/CapacityPage').then((m) => m.CapacityPage));
const ActivitiesPage = lazyPage(() => import('./activities/ActivitiesPage').then((m) => m.ActivitiesPage));
const GapsPage = lazyPage(() => import('./gaps/GapsPage').then((m) => m.GapsPage));
const WhatWouldHelpPage = lazyPage(() => import('./gaps/WhatWouldHelpPage').then((m) => m.WhatWouldHelpPage));
const DrivesPage = lazyPage(() => import('./drives/DrivesPage').then((m) => m.DrivesPage));
const StartDrivePage = lazyPage(() => import('./drives/StartDrivePage').then((m) => m.StartDrivePage));
const DrivePage = lazyPage(() => import('./drives/DrivePage').then((m) => m.DrivePage));
const JoinPage = lazyPage(() => import('./drives/JoinPage').then((m) => m.JoinPage));
const PipelinePage = lazyPage(() => import('./pipeline/PipelinePage').then((m) => m.PipelinePage));

/** The community builders' pages: unmet demand, what would help, drives, the pipeline and capacity. */
export function communityRoutes() {
  return (
    <>
      <Route path="community" element={<CommunityHomePage />} />
      <Route path="community/capacity" element={<CapacityPage />} />
      <Route path="community/activities" element={<ActivitiesPage />} />
      <Route path="community/gaps" element={<GapsPage />} />
      <Route path="community/what-would-help" element={<WhatWouldHelpPage />} />
      <Route path="community/drives" element={<DrivesPage />} />
      <Route path="community/drives/new" element={<StartDrivePage />} />
      <Route path="community/drives/:driveId" element={<DrivePage />} />
      <Route path="community/pipeline" element={<PipelinePage />} />
      {/* Public: a drive's sign-up page, for anyone who opens its link. */}
      <Route path="join/:code" element={<JoinPage />} />
    </>
  );
}
