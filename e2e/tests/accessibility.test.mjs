// WCAG 2.1 AA checks with axe-core on every page of the slice, in English and Spanish,
// and the whole flow done with the keyboard alone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { relayAndBrowser, newMember, createCommunity, waitSynced, axeViolations } from '../harness.mjs';


const env = relayAndBrowser({ before, after });


for (const locale of ['en-US', 'es-ES']) {
  test(`axe finds no WCAG 2.1 AA violation on home, new and community pages (${locale})`, async () => {
    const context = await env.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${env.relay.base}/new`);
    await page.locator('input').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], 'new community page');

    await page.locator('input').first().fill('Accesibilidad');
    await page.locator('textarea').first().fill('Problema');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/c\//);
    await waitSynced(page);
    assert.deepEqual(await axeViolations(page), [], 'community page');

    await page.goto(`${env.relay.base}/`);
    await page.getByRole('link', { name: 'Accesibilidad' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'home page');
    assert.equal(await page.getAttribute('html', 'lang'), locale.slice(0, 2));
    await context.close();
  });
}

test('a community is created with the keyboard alone', async () => {
  const { context, page } = await newMember(env.browser);
  await page.goto(`${env.relay.base}/`);
  await page.locator('body').waitFor();
  // Tab until the "New community" link has focus, then follow it.
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent?.trim())) !== 'New community'; i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/new$/);
  await page.getByLabel('Title').waitFor();
  for (let i = 0; i < 15 && !(await page.evaluate(() => document.activeElement?.id && document.activeElement === document.querySelector('input'))); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('Keyboard community');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Made without a mouse');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/c\/[1-9A-HJ-NP-Za-km-z]+$/, { timeout: 15_000 });
  assert.equal(await page.getByLabel('Title').inputValue(), 'Keyboard community');
  assert.equal(await page.getByLabel('Problem statement').inputValue(), 'Made without a mouse');
  await context.close();
});
