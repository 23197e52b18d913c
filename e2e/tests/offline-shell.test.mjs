// The offline app shell: after one visit, the app and its data load with no network
// and no relay at all (the relay process is stopped, so nothing can be served by it),
// Phase III's pages too, whose wasm modules load only when opened (the service worker
// precaches them); and an update of the app replaces the cached shell without touching
// local data.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { relayAndBrowser, newMember, createCommunity, distDir, eventually, cachedPaths } from '../harness.mjs';

const env = relayAndBrowser({ before, after });

test('d) with the network cut after a first visit, a reload still loads the app and the data', async () => {
  const { context, page } = await newMember(env.browser);
  await page.goto(`${env.relay.base}/`);
  // The service worker must be in control before the network goes.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
  // Everything the page links to is in the shell cache from the install step alone
  // (nothing has gone through the worker yet).
  const linked = await page.evaluate(() =>
    [...document.querySelectorAll('link[href^="/"]')].map((link) => new URL(link.href).pathname));
  assert.ok(linked.some((path) => path.endsWith('.wasm')) && linked.some((path) => path.endsWith('.css')), String(linked));
  // The lazy modules: `start` (reading and syncing the documents, `split_start.wasm`) and the shared modules
  // it needs load at once; the pages' and the other languages' modules only when opened,
  // and this visit has opened none.
  const lazy = await page.evaluate(() => JSON.parse(document.getElementById('lazy-modules').textContent));
  const pages = lazy.filter((path) => /\/split_(?!start\.wasm)[^/]*\.wasm$/.test(path));
  assert.ok(pages.length >= 4, String(lazy));
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  assert.ok(!pages.some((path) => fetched.includes(path)), `fetched before needed: ${fetched}`);
  let lastCached;
  await eventually('the shell cache to hold every linked asset and lazy module', async () => {
    const cached = await cachedPaths(page, 'praxis-shell-v4');
    lastCached = cached;
    return [...linked, ...lazy].every((path) => cached.includes(path));
  }).catch(() => assert.fail(`shell cache ${JSON.stringify(lastCached)} lacks some of ${JSON.stringify([...linked, ...lazy])}`));
  const id = await createCommunity(page, env.relay.base, 'Chagas screening', 'Screening reaches few villages');

  await env.relay.stop();
  await context.setOffline(true);
  await page.reload();
  const title = page.getByLabel('Title');
  await title.waitFor({ timeout: 15_000 });
  assert.equal(await title.inputValue(), 'Chagas screening');

  // The build's hashed files came from the shell cache by the browser's static route,
  // without running the worker's script for each (Chromium's Resource Timing names the
  // source that answered).
  const sources = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => /\/pkg-[^/]+\/.+\.wasm$/.test(new URL(entry.name).pathname))
    .map((entry) => [new URL(entry.name).pathname, entry.workerFinalSourceType]));
  assert.ok(sources.length >= 2 && sources.every(([, source]) => source === 'cache'), JSON.stringify(sources));

  // A Phase III page, whose code was never loaded online, opens offline.
  await page.goto(`${env.relay.base}/c/${id}/conclusion/kit`);
  await page.getByRole('heading', { level: 1, name: 'Communication kit' }).waitFor({ timeout: 15_000 });

  // A deep link to the home page works offline too, and lists the community.
  await page.goto(`${env.relay.base}/`);
  await page.getByRole('link', { name: 'Chagas screening' }).waitFor({ timeout: 15_000 });
  assert.ok(page.url().endsWith('/'));
  assert.ok(id.length > 10);
  await context.close();
  await env.relay.restart();
});

test('an app update replaces the cached shell and keeps every local community', async () => {
  const { context, page } = await newMember(env.browser);
  await createCommunity(page, env.relay.base, 'Leprosy follow-up', 'Patients lost to follow-up');
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 })
    .catch(async () => { await page.reload(); await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 }); });
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['praxis-shell-v4']);

  // A new release: a changed service worker and index.html, served by a relay with an
  // empty store, so the community can only come from the browser's own storage.
  const next = env.relay.ownTempDir();
  cpSync(distDir, next, { recursive: true });
  for (const compressed of readdirSync(next, { recursive: true }).filter((name) => /\.(br|gz)$/.test(name))) rmSync(join(next, compressed));
  const sw = readFileSync(join(next, 'sw.js'), 'utf8');
  assert.match(sw, /const VERSION = "v4";/);
  writeFileSync(join(next, 'sw.js'), sw.replace('const VERSION = "v4";', 'const VERSION = "v4-test";'));
  writeFileSync(join(next, 'index.html'), readFileSync(join(next, 'index.html'), 'utf8').replace('</body>', '<!-- v2 --></body>'));
  await env.relay.restart({ dist: next, data: env.relay.ownTempDir() });

  await page.goto(`${env.relay.base}/`);
  await eventually('the old shell cache to be replaced by the new one', async () => {
    const keys = await page.evaluate(() => caches.keys());
    return keys.length === 1 && keys[0] === 'praxis-shell-v4-test';
  }, { timeout: 20_000 });
  await page.reload();
  await page.getByRole('link', { name: 'Leprosy follow-up' }).waitFor({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Leprosy follow-up' }).click();
  const title = page.getByLabel('Title');
  await title.waitFor();
  assert.equal(await title.inputValue(), 'Leprosy follow-up');
  await context.close();
  await env.relay.restart({ dist: distDir });
});

test('a new build under the same service worker is cached and the old build\'s assets are dropped', async () => {
  const { context, page } = await newMember(env.browser);
  await page.goto(`${env.relay.base}/`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
  // The wasm, its JS glue and the lazy modules with their loader: one hashed directory.
  const oldAssets = (await cachedPaths(page, 'praxis-shell-v4')).filter((path) => /\.(js|wasm)$/.test(path) && path !== '/sw.js');
  const oldDir = oldAssets[0]?.split('/')[1];
  assert.ok(/^pkg-[0-9a-f]+$/.test(oldDir) && oldAssets.every((path) => path.startsWith(`/${oldDir}/`)), JSON.stringify(oldAssets));
  assert.ok(oldAssets.includes(`/${oldDir}/app_bg.wasm`) && oldAssets.length >= 6, JSON.stringify(oldAssets));

  // The next build: same service worker, a new hashed directory.
  const next = env.relay.ownTempDir();
  cpSync(distDir, next, { recursive: true });
  for (const compressed of readdirSync(next, { recursive: true }).filter((name) => /\.(br|gz)$/.test(name))) rmSync(join(next, compressed));
  const newDir = `${oldDir}ff`;
  cpSync(join(next, oldDir), join(next, newDir), { recursive: true });
  rmSync(join(next, oldDir), { recursive: true });
  const newAssets = oldAssets.map((path) => path.replace(`/${oldDir}/`, `/${newDir}/`));
  const html = readFileSync(join(next, 'index.html'), 'utf8');
  writeFileSync(join(next, 'index.html'), html.replaceAll(`/${oldDir}/`, `/${newDir}/`));
  await env.relay.restart({ dist: next });

  await page.goto(`${env.relay.base}/new`);
  await page.getByLabel('Title').waitFor();
  const cached = await eventually('the new build to replace the old one in the cache', async () => {
    const paths = await cachedPaths(page, 'praxis-shell-v4');
    return newAssets.every((path) => paths.includes(path)) && !oldAssets.some((path) => paths.includes(path)) && paths;
  });
  assert.ok(cached.includes('/index.html'));

  // And the new build starts offline.
  await env.relay.stop();
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Title').waitFor({ timeout: 15_000 });
  await context.close();
  await env.relay.restart({ dist: distDir });
});
