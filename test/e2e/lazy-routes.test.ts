import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, expectAccessible, signUpWithCompany, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

/**
 * A screenshot of a loading state (E2E_SCREENSHOTS): the harness's `shot` waits for animations to
 * end, and a spinner or progress bar never does.
 */
async function loadingShot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled' });
}

/** Holds back the chunk whose file name starts with `name` until `release()` is called. */
async function holdChunk(page: Page, name: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requested = false;
  await page.route(new RegExp(`/assets/${name}-[^/]+\\.js$`), async (route: Route) => {
    requested = true;
    await gate;
    await route.continue();
  });
  return { release, wasRequested: () => requested };
}

describe('pages load lazily', () => {
  it('downloads under 200 KB of gzipped JavaScript for the sign-in page, and none of the app’s pages', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on('response', async (res) => {
      if (!res.url().endsWith('.js')) return;
      const body = await res.body();
      // The test server sends files as they are; a production proxy gzips them.
      const raw = res.headers()['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
      scripts.set(new URL(res.url()).pathname, gzipSync(raw, { level: 9 }).length);
    });
    await page.goto('/login', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    const files = [...scripts.keys()];
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    expect(files.some((f) => /\/LoginPage-/.test(f))).toBe(true);
    expect(
      files.filter((f) => /\/(AppLayout|DocumentPage|DocumentEditorPages|DashboardPage)-/.test(f)),
    ).toEqual([]);
    expect(total, `${files.length} files: ${files.join(', ')}`).toBeLessThan(200 * 1024);
    await context.close();
  });

  it('shows the loader, not a blank page, while the first page’s code arrives (1280 and 390 px)', async () => {
    for (const width of [1280, 390]) {
      const context = await e.newContext({ width, height: width === 390 ? 844 : 800 });
      const page = await context.newPage();
      const chunk = await holdChunk(page, 'LoginPage');
      await page.goto('/login', { waitUntil: 'commit' });
      await page.getByText('Chargement…').waitFor();
      expect(chunk.wasRequested()).toBe(true);
      await loadingShot(page, `lazy-first-load-${width}`);
      chunk.release();
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();
      await expect.poll(() => page.getByText('Chargement…').count()).toBe(0);
      await expectAccessible(page, `login at ${width}`);
      await context.close();
    }
  });

  it('keeps the current page and shows progress while the next page’s code arrives', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId } = await signUpWithCompany(page, {
      emailPrefix: 'lazy',
      name: 'Lina Lazy',
      company: { name: 'Atelier Paresseux', country: 'BE' },
    });
    await page.goto(`/c/${companyId}/dashboard`);
    const dashboard = page.getByRole('heading', { name: 'Tableau de bord', level: 1 });
    await dashboard.waitFor();

    const chunk = await holdChunk(page, 'ContactsListPage');
    await page.getByRole('link', { name: 'Contacts' }).first().click();
    const progress = page.getByTestId('navigation-progress');
    await progress.waitFor();
    expect(await progress.getAttribute('role')).toBe('status');
    expect(await progress.textContent()).toBe('Chargement…');
    // The page being left stays on screen meanwhile.
    expect(await dashboard.isVisible()).toBe(true);
    await loadingShot(page, 'lazy-navigation-1280');
    chunk.release();
    await page.waitForURL(`**/c/${companyId}/contacts`);
    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor();
    await expect.poll(() => progress.count()).toBe(0);
    await expectAccessible(page, 'contacts after a lazy navigation');
    await context.close();
  });

  it('offers to load the page again when its code is gone (a newer version was deployed)', async () => {
    const context = await e.newContext();
    const page = await context.newPage();
    const { companyId } = await signUpWithCompany(page, {
      emailPrefix: 'stale',
      name: 'Stan Stale',
      company: { name: 'Atelier Ancien', country: 'BE' },
    });
    await page.goto(`/c/${companyId}/dashboard`);
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    const gone = /\/assets\/ProductsPage-[^/]+\.js$/;
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.getByRole('link', { name: 'Produits' }).first().click();
    await page.getByRole('heading', { name: 'Cette page a rencontré un problème' }).waitFor();
    await expectAccessible(page, 'a page whose code is gone');
    await page.unroute(gone);
    await page.getByRole('button', { name: 'Recharger la page' }).click();
    await page.waitForURL(`**/c/${companyId}/products`);
    await page.getByRole('heading', { name: 'Produits', level: 1 }).waitFor();
    await context.close();
  });
});
