// Measures how long a community with many posts takes to open in Chromium from this
// device's storage (IndexedDB), the relay stopped: from the start of the navigation to
// the moment every post of the open discussion is on the page, and to the overview's
// first heading. Prints the median and range of several reloads. A measurement, not a
// test: run it by hand (`npm run bench:open -- 1000`), with the app built and the relay
// and sample generator compiled as for the tests. PRAXIS_CPU_PROFILE=FILE profiles the
// last run's opening of the overview, or of the thread with PRAXIS_CPU_PROFILE_PAGE=thread
// (bench/profile.mjs). It also prints when the app reached each moment of its start (the
// `praxis:` User Timing marks, app/src/browser.rs) and when the last wasm module arrived,
// as medians over the runs: where an open waits.

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

/** The page's `praxis:` marks and its wasm modules, read after an open (in the page). */
const milestones = () => {
  const at = {};
  for (const mark of performance.getEntriesByType('mark')) {
    if (mark.name.startsWith('praxis:') && !(mark.name in at)) at[mark.name] = mark.startTime;
  }
  at['index.html arrived'] = performance.getEntriesByType('navigation')[0]?.responseEnd;
  const wasm = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm'));
  at['wasm modules'] = wasm.length;
  at['last wasm module arrived'] = Math.max(...wasm.map((r) => r.responseEnd));
  return at;
};

/** Prints each milestone's median over the runs, in order of time. */
const describeMilestones = (label, runs) => {
  const names = [...new Set(runs.flatMap(Object.keys))];
  const medians = names.map((name) => [name, median(runs.map((r) => r[name]).filter((v) => v !== undefined))]);
  const count = medians.find(([name]) => name === 'wasm modules');
  const times = medians.filter(([name]) => name !== 'wasm modules').sort((a, b) => a[1] - b[1]);
  console.log(`  ${label}, medians from navigation start (${count?.[1]} wasm modules):`);
  for (const [name, ms] of times) console.log(`    ${name.padEnd(28)} ${ms.toFixed(0).padStart(5)} ms`);
};

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
  const threadMilestones = [];
  const overviewMilestones = [];
  // Which open the last run profiles: the overview's, or with PRAXIS_CPU_PROFILE_PAGE=thread the thread's.
  const profiled = process.env.PRAXIS_CPU_PROFILE_PAGE === 'thread' ? 'thread' : 'overview';
  const profileThis = (which, i) => i === runs - 1 && process.env.PRAXIS_CPU_PROFILE && profiled === which;
  for (let i = 0; i < runs; i++) {
    const threadProfiler = profileThis('thread', i) ? await startProfiler(page) : null;
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
    threadMilestones.push(await page.evaluate(milestones));
    if (threadProfiler) await stopProfiler(threadProfiler, process.env.PRAXIS_CPU_PROFILE);
    const profiler = profileThis('overview', i) ? await startProfiler(page) : null;
    await page.goto(`${relay.base}/c/${id}`);
    overviewTimes.push(await page.evaluate(async () => {
      const deadline = performance.now() + 120_000;
      while (!document.querySelector('[data-testid="design-progress"] li')) {
        if (performance.now() > deadline) throw new Error('no overview after 120 s');
        await new Promise(requestAnimationFrame);
      }
      return performance.now();
    }));
    overviewMilestones.push(await page.evaluate(milestones));
    if (profiler) await stopProfiler(profiler, process.env.PRAXIS_CPU_PROFILE);
    console.log(`  run ${i + 1}: thread ${threadTimes.at(-1).toFixed(0)} ms, overview ${overviewTimes.at(-1).toFixed(0)} ms`);
  }
  const bytes = await storedBytes(page, id);
  console.log(`community with ${posts} posts (${bytes} bytes stored), Chromium ${browser.version()}, from IndexedDB, network off:`);
  console.log(`  discussion thread, navigation start → its posts on the page (a long one's latest): ${describe(threadTimes)}`);
  console.log(`  overview, navigation start → Design progress shown: ${describe(overviewTimes)}`);
  describeMilestones('the thread', threadMilestones);
  describeMilestones('the overview', overviewMilestones);
  await context.close();
} finally {
  await browser.close();
  await relay.dispose();
}
