import { appendFile, cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server';
import { engine, launch, type Engine, type Page } from './browser';

let browser: Engine;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser.close();
});

/** Waits until the service worker has cached the app and controls the page. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

const checkbox = (page: Page, text: string) => page.getByRole('checkbox', { name: text });

describe(`offline in ${engine}`, () => {
  it('opens and works with the network cut after one visit, and keeps what was ticked', async () => {
    const dist = await mkdtemp(resolve(tmpdir(), 'its-offline-'));
    await cp(resolve(import.meta.dirname, '../../dist'), dist, { recursive: true });
    const { url, server } = await serveStatic(dist);
    const page = await browser.newPage();
    await page.visit(url);
    await offlineReady(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : null;
    });
    expect(manifest).toMatchObject({
      name: 'Отключение сопровождения 1С',
      display: 'standalone',
      icons: expect.arrayContaining([
        expect.objectContaining({ sizes: '192x192', type: 'image/png' }),
        expect.objectContaining({ sizes: '512x512', type: 'image/png' }),
      ]) as unknown,
    });
    await checkbox(page, 'Проверьте условия действующего договора').check();

    // The network is cut: the host is gone, connections and all.
    server.closeAllConnections();
    server.close();
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Как отключить сопровождение 1С',
    );
    expect(await checkbox(page, 'Проверьте условия действующего договора').isChecked()).toBe(true);
    await checkbox(page, 'Убедитесь в отсутствии задолженности').check();
    await page.getByRole('button', { name: /Заметка.*Убедитесь/ }).click();
    await page.getByRole('textbox', { name: /Убедитесь/ }).fill('Сверка без сети');
    await page.reload();
    expect(await checkbox(page, 'Убедитесь в отсутствии задолженности').isChecked()).toBe(true);
    expect(await page.getByText('Сверка без сети').isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('announces a new version politely and switches only when asked, losing nothing', async () => {
    const dist = await mkdtemp(resolve(tmpdir(), 'its-update-'));
    await cp(resolve(import.meta.dirname, '../../dist'), dist, { recursive: true });
    const { url, server } = await serveStatic(dist);
    const page = await browser.newPage();
    await page.visit(url);
    await offlineReady(page);
    await checkbox(page, 'Создайте резервные копии баз данных').check();

    // A new release: the service worker changes.
    await appendFile(resolve(dist, 'sw.js'), '\n// next release\n');
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Доступна новая версия' });
    await notice.waitFor();
    expect(await checkbox(page, 'Создайте резервные копии баз данных').isChecked()).toBe(true);

    // The page that asked is replaced by the new version's, app started.
    await page.evaluate(() => {
      Object.assign(window, { replaced: false });
    });
    await notice.getByRole('button', { name: 'Обновить' }).click();
    await expect
      .poll(() =>
        page
          .evaluate(
            () => !('replaced' in window) && document.documentElement.dataset.app === 'ready',
          )
          .catch(() => false),
      )
      .toBe(true);
    expect(await page.getByText('Доступна новая версия').count()).toBe(0);
    expect(await checkbox(page, 'Создайте резервные копии баз данных').isChecked()).toBe(true);
    await page.close();
    server.close();
  });
});
