import { createHash } from 'node:crypto';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { EARLY_INPUT_SCRIPT } from '../src/components/shell/early-input.ts';

/**
 * Runs before the first paint. A returning visitor's saved progress (or chosen language, or
 * list of organisations) differs from the prerendered first-visit page, so that part is hidden
 * until the app has rendered the real state: ticks never flash off and on. It looks at the
 * organisation the address opens (`?org=`): organisation 1 is the first-visit page's own.
 * Tiny: it is inline and CSP-hashed.
 */
export const restoringScript = (storageKey: string, organisationsKey: string, param: string) =>
  `try{var g=function(k){return JSON.parse(localStorage.getItem(k))},` +
  `n=function(x){return Object.keys(x||{}).length},` +
  `l=(g(${JSON.stringify(organisationsKey)})||{}).state,` +
  `o=new URLSearchParams(location.search).get(${JSON.stringify(param)}),` +
  `t=(g(${JSON.stringify(storageKey)})||{}).state||{};` +
  `if(l&&(l.language==="en"||Object.keys(l.organisations||{}).join()!=="1"||n(l.names))||` +
  `o&&o!=="1"||t.language==="en"||` +
  `n(t.entries)+n(t.ticks)+n(t.choices)+n(t.notes)+n(t.letter)+n(t.answers))` +
  `document.documentElement.classList.add("restoring")}catch(e){}`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** The page's Content-Security-Policy: only its own files, and the hashed inline script and styles. */
export function contentSecurityPolicy(inlineScript: string, inlineStyle: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${sha256(inlineScript)}'`,
    `style-src 'self' 'sha256-${sha256(inlineStyle)}'`,
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
 * At build time: renders the app (src/prerender.tsx) into index.html, inlines the stylesheet
 * (the first paint then needs no second request), and adds the inline script (restoring,
 * early input) and the CSP. The app's own script stays an ordinary module script.
 * Development keeps the plain page, since Vite's dev server injects inline scripts of its own.
 */
export function prerender(keys: {
  storageKey: string;
  organisationsKey: string;
  param: string;
}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'its-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
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
          if (!/<script type="module"[^>]*src="[^"]+"[^>]*><\/script>/.test(html)) {
            throw new Error('index.html lost its module script');
          }
          const script =
            restoringScript(keys.storageKey, keys.organisationsKey, keys.param) +
            EARLY_INPUT_SCRIPT;
          if (!html.includes('<div id="root"></div>')) throw new Error('index.html lost its #root');

          const link = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/.exec(html);
          const asset = link?.[1] ? context.bundle?.[link[1]] : undefined;
          if (!link || asset?.type !== 'asset') throw new Error('index.html lost its stylesheet');
          const css =
            typeof asset.source === 'string'
              ? asset.source
              : new TextDecoder().decode(asset.source);

          return html
            .replace(link[0], `<style>${css}</style>`)
            .replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
            .replace(
              '<meta charset="UTF-8" />',
              `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script, css)}" />\n    <script>${script}</script>`,
            );
        } finally {
          await server.close();
        }
      },
    },
  };
}
