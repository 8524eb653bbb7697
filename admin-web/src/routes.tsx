import { Navigate, Route, Routes } from 'react-router-dom';
import { DEPARTMENT_ROLES } from '@sunshine/shared';
import { useAdmin } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { homePath } from './layout/menus';
import { lazyPage, LazyResult as Result, PageSuspense } from './layout/lazyPage';
// The sign-in page is where every fresh visit lands: it stays in the first download, the rest load per route.
import { LoginPage } from './pages/LoginPage';

const AppLayout = lazyPage(() => import('./layout/AppLayout'), 'AppLayout');
const DisclosureDetailPage = lazyPage(() => import('./pages/DisclosureDetailPage'), 'DisclosureDetailPage');
const DisclosureListPage = lazyPage(() => import('./pages/DisclosureListPage'), 'DisclosureListPage');
const DisclosureEditorPage = lazyPage(() => import('./pages/editor/DisclosureEditorPage'), 'DisclosureEditorPage');
const ReviewQueuePage = lazyPage(() => import('./pages/review/ReviewQueuePage'), 'ReviewQueuePage');
const LocalCatalogPage = lazyPage(() => import('./pages/catalog/LocalCatalogPage'), 'LocalCatalogPage');
const FilingQueuePage = lazyPage(() => import('./pages/filings/FilingQueuePage'), 'FilingQueuePage');
const PrintDisclosurePage = lazyPage(() => import('./pages/print/PrintDisclosurePage'), 'PrintDisclosurePage');
const PrintVillageQrPage = lazyPage(() => import('./pages/print/PrintVillageQrPage'), 'PrintVillageQrPage');
const TownshipGapsPage = lazyPage(() => import('./pages/schedule/TownshipGapsPage'), 'TownshipGapsPage');
const ResidentBindingsPage = lazyPage(() => import('./pages/residents/ResidentBindingsPage'), 'ResidentBindingsPage');
const FeedbackRepliesPage = lazyPage(() => import('./pages/residents/FeedbackRepliesPage'), 'FeedbackRepliesPage');
const SupervisionPage = lazyPage(() => import('./pages/feedback/SupervisionPage'), 'SupervisionPage');
const WaitingMessagesPage = lazyPage(() => import('./pages/feedback/WaitingMessagesPage'), 'WaitingMessagesPage');
const VillageTodoPage = lazyPage(() => import('./pages/schedule/VillageTodoPage'), 'VillageTodoPage');
const HotlineSupervisionPage = lazyPage(() => import('./pages/hotline/HotlineSupervisionPage'), 'HotlineSupervisionPage');
const DashboardPage = lazyPage(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage');
const DepartmentItemsPage = lazyPage(() => import('./pages/department/DepartmentItemsPage'), 'DepartmentItemsPage');

const VILLAGE_ONLY = ['village_admin'] as const;
const REVIEWER_ONLY = ['township_reviewer'] as const;
const CATALOG_OWNERS = ['county_supervisor', 'city_supervisor'] as const;
const COUNTY_ONLY = ['county_supervisor'] as const;
const ANSWERING_LEVELS = ['village_admin', 'township_reviewer', 'county_supervisor'] as const;
/** Everyone the dashboard's contract (DASHBOARD_CALLERS) lets in: every admin above the village. */
const SUPERVISING = ['township_reviewer', 'county_supervisor', 'city_supervisor', 'province_supervisor', ...DEPARTMENT_ROLES] as const;

export function AppRoutes() {
  return (
    <PageSuspense>
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
          <Route
            path="dashboard"
            element={
              <RequireAuth roles={SUPERVISING}>
                <DashboardPage />
              </RequireAuth>
            }
          />
          <Route
            path="department"
            element={
              <RequireAuth roles={DEPARTMENT_ROLES}>
                <DepartmentItemsPage />
              </RequireAuth>
            }
          />
          <Route path="*" element={<Result status="404" title="页面不存在" />} />
        </Route>
      </Routes>
    </PageSuspense>
  );
}

function HomeRedirect() {
  return <Navigate to={homePath(useAdmin().role)} replace />;
}
