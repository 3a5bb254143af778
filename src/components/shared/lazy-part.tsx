import { lazy, Suspense, type ComponentType } from 'react';
import { useUi } from './language';

/**
 * A part of the page whose code loads on demand (`React.lazy`), with a boundary of its own:
 * nothing is drawn in its place while the code loads. When the code cannot be fetched (the
 * connection dropped, the page is being left), the part says so where it would have been,
 * instead of the whole page failing with it.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Part = lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: PartFailed as ComponentType<Props> }),
    ),
  );
  return function LazyPart(props: Props) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}

/**
 * Starts fetching a part's code ahead of its use. A failure is left to the part to say when it
 * is opened.
 */
export const preloadPart = (load: () => Promise<unknown>) => () => {
  load().catch(() => undefined);
};

function PartFailed() {
  const ui = useUi();
  return (
    <span role="alert" className="alert part-failed">
      {ui.partFailed}
    </span>
  );
}
