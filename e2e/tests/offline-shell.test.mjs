// The offline app shell: after one visit, the app and its data load with no network
// and no relay at all (the relay process is stopped, so nothing can be served by it);
// and an update of the app replaces the cached shell without touching local data.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { relayAndBrowser, newMember, createCommunity, distDir } from '../harness.mjs';

const env = relayAndBrowser({ before, after });

test('d) with the network cut after a first visit, a reload still loads the app and the data', async () => {
  const { context, page } = await newMember(env.browser);
  const id = await createCommunity(page, env.relay.base, 'Chagas screening', 'Screening reaches few villages');
  // The service worker must be in control before the network goes.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 })
    .catch(async () => { await page.reload(); await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 }); });

  await env.relay.stop();
  await context.setOffline(true);
  await page.reload();
  const title = page.getByLabel('Title');
  await title.waitFor({ timeout: 15_000 });
  assert.equal(await title.inputValue(), 'Chagas screening');

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
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['praxis-shell-v1']);

  // A new release: a changed service worker and index.html, served by a relay with an
  // empty store, so the community can only come from the browser's own storage.
  const next = env.relay.ownTempDir();
  cpSync(distDir, next, { recursive: true });
  for (const compressed of readdirSync(next).filter((name) => /\.(br|gz)$/.test(name))) rmSync(join(next, compressed));
  const sw = readFileSync(join(next, 'sw.js'), 'utf8');
  assert.match(sw, /const VERSION = "v1";/);
  writeFileSync(join(next, 'sw.js'), sw.replace('const VERSION = "v1";', 'const VERSION = "v2-test";'));
  writeFileSync(join(next, 'index.html'), readFileSync(join(next, 'index.html'), 'utf8').replace('</body>', '<!-- v2 --></body>'));
  await env.relay.restart({ dist: next, data: env.relay.ownTempDir() });

  await page.goto(`${env.relay.base}/`);
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] === 'praxis-shell-v2-test';
  }, null, { timeout: 20_000, polling: 250 });
  await page.reload();
  await page.getByRole('link', { name: 'Leprosy follow-up' }).waitFor({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Leprosy follow-up' }).click();
  const title = page.getByLabel('Title');
  await title.waitFor();
  assert.equal(await title.inputValue(), 'Leprosy follow-up');
  await context.close();
});
