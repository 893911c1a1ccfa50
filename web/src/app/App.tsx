import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '../accounts/ForgotPasswordPage';
import { ResetPasswordPage } from '../accounts/ResetPasswordPage';
import { SignInPage } from '../accounts/SignInPage';
import { SignUpPage } from '../accounts/SignUpPage';
import { TwoFactorSetupPage } from '../accounts/two-factor/TwoFactorSetupPage';
import { communityRoutes } from '../community/routes';
import { dataRightsRoutes } from '../data-rights/routes';
import { directoryRoutes } from '../directory/routes';
import { HomePage } from '../home/HomePage';
import { checkInRoutes } from '../outcomes/check-ins/routes';
import { outcomeReportRoutes } from '../outcomes/reports/routes';
import { matchingRoutes } from '../matching/routes';
import { AssignmentPage } from '../assignment/AssignmentPage';
import { AuditPage } from '../audit/AuditPage';
import { seekerRoutes } from '../seekers/routes';
import { concernRoutes } from '../safeguarding/concerns/routes';
import { volunteerRoutes } from '../volunteers/routes';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="two-factor/setup" element={<TwoFactorSetupPage />} />
        {volunteerRoutes()}
        {seekerRoutes()}
        {directoryRoutes()}
        {matchingRoutes()}
        {checkInRoutes()}
        {outcomeReportRoutes()}
        {communityRoutes()}
        {dataRightsRoutes()}
        {concernRoutes()}
        <Route path="match-everyone" element={<AssignmentPage />} />
        <Route path="match-everyone/:schemeId" element={<AssignmentPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
