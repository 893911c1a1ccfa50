import { Route } from 'react-router';
import { ByPhonePage } from './ByPhonePage';
import { CheckInListPage } from './CheckInListPage';
import { CheckInPage } from './CheckInPage';
import { CheckInsDuePage } from './CheckInsDuePage';
import { MyProgressPage } from './MyProgressPage';

/** Check-ins: the person answering theirs and seeing their progress; link workers' due list and phone form. */
export function checkInRoutes() {
  return (
    <>
      <Route path="check-in" element={<CheckInListPage />} />
      <Route path="check-in/:checkInId" element={<CheckInPage />} />
      <Route path="check-in/:checkInId/by-phone" element={<ByPhonePage />} />
      <Route path="my-progress" element={<MyProgressPage />} />
      <Route path="check-ins-due" element={<CheckInsDuePage />} />
      <Route path="check-ins-due/:schemeId" element={<CheckInsDuePage />} />
    </>
  );
}
