// The home page does not wait for the documents' engine: `start`, which reads and syncs
// the documents (automerge with it), is a wasm module fetched after the app shows. Here
// that module is held back, and the home page must show all the same: on a first visit
// its empty state, on a returning device the list of communities it kept.
//
// And a first visit over a poor link, before the service worker holds the app, can fail
// to download a module: the engine, a page's, or the language's. Each failure is told
// (or, for the language, the page starts in English) and a later try brings the part;
// none of them aborts the app (Leptos' `#[lazy]` panicked: a blank page).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, createCommunity, waitSynced, assertAxeClean } from '../harness.mjs';

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
  await page.route(/\/split_start\.wasm$/, (route) => (held ? waiting.push(route) : route.continue()));
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

/**
 * A first visit (no service worker to answer from its cache) on which the first download
 * of each module matching `pattern` fails, as on a poor link; later ones go through.
 * Collects the page's uncaught errors: a panic in the wasm would be one.
 */
async function deviceFailingOnce(browser, pattern, locale = 'en-US') {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const failed = [];
  await page.route(pattern, (route) => {
    const url = route.request().url();
    if (failed.includes(url)) return route.continue();
    failed.push(url);
    return route.abort('internetdisconnected');
  });
  return { context, page, errors, failed };
}

test('a first visit whose engine download fails says so, tries again, and works', async () => {
  const device = await deviceFailingOnce(env.browser, /\/split_start\.wasm$/);
  await device.page.goto(`${env.relay.base}/`);
  const notice = device.page.getByText('Part of Praxis could not be downloaded');
  await notice.waitFor(WAIT);
  await device.page.getByText('There are no communities on this device yet.').waitFor(WAIT);
  // The next try (2 s later) brings it: the documents sync, and the notice goes.
  await waitSynced(device.page, 20_000);
  await notice.waitFor({ state: 'detached', ...WAIT });
  await createCommunity(device.page, env.relay.base, 'Cold chain audits', 'Vaccines spoil');
  await device.page.getByRole('heading', { name: 'Cold chain audits' }).first().waitFor(WAIT);
  assert.equal(device.failed.length, 1);
  assert.deepEqual(device.errors, []);
  await device.context.close();
});

test('a page whose download fails says it has not arrived, then shows when a try brings it', async () => {
  const device = await deviceFailingOnce(env.browser, /\/split_overview_view\.wasm$/);
  await device.page.goto(`${env.relay.base}/`);
  await waitSynced(device.page);
  await device.page.goto(`${env.relay.base}/new`);
  await device.page.getByLabel('Title').fill('Cold chain audits');
  await device.page.getByLabel('Problem statement').fill('Vaccines spoil');
  await device.page.getByRole('button', { name: 'Create community' }).click();
  // The overview's module failed: the page says so, politely, and nothing else breaks.
  const missing = device.page.getByTestId('page-missing');
  await missing.getByRole('heading', { name: 'This page has not arrived yet' }).waitFor(WAIT);
  await assertAxeClean(device.page, 'a page that has not arrived');
  await missing.waitFor({ state: 'detached', timeout: 20_000 });
  await device.page.getByRole('heading', { name: 'Cold chain audits' }).first().waitFor(WAIT);
  assert.equal(device.failed.length, 1);
  assert.deepEqual(device.errors, []);
  await device.context.close();
});

test('a first visit whose language download fails starts in English and switches when it arrives', async () => {
  const device = await deviceFailingOnce(env.browser, /\/split_spanish\.wasm$/, 'es-ES');
  await device.page.goto(`${env.relay.base}/`);
  await device.page.getByText('There are no communities on this device yet.').waitFor(WAIT);
  assert.equal(await device.page.locator('html').getAttribute('lang'), 'en', 'says what it shows');
  await device.page.getByText('Todavía no hay comunidades en este dispositivo.').waitFor({ timeout: 20_000 });
  assert.equal(await device.page.locator('html').getAttribute('lang'), 'es');
  assert.equal(device.failed.length, 1);
  assert.deepEqual(device.errors, []);
  await device.context.close();
});
