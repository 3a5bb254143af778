import { createHash } from 'node:crypto';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

/**
 * Runs before the first paint. A returning visitor's saved progress differs from the
 * prerendered first-visit page, so that part is hidden until the app has rendered the real
 * state: ticks never flash off and on. Kept tiny: it is inline and hashed in the CSP.
 */
export const restoringScript = (storageKey: string) =>
  `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(storageKey)})).state;` +
  `if(Object.keys(s.ticks||{}).length+Object.keys(s.choices||{}).length+Object.keys(s.notes||{}).length)` +
  `document.documentElement.classList.add("restoring")}catch(e){}`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** The page's Content-Security-Policy: only its own files, and the one hashed inline script. */
export function contentSecurityPolicy(inlineScript: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${sha256(inlineScript)}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * At build time: renders the app (src/prerender.tsx) into index.html, adds the restoring
 * script and the CSP. Development keeps the plain page, since Vite's dev server injects
 * inline scripts of its own.
 */
export function prerender({ storageKey }: { storageKey: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'its-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          root: config.root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const entry = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            render: () => string;
          };
          const markup = entry.render();
          const script = restoringScript(storageKey);
          if (!html.includes('<div id="root"></div>')) throw new Error('index.html lost its #root');
          return html
            .replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
            .replace(
              '<meta charset="UTF-8" />',
              `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script)}" />\n    <script>${script}</script>`,
            );
        } finally {
          await server.close();
        }
      },
    },
  };
}
