/**
 * The floors: what the least page with the app's four preparation checkboxes costs in this
 * browser on this machine, written or built by the benchmark and served beside each other.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { itemDomId } from '../../src/components/shared/dom-ids.ts';
import { preparation } from './items.ts';
import { gzipSize } from './weight.ts';

const root = resolve(import.meta.dirname, '../..');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => `&#${String(char.charCodeAt(0))};`);

/**
 * floor.html has the same four preparation checkboxes as the app, saving to localStorage on
 * change, with no framework; one-line.html is a heading and a line of text.
 */
export async function floorFolder() {
  const folder = await mkdtemp(resolve(tmpdir(), 'its-bench-floor-'));
  const head = (title: string) =>
    '<!doctype html><html lang="ru"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${title}</title>`;
  const cards = preparation
    .map(
      (item) =>
        `<div class="card"><label><input type="checkbox" id="${itemDomId(item.id)}">` +
        `<span>${escapeHtml(item.text)}</span></label></div>`,
    )
    .join('');
  const floor =
    `${head('Замер: четыре флажка')}<style>` +
    'body{margin:0 auto;max-width:48rem;padding:1rem;font:16px/1.5 system-ui,sans-serif}' +
    '.card{margin-block:0.75rem;padding:1rem;border:1px solid #ccd;border-radius:12px}' +
    'label{display:flex;gap:0.75rem;align-items:flex-start;cursor:pointer}' +
    'input{flex:none;width:24px;height:24px;margin:0}</style></head><body>' +
    `<h1>Как отключить сопровождение 1С</h1><h2>Подготовка</h2>${cards}<script>` +
    'var key="bench-floor";var saved=JSON.parse(localStorage.getItem(key)||"{}");' +
    'document.querySelectorAll("input").forEach(function(box){box.checked=!!saved[box.id];' +
    'box.addEventListener("change",function(){if(box.checked)saved[box.id]=Date.now();' +
    'else delete saved[box.id];localStorage.setItem(key,JSON.stringify(saved))})});' +
    '</script></body></html>';
  const oneLine =
    `${head('Замер')}</head>` +
    '<body><h1>Как отключить сопровождение 1С</h1><p>Одна строка текста.</p></body></html>';
  await writeFile(resolve(folder, 'floor.html'), floor);
  await writeFile(resolve(folder, 'one-line.html'), oneLine);
  return folder;
}

/** Where the React floor is served in the floors' folder: `react-floor/`. */
export const REACT_FLOOR_PATH = 'react-floor/';

/**
 * The React floor (bench/react-floor/: React 19, a zustand store persisted to localStorage,
 * four cards and a counter, StrictMode), built for production with the app's React plugin and
 * target into `folder`'s react-floor/, the four preparation items written in. Returns its
 * JavaScript, gzip -9 of each file.
 */
export async function buildReactFloor(folder: string) {
  const outDir = resolve(folder, REACT_FLOOR_PATH);
  const items = preparation.map((item) => ({ domId: itemDomId(item.id), text: item.text }));
  await build({
    configFile: false,
    root: resolve(root, 'bench/react-floor'),
    base: './',
    mode: 'production',
    plugins: [react()],
    publicDir: false,
    define: { FLOOR_ITEMS: JSON.stringify(items) },
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: false },
    logLevel: 'warn',
  });
  const assets = resolve(outDir, 'assets');
  const files = await Promise.all(
    (await readdir(assets))
      .filter((name) => name.endsWith('.js'))
      .map(async (name) => ({
        path: `/${REACT_FLOOR_PATH}assets/${name}`,
        gzip: gzipSize(await readFile(resolve(assets, name))),
      })),
  );
  return {
    unit: 'bytes, gzip -9 of each file',
    totalGzip: files.reduce((total, one) => total + one.gzip, 0),
    files,
  };
}
