// Screenshots of every page with a full sample community, for docs/screenshots/ (run by
// hand after a UI change: `npm run screenshots`, with the app built and the relay binary
// and sample generator compiled, as for the tests).

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Relay, launchBrowser, sampleCommunity, memberAs, deviceIdentity } from './harness.mjs';

const out = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
// The sample's leader: a device key made here, installed in the browser by memberAs.
const LEADER = deviceIdentity();
mkdirSync(out, { recursive: true });

const relay = await Relay.start();
const browser = await launchBrowser();
try {
  const id = await sampleCommunity(relay, { leader: LEADER, posts: 24 });
  const { context, page } = await memberAs(browser, relay, LEADER);
  await page.setViewportSize({ width: 1280, height: 900 });
  const base = `/c/${id}`;
  await page.goto(`${relay.base}${base}/discussions`);
  await page.locator(`main a[href^="${base}/discussions/"]`).first().waitFor({ timeout: 15_000 });
  const threads = await page.locator(`main a[href^="${base}/discussions/"]`).evaluateAll((links) =>
    [...new Set(links.map((a) => a.getAttribute('href')))]);
  await page.goto(`${relay.base}${base}/implementation/register`);
  await page.locator(`main a[href^="${base}/members/"]`).first().waitFor({ timeout: 15_000 });
  const profile = await page.locator(`main a[href^="${base}/members/"]`).first().getAttribute('href');
  const shots = [
    ['overview', base],
    ...['name', 'problem', 'objective', 'results', 'members', 'audiences'].map((s) => [`design-${s}`, `${base}/design/${s}`]),
    ...['tools', 'register', 'meeting', 'plan'].map((s) => [`implementation-${s}`, `${base}/implementation/${s}`]),
    ['discussions', `${base}/discussions`],
    ['discussion-open', threads[0]],
    ['discussion-closed', threads[1]],
    ['member-profile', profile],
  ];
  for (const [name, path] of shots) {
    await page.goto(`${relay.base}${path}`);
    await page.locator('h1').first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300); // fonts and the last re-render
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    console.log(`${name}.png  ${path}`);
  }
  // Field workers are on phones: the thread at a phone's width too.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${relay.base}${threads[0]}`);
  await page.locator('h1').first().waitFor({ timeout: 15_000 });
  await page.screenshot({ path: join(out, 'discussion-open-phone.png'), fullPage: false });
  console.log('discussion-open-phone.png');
  await context.close();
} finally {
  await browser.close();
  await relay.dispose();
}
