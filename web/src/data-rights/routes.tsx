import { Route } from 'react-router';
import { EraseMyDataPage } from './EraseMyDataPage';
import { ErasePersonPage } from './ErasePersonPage';
import { GoodbyePage } from './GoodbyePage';
import { MyDataPage } from './MyDataPage';
import { WithdrawConsentPage } from './WithdrawConsentPage';

/** A person's own data, erasing a person's data for staff, and the page after an account is deleted. */
export function dataRightsRoutes() {
  return (
    <>
      <Route path="my-data" element={<MyDataPage />} />
      <Route path="my-data/consents/:consentId/withdraw" element={<WithdrawConsentPage />} />
      <Route path="my-data/erase" element={<EraseMyDataPage />} />
      <Route path="goodbye" element={<GoodbyePage />} />
      <Route path="seekers/:seekerId/erase" element={<ErasePersonPage />} />
    </>
  );
}
