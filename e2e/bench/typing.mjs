// Measures the main thread while a person types into a community with many posts: the
// longest task and the median task per keystroke (PerformanceObserver 'longtask' sees
// tasks over 50 ms; every keystroke's handling is also timed from the input event to the
// next frame). Typed into the overview's problem statement, which changes the document
// on every keystroke. Run by hand: `npm run bench:typing -- 1000`.

import { Relay, launchBrowser, sampleCommunity, memberAs, deviceIdentity } from '../harness.mjs';

const posts = Number(process.argv[2] ?? 1000);
// The sample's leader: a device key made here, installed in the browser by memberAs.
const LEADER = deviceIdentity();
const WAIT = { timeout: 120_000 };

const relay = await Relay.start();
const browser = await launchBrowser();
try {
  const id = await sampleCommunity(relay, { leader: LEADER, posts });
  const { context, page } = await memberAs(browser, relay, LEADER);
  await page.goto(`${relay.base}/c/${id}`);
  const field = page.getByLabel('Problem statement');
  await page.waitForFunction(() => document.querySelector('textarea')?.value.length > 0, null, WAIT);
  await page.evaluate(() => {
    window.__long = [];
    window.__keys = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask', buffered: false });
    document.querySelector('textarea').addEventListener('input', () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - start), 0));
    });
  });
  await field.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Field teams report late because forms travel by road.', { delay: 80 });
  await page.waitForTimeout(1000);
  const { long, keys } = await page.evaluate(() => ({ long: window.__long, keys: window.__keys }));
  const sorted = [...keys].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(`typing ${keys.length} characters into a community with ${posts} posts (Chromium ${browser.version()}):`);
  console.log(`  input → next frame: median ${median.toFixed(0)} ms, max ${Math.max(...keys).toFixed(0)} ms`);
  console.log(`  long tasks (> 50 ms): ${long.length}, longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms`);
  await context.close();
} finally {
  await browser.close();
  await relay.dispose();
}
