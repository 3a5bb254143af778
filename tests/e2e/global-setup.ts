import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import type { EngineName } from './driver/types';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromeArgs: string[];
    engine: EngineName;
  }
}

/** Serves the production build on loopback for the journeys; `npm run test:e2e` builds it first. */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` (or `npm run test:e2e`) first.');
  }
  const server = await preview({
    root,
    logLevel: 'warn',
    // A sub-path, as on a static host that serves the app from a folder.
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview has no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);

  return async () => {
    await server.close();
  };
}
