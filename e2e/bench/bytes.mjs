// Measures the bytes a browser downloads for the app shell: on a first visit (empty
// cache, no service worker) and on a repeat visit (service worker installed), with
// Chromium loading the home page through a counting TCP proxy in front of the relay, so
// every byte on the wire is counted: headers, bodies, the service worker's own fetches.
// The API (/api) and the WebSocket (/sync) are counted apart: they are data, not the
// shell. A measurement, not
// a test: run it by hand (`npm run bench:bytes`), with the app built.
// Chromium asks for brotli on 127.0.0.1 (a secure context) as it does over HTTPS; the
// encodings it asked for are printed, and the brotli sizes of dist/ beside.

import { createServer, connect } from 'node:net';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Relay, launchBrowser, distDir } from '../harness.mjs';

const SETTLE_MS = 2000;
// 200 KB/s (1.6 Mbit/s), a fair mobile link.
const RATE = 200_000;
const LIMIT_MS = 120_000;

/**
 * A link of RATE bytes a second, shared by every connection, that passes each chunk on
 * in order once the chunks before it had their time. Without it, on 127.0.0.1 whatever
 * the page asks for in its first instant (a module the home page does not wait for) has
 * arrived before the home page can be seen to show, and is counted as if it waited.
 */
function slowLink() {
  let free = 0;
  return {
    send(length, deliver) {
      const now = Date.now();
      free = Math.max(free, now) + (length / RATE) * 1000;
      setTimeout(deliver, free - now);
    },
  };
}

/** A TCP proxy to `port` that counts what flows back to the browser, per connection kind. */
async function countingProxy(port) {
  const link = slowLink();
  const counts = { shell: 0, api: 0, sync: 0, requests: [] };
  const server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    let kind = 'shell';
    client.on('data', (chunk) => {
      const text = chunk.toString('latin1');
      const line = text.match(/^(GET|POST|HEAD|PUT|DELETE) (\S+)/);
      if (line) {
        kind = line[2].startsWith('/sync') ? 'sync' : line[2].startsWith('/api/') ? 'api' : 'shell';
        const encoding = text.match(/\r\naccept-encoding: *([^\r]*)/i)?.[1] ?? '';
        // The query of /sync is the member's credential: never printed.
        const path = line[2].replace(/\?.*/, '?…');
        counts.requests.push(`${line[1]} ${path} (accept-encoding: ${encoding})`);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      const counted = kind;
      link.send(chunk.length, () => {
        counts[counted] += chunk.length;
        client.write(chunk);
      });
    });
    const end = () => { client.destroy(); upstream.destroy(); };
    client.on('close', end);
    // The browser's end closes only after what the relay sent before closing went through.
    upstream.on('close', () => link.send(0, end));
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, counts, base: `http://127.0.0.1:${server.address().port}` };
}

/** Waits until no byte has come back for SETTLE_MS (bounded by LIMIT_MS). */
async function settled(counts) {
  const deadline = Date.now() + LIMIT_MS;
  let last = -1;
  while (Date.now() < deadline) {
    const now = counts.shell + counts.api + counts.sync;
    if (now === last) return;
    last = now;
    await new Promise((ok) => setTimeout(ok, SETTLE_MS));
  }
  throw new Error(`still downloading after ${LIMIT_MS} ms`);
}

async function visit(page, proxy, what) {
  proxy.counts.shell = 0;
  proxy.counts.api = 0;
  proxy.counts.sync = 0;
  proxy.counts.requests = [];
  await page.goto(`${proxy.base}/`);
  await page.locator('main h1').first().waitFor({ timeout: LIMIT_MS });
  const shown = proxy.counts.shell;
  // The home page's list (or, on a new device, its empty state) replaces its loading
  // status once the documents stored on this device are read.
  await page.locator('main [role=status]').waitFor({ state: 'detached', timeout: LIMIT_MS });
  const listed = proxy.counts.shell;
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await settled(proxy.counts);
  console.log(`${what}: ${shown} bytes of app shell on the wire when the home page is shown, ${listed} when its list is, ${proxy.counts.shell} once everything settled (the service worker caching the pages that load when opened, for offline use); apart: ${proxy.counts.api} from /api, signing this device in, and ${proxy.counts.sync} on /sync; ${proxy.counts.requests.length} requests:`);
  for (const request of proxy.counts.requests) console.log(`    ${request}`);
}

function brotliSizes() {
  const files = readdirSync(distDir, { recursive: true }).filter((name) => !name.endsWith('.br') && !name.endsWith('.gz'));
  let total = 0;
  const rows = [];
  for (const name of files) {
    const path = join(distDir, name);
    if (!statSync(path).isFile()) continue;
    const br = existsSync(`${path}.br`) ? statSync(`${path}.br`).size : statSync(path).size;
    total += br;
    rows.push(`    ${name}: ${statSync(path).size} bytes raw, ${br} brotli`);
  }
  console.log(`dist/ as an HTTPS browser gets it (brotli, quality 11): ${total} bytes in all`);
  for (const row of rows.sort()) console.log(row);
}

const relay = await Relay.start();
const proxy = await countingProxy(relay.port);
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  console.log(`Chromium ${browser.version()}, home page through a counting proxy (HTTP, 127.0.0.1, the proxy sending ${RATE / 1000} KB/s):`);
  await visit(page, proxy, 'first visit (empty cache)');
  await visit(page, proxy, 'repeat visit (service worker installed)');
  await context.close();
  brotliSizes();
} finally {
  await browser.close();
  proxy.server.close();
  await relay.dispose();
}
