import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../../ui/page-states';

/**
 * A page whose module is fetched on first visit, so the charts and maps of the community pages
 * do not weigh on every other page. Usage: `lazyPage(() => import('./gaps/GapsPage').then((m) => m.GapsPage))`.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}
