import { Route } from 'react-router';
import { ActivityFormPage } from './ActivityFormPage';
import { ActivityPage } from './ActivityPage';
import { FindActivityPage } from './FindActivityPage';
import { ImportPage } from './ImportPage';
import { ManageDirectoryPage } from './ManageDirectoryPage';
import './directory.css';

/** The community activity directory: finding activities, and its management by staff. */
export function directoryRoutes() {
  return (
    <>
      <Route path="activities" element={<FindActivityPage />} />
      <Route path="activities/manage" element={<ManageDirectoryPage />} />
      <Route path="activities/new" element={<ActivityFormPage />} />
      <Route path="activities/import" element={<ImportPage />} />
      <Route path="activities/:id" element={<ActivityPage />} />
      <Route path="activities/:id/edit" element={<ActivityFormPage />} />
    </>
  );
}
