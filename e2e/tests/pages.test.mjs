// Every page of the app, filled with a full sample community (the whole design, Phase II
// under way, an open discussion with posts and replies, a closed one), opened by its
// leader in each of the four languages: each page has one main heading, the document's
// language is the person's, and axe-core finds no WCAG 2.1 AA violation.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, sampleCommunity, memberAs, deviceIdentity, assertAxeClean, waitSynced } from '../harness.mjs';

const WAIT = { timeout: 15_000 };
// The sample's leader: a device key made here, installed in the browser by memberAs.
const LEADER = deviceIdentity();
const TITLE = 'CoP to define indicators for maternal mortality reduction';

const env = relayAndBrowser({ before, after });
let id; // the sample community, made on the relay by the first test

/** Waits until `path` shows its main heading and, on a community's pages, the community. */
async function waitForPage(page, path) {
  await page.locator('h1').first().waitFor(WAIT);
  if (path.startsWith('/c/')) {
    // Loaded (from this device or the relay) when its title shows, as text or in a field.
    await page.waitForFunction((title) => document.body.innerText.includes(title)
      || [...document.querySelectorAll('input')].some((input) => input.value === title), TITLE, WAIT);
  }
}

/** Every route, in the order a community goes through them. */
async function everyPath(page) {
  const base = `/c/${id}`;
  await page.goto(`${env.relay.base}${base}/discussions`);
  const threads = page.locator(`main a[href^="${base}/discussions/"]`);
  await threads.first().waitFor(WAIT);
  const discussions = [...new Set(await threads.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))];
  assert.equal(discussions.length, 2, `the sample's two discussions: ${discussions}`);
  await page.goto(`${env.relay.base}${base}/implementation/register`);
  // This browser is the sample's leader: the pending registration offers its decision.
  await page.locator('[data-testid="pending-list"] button').first().waitFor(WAIT);
  const profiles = page.locator(`main a[href^="${base}/members/"]`);
  await profiles.first().waitFor(WAIT);
  const profile = await profiles.first().getAttribute('href');
  return [
    '/', '/new', base,
    ...['name', 'problem', 'objective', 'results', 'members', 'audiences'].map((s) => `${base}/design/${s}`),
    ...['tools', 'register', 'meeting', 'plan'].map((s) => `${base}/implementation/${s}`),
    `${base}/discussions`, ...discussions, profile,
  ];
}

for (const locale of ['en-US', 'es-ES', 'pt-BR', 'fr-FR']) {
  test(`every page with a full community passes axe in ${locale}`, async () => {
    id ??= await sampleCommunity(env.relay, { leader: LEADER, posts: 60 });
    const { context, page, errors } = await memberAs(env.browser, env.relay, LEADER, { locale });
    const paths = await everyPath(page);
    for (const path of paths) {
      await page.goto(`${env.relay.base}${path}`);
      await waitForPage(page, path);
      assert.equal(await page.locator('h1').count(), 1, `one main heading on ${path}`);
      assert.equal(await page.getAttribute('html', 'lang'), locale.slice(0, 2), path);
      await assertAxeClean(page, `${path} (${locale})`);
    }
    await waitSynced(page);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('every page opens again with the network cut and the relay stopped, from this device alone', async () => {
  id ??= await sampleCommunity(env.relay, { leader: LEADER, posts: 60 });
  const { context, page, errors } = await memberAs(env.browser, env.relay, LEADER);
  const paths = await everyPath(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, WAIT);
  // The community reached this device from the relay; give its coalesced save time.
  await page.waitForTimeout(1000);
  await env.relay.stop();
  await context.setOffline(true);
  try {
    for (const path of paths) {
      await page.goto(`${env.relay.base}${path}`);
      await waitForPage(page, path);
    }
    // The open discussion shows all its posts offline.
    await page.goto(`${env.relay.base}${paths.find((p) => /discussions\/./.test(p))}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="post"]').length === 60, null, WAIT);
  } finally {
    await context.close();
    await env.relay.restart();
  }
  assert.deepEqual(errors.filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(e)), []);
});
