import { Route } from 'react-router';
import { AboutMeStepPage } from './about-me/AboutMeStepPage';
import { AskForCompanyPage } from './ask/AskForCompanyPage';
import { AskRequestPage } from './ask/AskRequestPage';
import { RecordConsentPage, WithdrawConsentPage } from './casework/ConsentPages';
import { RecordContactPage } from './casework/RecordContactPage';
import { ReferPage } from './casework/ReferPage';
import { SeekerPage } from './casework/SeekerPage';
import { WaitingListPage } from './casework/WaitingListPage';
import { MySupportPage } from './MySupportPage';
import { WithdrawMyConsentPage, WithdrawMyRequestPage } from './WithdrawMinePages';

/** The pages of people seeking company, and of their link workers. Called inside the layout route. */
export function seekerRoutes() {
  return (
    <>
      <Route path="my-support" element={<MySupportPage />} />
      <Route path="my-support/about-me/:step" element={<AboutMeStepPage />} />
      <Route path="my-support/ask" element={<AskForCompanyPage />} />
      <Route path="my-support/ask/:kind" element={<AskRequestPage />} />
      <Route path="my-support/requests/:requestId/withdraw" element={<WithdrawMyRequestPage />} />
      <Route path="my-support/agreements/:consentId/withdraw" element={<WithdrawMyConsentPage />} />
      <Route path="waiting-list" element={<WaitingListPage />} />
      <Route path="waiting-list/:schemeId" element={<WaitingListPage />} />
      <Route path="refer" element={<ReferPage />} />
      <Route path="refer/:schemeId" element={<ReferPage />} />
      <Route path="seekers/:seekerId" element={<SeekerPage />} />
      <Route path="seekers/:seekerId/contact" element={<RecordContactPage />} />
      <Route path="seekers/:seekerId/consent" element={<RecordConsentPage />} />
      <Route path="seekers/:seekerId/consents/:consentId/withdraw" element={<WithdrawConsentPage />} />
    </>
  );
}
