import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The benchmark page: the same app and components, with a render counter and a 1,000-item list. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  publicDir: resolve(import.meta.dirname, '../public'),
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
  },
  logLevel: 'warn',
});
