import type { Plugin } from 'vite';

const wrapped =
  /__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__, import\.meta\.url\)/g;

/**
 * Leaves dynamic imports as plain `import()`. Vite wraps each one in a helper that preloads
 * the chunk's CSS and shared dependencies, and keeps that helper even with
 * `build.modulePreload: false` (vitejs/vite#13952). The app's on-demand chunks have neither,
 * so the helper is dead weight in the first load; unwrapped, the minifier drops it.
 * Only the plain `() => import("…")` form is unwrapped; anything else is left to Vite.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'its-plain-dynamic-imports',
    apply: 'build',
    enforce: 'post',
    renderChunk(code) {
      if (!code.includes('__vitePreload(')) return null;
      return { code: code.replace(wrapped, '$1'), map: null };
    },
  };
}
