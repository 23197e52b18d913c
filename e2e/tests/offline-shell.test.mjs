// The offline app shell: after one visit, the app and its data load with no network
// and no relay at all (the relay process is stopped, so nothing can be served by it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, newMember, createCommunity } from '../harness.mjs';

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
});
