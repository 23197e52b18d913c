// Measures the main thread while a person types into a community with many posts: the
// longest task and the median task per keystroke (PerformanceObserver 'longtask' sees
// tasks over 50 ms; every keystroke's handling is also timed from the input event to the
// next frame). Two places (`npm run bench:typing -- <posts> [overview|discussion] [returning]`):
// - overview: the problem statement, which changes the document on every keystroke;
// - discussion: a new post in the open discussion that holds every post, then sent
//   (the send is a change to that discussion, which is read again), then a second
//   post typed while the first is on the page, and sent too: the first send after a
//   load also pays for compiling the code it is the first to run, the second does not.
import { writeFileSync } from 'node:fs';
import { startProfiler, stopProfiler } from './profile.mjs';
import { untilStored } from './stored.mjs';
import { Relay, launchBrowser, sampleCommunity, memberAs, deviceIdentity } from '../harness.mjs';

// PRAXIS_CPU_PROFILE=FILE: a CPU profile of the send (discussion) or of the typing
// (overview), written to FILE and summed up by function (bench/profile.mjs).
// PRAXIS_TRACE=FILE (discussion only): a Chromium trace of the send (DevTools'
// performance panel opens it), and its main-thread events summed by name: how much was
// script, style, layout, paint or garbage collection.
function summariseTrace(buffer, file) {
  writeFileSync(file, buffer);
  const { traceEvents } = JSON.parse(buffer.toString());
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
  console.log(`trace of the send (${file}), main-thread events by name (nested events count in each):\n${top}`);
}

const posts = Number(process.argv[2] ?? 1000);
const where = process.argv[3] ?? 'overview';
if (!['overview', 'discussion'].includes(where)) throw new Error(`where: overview or discussion, not ${where}`);
// `returning`: the member opened the community before, so the device holds it (the page
// is reloaded once the document is stored). Without it, the typing starts on the first
// visit, while the document that just arrived is first written to IndexedDB whole.
const returning = process.argv[4] === 'returning';
if (process.argv[4] && !returning) throw new Error(`the fourth argument is "returning" or nothing, not ${process.argv[4]}`);

// The sample's leader: a device key made here, installed in the browser by memberAs.
const LEADER = deviceIdentity();
const WAIT = { timeout: 120_000 };

