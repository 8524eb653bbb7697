import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Spin } from 'antd';

/**
 * A page loaded only when its route is first opened, so the sign-in page does
 * not wait for the editor, the review queue and the rest of antd they use.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** What shows while a page's code arrives; inside the layout, so the menu stays. */
export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin size="large" tip="正在加载页面…" style={{ display: 'block', padding: 64 }}><div /></Spin>}>{children}</Suspense>;
}

/** antd's Result carries large 403/404/500 illustrations; the sign-in page never shows one. */
export const LazyResult = lazy(() => import('antd/es/result'));
