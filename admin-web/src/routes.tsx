import { Navigate, Route, Routes } from 'react-router-dom';
import { Result } from 'antd';
import { useAdmin } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { homePath } from './layout/menus';
import { DisclosureDetailPage } from './pages/DisclosureDetailPage';
import { DisclosureListPage } from './pages/DisclosureListPage';
import { DisclosureEditorPage } from './pages/editor/DisclosureEditorPage';
import { LoginPage } from './pages/LoginPage';
import { ReviewQueuePage } from './pages/review/ReviewQueuePage';

const VILLAGE_ONLY = ['village_admin'] as const;
const REVIEWER_ONLY = ['township_reviewer'] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="disclosures" element={<DisclosureListPage />} />
        <Route
          path="disclosures/new"
          element={
            <RequireAuth roles={VILLAGE_ONLY}>
              <DisclosureEditorPage />
            </RequireAuth>
          }
        />
        <Route path="disclosures/:id" element={<DisclosureDetailPage />} />
        <Route
          path="disclosures/:id/edit"
          element={
            <RequireAuth roles={VILLAGE_ONLY}>
              <DisclosureEditorPage />
            </RequireAuth>
          }
        />
        <Route
          path="review"
          element={
            <RequireAuth roles={REVIEWER_ONLY}>
              <ReviewQueuePage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<Result status="404" title="页面不存在" />} />
      </Route>
    </Routes>
  );
}

function HomeRedirect() {
  return <Navigate to={homePath(useAdmin().role)} replace />;
}