const relay = await Relay.start();
const browser = await launchBrowser();
try {
  const id = await sampleCommunity(relay, { leader: LEADER, posts });
  const { context, page } = await memberAs(browser, relay, LEADER);
  let field;
  const shown = async () => {
    if (where === 'overview') {
      await page.waitForFunction(() => document.querySelector('textarea')?.value.length > 0, null, WAIT);
    } else {
      // Every post, or a long thread's window with "show earlier posts" above it.
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="post"]').length >= n
        || document.querySelector('[data-testid="show-earlier"]') !== null, posts, WAIT);
    }
  };
  if (where === 'overview') {
    await page.goto(`${relay.base}/c/${id}`);
    field = page.getByLabel('Problem statement');
  } else {
    await page.goto(`${relay.base}/c/${id}/discussions`);
    const thread = await page.locator(`main a[href^="/c/${id}/discussions/"]`).first().getAttribute('href', WAIT);
    await page.goto(`${relay.base}${thread}`);
    field = page.locator('#post-body-new');
  }
  await shown();
  if (returning) {
    // Once it is stored, open it again from the device.
    await untilStored(page, id);
    await page.reload();
    await shown();
  }
  const selector = where === 'overview' ? 'textarea' : '#post-body-new';
  await page.evaluate((selector) => {
    window.__long = [];
    window.__keys = [];
    window.__clicks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: false });
    // Event Timing: each click's handling, and the click to the next paint (as INP
    // counts it; rounded to 8 ms by the browser).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'click') window.__clicks.push([e.processingEnd - e.processingStart, e.duration]);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    // Each send: the click to the frame that shows the new post (a post's views may
    // follow the click in a task of their own, after the next paint).
    window.__shown = [];
    document.addEventListener('click', (event) => {
      if (!event.target.closest?.('form:has(#post-body-new) button[type="submit"]')) return;
      const start = performance.now();
      const before = document.querySelectorAll('[data-testid="post"]').length;
      const poll = () => {
        if (document.querySelectorAll('[data-testid="post"]').length > before) window.__shown.push(performance.now() - start);
        else if (performance.now() - start < 10_000) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    }, true);
    document.querySelector(selector).addEventListener('input', () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - start), 0));
    });
  }, selector);
  await field.focus();
  await page.keyboard.press('End');
  const typingProfiler = where === 'overview' && process.env.PRAXIS_CPU_PROFILE ? await startProfiler(page) : null;
  await page.keyboard.type(' Field teams report late because forms travel by road.', { delay: 80 });
  if (typingProfiler) await stopProfiler(typingProfiler, process.env.PRAXIS_CPU_PROFILE);
  if (where === 'discussion') {
    const before = await page.locator('[data-testid="post"]').count();
    const profiler = process.env.PRAXIS_CPU_PROFILE ? await startProfiler(page) : null;
    await page.evaluate(() => { window.__sent = [performance.now()]; });
    if (process.env.PRAXIS_TRACE) await browser.startTracing(page, { categories: ['devtools.timeline'] });
    console.log(`before the send: ${await page.evaluate(() => document.getElementsByTagName('*').length)} elements, ${before} posts on the page`);
    await page.locator('form:has(#post-body-new) button[type="submit"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="post"]').length > n, before, WAIT);
    if (profiler) await stopProfiler(profiler, process.env.PRAXIS_CPU_PROFILE);
    if (process.env.PRAXIS_TRACE) summariseTrace(await browser.stopTracing(), process.env.PRAXIS_TRACE);
    await field.focus();
    await page.keyboard.type('A second thought, typed after the first was sent.', { delay: 80 });
    await page.evaluate(() => { window.__sent.push(performance.now()); });
    await page.locator('form:has(#post-body-new) button[type="submit"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="post"]').length > n + 1, before, WAIT);
  }
  await page.waitForTimeout(1000);
  const { tasks, keys, sent, clicks, shown: posted } = await page.evaluate(() => ({ tasks: window.__long, keys: window.__keys, sent: window.__sent, clicks: window.__clicks, shown: window.__shown }));
  const long = tasks.map(([, duration]) => duration);
  const sorted = [...keys].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(`typing ${keys.length} characters (${where}${returning ? ', returning device' : ', first visit'}) into a community with ${posts} posts (Chromium ${browser.version()}):`);
  console.log(`  input → next frame: median ${median.toFixed(0)} ms, max ${Math.max(...keys).toFixed(0)} ms`);
  console.log(`  long tasks (> 50 ms): ${long.length}, longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms`);
  if (sent !== undefined && tasks.length) {
    // Which task is a send (it starts with the click), which came between (a save).
    const from = (start) => {
      const after = sent.map((at, n) => [n + 1, start - at]).filter(([, d]) => d >= -5);
      const [n, d] = after.length ? after.at(-1) : [1, start - sent[0]];
      return `${d.toFixed(0)} ms from send ${n}`;
    };
    console.log(`  each: ${tasks.map(([start, d]) => `${d.toFixed(0)} ms at ${from(start)}`).join('; ')}`);
  }
  if (sent !== undefined) {
    // Event Timing reports a click only from 16 ms to its next paint, so the two lists are
    // printed apart: a fast click leaves the first one shorter.
    console.log(`  sends (click handler; click → next paint): ${clicks.map(([handler, paint]) => `${handler.toFixed(0)} ms; ${paint.toFixed(0)} ms`).join(' | ')}`);
    console.log(`  sends (click → the frame showing the post): ${posted.map((ms) => `${ms.toFixed(0)} ms`).join(' | ')}`);
  }
  await context.close();
} finally {
  await browser.close();
  await relay.dispose();
}
