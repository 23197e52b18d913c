// Nothing typed is lost when the page goes away at once: an edit followed immediately by
// a reload, a same-tab navigation or a closed tab is there when the community is opened
// again. The relay is stopped first, so the text can only come from the browser's storage.

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, newMember, createCommunity, eventually } from '../harness.mjs';

const env = relayAndBrowser({ before, after });
// Each test stops the relay; the next one starts with it serving again.
afterEach(async () => { if (!env.relay.running) await env.relay.restart(); });

/** Opens a new community with the relay stopped and returns what the tests need. */
async function offlineCommunity(title) {
  const member = await newMember(env.browser);
  const id = await createCommunity(member.page, env.relay.base, title, 'First version');
  // With the relay gone, pages load from the service worker's shell.
  await member.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
  await env.relay.stop();
  return { ...member, id, url: `${env.relay.base}/c/${id}` };
}

async function problemAfterLoad(page) {
  const problem = page.getByLabel('Problem statement');
  await problem.waitFor({ timeout: 15_000 });
  // The field is filled from IndexedDB once the document is loaded.
  await page.waitForFunction(
    () => document.querySelector('textarea')?.value?.length > 0, null, { timeout: 15_000 });
  return problem.inputValue();
}

test('an edit followed at once by a reload is kept', async () => {
  const { context, page, url, errors } = await offlineCommunity('Rabies vaccination');
  for (const round of [1, 2, 3]) {
    const text = `Version ${round}: vaccine stock runs out in rural posts`;
    await page.getByLabel('Problem statement').fill(text);
    await page.reload();
    assert.equal(await problemAfterLoad(page), text, `round ${round}`);
    assert.ok(page.url() === url);
  }
  assert.deepEqual(errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED/.test(e)), []);
  await context.close();
});

test('an edit followed at once by a navigation to the same page is kept', async () => {
  const { context, page, url } = await offlineCommunity('Dengue surveillance');
  const text = 'Case reports arrive two weeks late';
  await page.getByLabel('Problem statement').fill(text);
  await page.goto(url);
  assert.equal(await problemAfterLoad(page), text);
  await context.close();
});

test('an edit followed at once by closing the tab is kept', async () => {
  const { context, page, url } = await offlineCommunity('Tuberculosis adherence');
  const text = 'Patients stop treatment after two months';
  await page.getByLabel('Problem statement').fill(text);
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  assert.equal(await problemAfterLoad(again), text);
  await context.close();
});

test('once saved, the unsaved-changes journal is emptied', async () => {
  const { context, page } = await offlineCommunity('Malaria bed nets');
  await page.getByLabel('Problem statement').fill('Nets are not used in the dry season');
  const journal = () => page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('praxis.unsaved.')));
  assert.equal((await journal()).length, 1, 'the edit is journaled at once');
  await eventually('the journal to be emptied by the IndexedDB save', async () => (await journal()).length === 0);
  await context.close();
});

test('an unreadable journal entry is set aside and reported; the communities still load', async () => {
  const { context, page, url, id } = await offlineCommunity('Measles outreach');
  await page.evaluate((key) => localStorage.setItem(key, 'not automerge \u{2603}'), `praxis.unsaved.${id}`);
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'Unsaved changes kept on this device could not be read' })
    .waitFor({ timeout: 15_000 });
  assert.equal(await problemAfterLoad(page), 'First version');
  assert.ok(page.url() === url);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.includes(`praxis.unreadable.${id}`), String(keys));
  assert.ok(!keys.includes(`praxis.unsaved.${id}`), String(keys));
  await context.close();
});

test('two tabs editing the same community offline both keep their work', async () => {
  const { context, page, url } = await offlineCommunity('Hepatitis B vaccination');
  const other = await context.newPage();
  await other.goto(url);
  assert.equal(await problemAfterLoad(other), 'First version');
  // Each tab has its own copy in memory: neither sees the other's edit until a reload.
  await page.getByLabel('Problem statement').fill('Birth doses are missed at home births');
  await other.getByLabel('Title').fill('Hepatitis B birth-dose coverage');
  const journal = () => page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('praxis.unsaved.')));
  await eventually('both tabs to have saved', async () => (await journal()).length === 0);
  await page.close();
  await other.close();
  const again = await context.newPage();
  await again.goto(url);
  assert.equal(await problemAfterLoad(again), 'Birth doses are missed at home births');
  assert.equal(await again.getByLabel('Title').inputValue(), 'Hepatitis B birth-dose coverage');
  await context.close();
});

test('many saves are folded into one snapshot and nothing is lost', async () => {
  const { context, page, url, id } = await offlineCommunity('Yellow fever outbreaks');
  const journal = () => page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('praxis.unsaved.')));
  const rows = () => page.evaluate((docId) => new Promise((ok, fail) => {
    const open = indexedDB.open('praxis');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const keys = open.result.transaction('changes').objectStore('changes').getAllKeys();
      keys.onsuccess = () => { ok(keys.result.filter((key) => key.startsWith(`${docId}/`)).length); open.result.close(); };
    };
  }), id);
  let most = 0;
  // Each save stores one row of changes; past the fold limit, once the typing stops,
  // they become one snapshot.
  for (let i = 1; i <= 36; i++) {
    await page.getByLabel('Problem statement').fill(`Outbreak report ${i}`);
    await eventually(`save ${i}`, async () => (await journal()).length === 0);
    most = Math.max(most, await rows());
  }
  // The fold (a whole save, the longest task at 5,000 posts) waits while the person
  // types: the rows passed the limit of 32 unfolded...
  assert.ok(most > 32, `rows folded while typing went on: at most ${most}`);
  // ...and are folded once typing has stopped for 2 s.
  await eventually('the rows folded into the snapshot', async () => (await rows()) < most);
  await page.reload();
  assert.equal(await problemAfterLoad(page), 'Outbreak report 36');
  assert.ok(page.url() === url);
  await context.close();
});
