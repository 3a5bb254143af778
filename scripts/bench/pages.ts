/**
 * The pages measured, built and served on 127.0.0.1: the production app (dist/), the
 * benchmark page (bench/dist/) and the floors (a temporary folder), each on a server of its own.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { fiftyOrganisations } from '../fifty-organisations.ts';
import { serveStatic } from '../static-server.ts';
import type { Seed } from './driver.ts';
import { buildReactFloor, floorFolder, REACT_FLOOR_PATH } from './floors.ts';
import { OPEN_ORGANISATION } from './switching.ts';

const root = resolve(import.meta.dirname, '../..');

export type Pages = {
  floor: string;
  /** The React floor: bench/react-floor/, built for production. */
  reactFloor: string;
  oneLine: string;
  app: string;
  large: string;
  real: string;
  /** The app at `?org=25`, in contexts seeded with `fiftySeed`. */
  fifty: string;
  fiftySeed: Seed;
};

export async function servePages() {
  console.log(
    'Building the app (dist/), the benchmark page (bench/dist/) and the React floor (bench/react-floor/)…',
  );
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(root, 'bench/vite.config.ts'), logLevel: 'warn' });
  const folder = await floorFolder();
  const reactFloorJs = await buildReactFloor(folder);

  const app = await serveStatic(resolve(root, 'dist'));
  const bench = await serveStatic(resolve(root, 'bench/dist'));
  const floors = await serveStatic(folder);
  const pages: Pages = {
    app: app.url,
    real: `${bench.url}?list=real`,
    large: `${bench.url}?list=large`,
    floor: `${floors.url}floor.html`,
    reactFloor: `${floors.url}${REACT_FLOOR_PATH}`,
    oneLine: `${floors.url}one-line.html`,
    fifty: `${app.url}?org=${OPEN_ORGANISATION}`,
    fiftySeed: { origin: new URL(app.url).origin, localStorage: fiftyOrganisations() },
  };
  const close = () => {
    app.server.close();
    bench.server.close();
    floors.server.close();
  };
  return { pages, app, reactFloorJs, close };
}
