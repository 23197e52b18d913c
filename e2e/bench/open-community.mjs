// Measures how long a community with many posts takes to open in Chromium from this
// device's storage (IndexedDB), the relay stopped: from the start of the navigation to
// the moment every post of the open discussion is on the page, and to the overview's
// first heading. Prints the median and range of several reloads. A measurement, not a
// test: run it by hand (`npm run bench:open -- 1000`), with the app built and the relay
// and sample generator compiled as for the tests. PRAXIS_CPU_PROFILE=FILE profiles the
// last run's opening of the overview (bench/profile.mjs).

import { startProfiler, stopProfiler } from './profile.mjs';
import { storedBytes, untilStored } from './stored.mjs';
import { Relay, launchBrowser, sampleCommunity, memberAs, deviceIdentity } from '../harness.mjs';

const posts = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 7);
// The sample's leader: a device key made here, installed in the browser by memberAs.
const LEADER = deviceIdentity();
const WAIT = { timeout: 120_000 };

/**
 * Whether the thread is on the page: every post, or (a long one) the window of its
 * latest threads with "show earlier posts" above it.
 */
const threadShown = (n) => document.querySelectorAll('[data-testid="post"]').length >= n
  || (document.querySelector('[data-testid="show-earlier"]') !== null
    && document.querySelectorAll('[data-testid="post"]').length > 0);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const describe = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n=${xs.length})`;

const relay = await Relay.start();
const browser = await launchBrowser();
try {
  const id = await sampleCommunity(relay, { leader: LEADER, posts });
  const { context, page } = await memberAs(browser, relay, LEADER);
  // First visit: fetched from the relay, then stored on this device.
  await page.goto(`${relay.base}/c/${id}/discussions`);
  const thread = await page.locator(`main a[href^="/c/${id}/discussions/"]`).first().getAttribute('href', WAIT);
  await page.goto(`${relay.base}${thread}`);
  await page.waitForFunction(threadShown, posts, WAIT);
  await untilStored(page, id);
  await relay.stop();
  await context.setOffline(true);

  const threadTimes = [];
  const overviewTimes = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${relay.base}${thread}`);
    threadTimes.push(await page.evaluate(async ([n, shown]) => {
      const threadShown = new Function('n', `return (${shown})(n)`);
      const deadline = performance.now() + 120_000;
      while (!threadShown(n)) {
        if (performance.now() > deadline) throw new Error('the thread not shown after 120 s');
        await new Promise(requestAnimationFrame);
      }
      return performance.now();
    }, [posts, threadShown.toString()]));
    const profiler = i === runs - 1 && process.env.PRAXIS_CPU_PROFILE ? await startProfiler(page) : null;
    await page.goto(`${relay.base}/c/${id}`);
    overviewTimes.push(await page.evaluate(async () => {
      const deadline = performance.now() + 120_000;
      while (!document.querySelector('[data-testid="design-progress"] li')) {
        if (performance.now() > deadline) throw new Error('no overview after 120 s');
        await new Promise(requestAnimationFrame);
      }
      return performance.now();
    }));
    if (profiler) await stopProfiler(profiler, process.env.PRAXIS_CPU_PROFILE);
    console.log(`  run ${i + 1}: thread ${threadTimes.at(-1).toFixed(0)} ms, overview ${overviewTimes.at(-1).toFixed(0)} ms`);
  }
  const bytes = await storedBytes(page, id);
  console.log(`community with ${posts} posts (${bytes} bytes stored), Chromium ${browser.version()}, from IndexedDB, network off:`);
  console.log(`  discussion thread, navigation start → its posts on the page (a long one's latest): ${describe(threadTimes)}`);
  console.log(`  overview, navigation start → Design progress shown: ${describe(overviewTimes)}`);
  await context.close();
} finally {
  await browser.close();
  await relay.dispose();
}
