// The home page does not wait for the documents' engine: `start`, which reads and syncs
// the documents (automerge with it), is a wasm module fetched after the app shows. Here
// that module is held back, and the home page must show all the same: on a first visit
// its empty state, on a returning device the list of communities it kept.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, createCommunity, waitSynced } from '../harness.mjs';

const env = relayAndBrowser({ before, after });
const WAIT = { timeout: 15_000 };

/**
 * A device whose service worker stays out of the way (it would answer from its cache),
 * and a switch that holds back the `start` module until released.
 */
async function deviceHoldingStart(browser) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  let held = false;
  const waiting = [];
  await page.route(/\/split_start_[^/]*\.wasm$/, (route) => (held ? waiting.push(route) : route.continue()));
  return {
    context,
    page,
    hold: () => { held = true; },
    /** Whether the page asked for the module and is being kept waiting: the home page
     * above showed without it, not before it was wanted. */
    holding: () => waiting.length > 0,
    release: async () => {
      held = false;
      await Promise.all(waiting.splice(0).map((route) => route.continue()));
    },
  };
}

test('a first visit shows the home page, empty, before the documents\' engine arrives', async () => {
  const device = await deviceHoldingStart(env.browser);
  device.hold();
  await device.page.goto(`${env.relay.base}/`);
  await device.page.getByText('There are no communities on this device yet.').waitFor(WAIT);
  await device.page.getByRole('link', { name: 'New community' }).first().waitFor(WAIT);
  assert.ok(device.holding(), 'the engine is a module of its own, asked for and held back');
  await device.release();
  await device.context.close();
});

test('a returning device lists its communities before the documents\' engine arrives', async () => {
  const device = await deviceHoldingStart(env.browser);
  await createCommunity(device.page, env.relay.base, 'Measles outbreak drills', 'Drills are rare');
  await device.page.goto(`${env.relay.base}/`);
  await device.page.getByRole('link', { name: 'Measles outbreak drills' }).waitFor(WAIT);

  device.hold();
  await device.page.reload();
  await device.page.getByRole('link', { name: 'Measles outbreak drills' }).waitFor(WAIT);
  assert.ok(device.holding(), 'the engine is a module of its own, asked for and held back');
  await device.release();
  // Once the engine is in (it syncs), the documents' own list replaces the kept one: the same.
  await waitSynced(device.page);
  await device.page.getByRole('link', { name: 'Measles outbreak drills' }).waitFor(WAIT);
  await device.context.close();
});
