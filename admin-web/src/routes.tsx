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
import { LocalCatalogPage } from './pages/catalog/LocalCatalogPage';
import { FilingQueuePage } from './pages/filings/FilingQueuePage';
import { PrintDisclosurePage } from './pages/print/PrintDisclosurePage';
import { PrintVillageQrPage } from './pages/print/PrintVillageQrPage';
import { TownshipGapsPage } from './pages/schedule/TownshipGapsPage';
import { ResidentBindingsPage } from './pages/residents/ResidentBindingsPage';
import { FeedbackRepliesPage } from './pages/residents/FeedbackRepliesPage';
import { SupervisionPage } from './pages/feedback/SupervisionPage';
import { WaitingMessagesPage } from './pages/feedback/WaitingMessagesPage';
import { VillageTodoPage } from './pages/schedule/VillageTodoPage';
import { HotlineSupervisionPage } from './pages/hotline/HotlineSupervisionPage';

const VILLAGE_ONLY = ['village_admin'] as const;
const REVIEWER_ONLY = ['township_reviewer'] as const;
const CATALOG_OWNERS = ['county_supervisor', 'city_supervisor'] as const;
const COUNTY_ONLY = ['county_supervisor'] as const;
const ANSWERING_LEVELS = ['village_admin', 'township_reviewer', 'county_supervisor'] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* Print pages carry no console chrome: what is on screen is what goes on paper. */}
      <Route
        path="/print/disclosures/:id"
        element={
          <RequireAuth>
            <PrintDisclosurePage />
          </RequireAuth>
        }
      />
      <Route
        path="/print/village-qr"
        element={
          <RequireAuth>
            <PrintVillageQrPage />
          </RequireAuth>
        }
      />
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
        <Route
          path="todo"
          element={
            <RequireAuth roles={VILLAGE_ONLY}>
              <VillageTodoPage />
            </RequireAuth>
          }
        />
        <Route
          path="feedback/waiting"
          element={
            <RequireAuth roles={ANSWERING_LEVELS}>
              <WaitingMessagesPage />
            </RequireAuth>
          }
        />
        <Route
          path="supervision"
          element={
            <RequireAuth roles={COUNTY_ONLY}>
              <SupervisionPage />
            </RequireAuth>
          }
        />
        <Route
          path="feedback"
          element={
            <RequireAuth roles={VILLAGE_ONLY}>
              <FeedbackRepliesPage />
            </RequireAuth>
          }
        />
        <Route
          path="residents"
          element={
            <RequireAuth roles={VILLAGE_ONLY}>
              <ResidentBindingsPage />
            </RequireAuth>
          }
        />
        <Route
          path="gaps"
          element={
            <RequireAuth roles={REVIEWER_ONLY}>
              <TownshipGapsPage />
            </RequireAuth>
          }
        />
        <Route
          path="filings"
          element={
            <RequireAuth roles={REVIEWER_ONLY}>
              <FilingQueuePage />
            </RequireAuth>
          }
        />
        <Route
          path="catalog/local"
          element={
            <RequireAuth roles={CATALOG_OWNERS}>
              <LocalCatalogPage />
            </RequireAuth>
          }
        />
        <Route
          path="hotline"
          element={
            <RequireAuth roles={COUNTY_ONLY}>
              <HotlineSupervisionPage />
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
