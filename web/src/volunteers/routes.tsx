import { Route } from 'react-router';
import { DbsCheckPage } from './DbsCheckPage';
import { PausePage } from './PausePage';
import { RefereesPage } from './RefereesPage';
import { TrainingPage } from './TrainingPage';
import { VolunteerProfilePage } from './VolunteerProfilePage';
import { VolunteerRecordPage } from './VolunteerRecordPage';
import { VolunteersToCheckPage } from './VolunteersToCheckPage';
import { YourVolunteeringPage } from './YourVolunteeringPage';

/** Volunteering (the volunteer's own pages) and vetting (staff pages), placed inside the app's routes. */
export function volunteerRoutes() {
  return (
    <>
      <Route path="volunteering" element={<YourVolunteeringPage />} />
      <Route path="volunteering/:volunteerId" element={<YourVolunteeringPage />} />
      <Route path="volunteering/:volunteerId/about-you" element={<VolunteerProfilePage />} />
      <Route path="volunteering/:volunteerId/referees" element={<RefereesPage />} />
      <Route path="volunteering/:volunteerId/pause" element={<PausePage />} />
      <Route path="volunteers-to-check" element={<VolunteersToCheckPage />} />
      <Route path="volunteers/:volunteerId" element={<VolunteerRecordPage />} />
      <Route path="volunteers/:volunteerId/dbs-check" element={<DbsCheckPage />} />
      <Route path="volunteers/:volunteerId/training" element={<TrainingPage />} />
    </>
  );
}
