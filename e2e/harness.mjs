// Test harness: starts the real relay (the `sync-server` binary) on 127.0.0.1 with a
// fresh store and the built app, and launches Debian's Chromium through playwright-core.
// Every wait is bounded.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
export const relayBin = process.env.PRAXIS_RELAY_BIN ?? join(targetDir, 'debug', 'sync-server');
export const distDir = process.env.PRAXIS_DIST ?? join(root, 'dist');
// Benches of large communities point this at a release build (the debug one takes
// minutes for 5,000 posts).
const sampleBin = process.env.PRAXIS_SAMPLE_BIN ?? join(targetDir, 'debug', 'examples', 'sample');

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * Relay processes alive now. A script killed by a signal (a bench run under `timeout`)
 * would otherwise leave them running: they are killed on the way out.
 */
const liveRelays = new Set();
process.once('exit', () => { for (const child of liveRelays) child.kill('SIGKILL'); });
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => process.exit(code));
}

/** A relay process with its own data directory; `restart()` keeps the data and port. */
export class Relay {
  static async start() {
    if (!existsSync(relayBin)) throw new Error(`relay binary missing: ${relayBin} (build it with cargo build -p sync-server)`);
    if (!existsSync(join(distDir, 'index.html'))) throw new Error(`built app missing: ${distDir} (build it with trunk build --release)`);
    const relay = new Relay(await freePort(), Relay.tempDir());
    await relay.#spawn();
    return relay;
  }

  static tempDir() {
    return mkdtempSync(join(tmpdir(), 'praxis-e2e-'));
  }

  constructor(port, data) {
    this.port = port;
    this.data = data;
    this.dist = distDir;
    this.ownedDirs = [data];
    this.base = `http://127.0.0.1:${port}`;
    this.syncUrl = `ws://127.0.0.1:${port}/sync`;
    this.log = '';
  }

  async #spawn() {
    this.process = spawn(relayBin, ['--listen', `127.0.0.1:${this.port}`, '--data', this.data, '--static', this.dist], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'info' },
    });
    this.process.stderr.on('data', (chunk) => { this.log += chunk; });
    const child = this.process;
    liveRelays.add(child);
    child.once('exit', () => liveRelays.delete(child));
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`relay exited early:\n${this.log}`);
      try {
        const response = await fetch(`${this.base}/healthz`);
        if (response.status === 200) return;
      } catch { /* not listening yet */ }
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error(`relay did not become healthy in 15 s:\n${this.log}`);
  }

  get running() {
    return this.process?.exitCode === null;
  }

  async stop() {
    if (!this.process || this.process.exitCode !== null) return;
    const exited = new Promise((ok) => this.process.once('exit', ok));
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /** Restarts on the same port, by default with the same store and app. */
  async restart({ dist = this.dist, data = this.data } = {}) {
    await this.stop();
    this.dist = dist;
    this.data = data;
    await this.#spawn();
  }

  /** Stops the relay and removes every directory it was given by this harness. */
  async dispose() {
    await this.stop();
    for (const dir of this.ownedDirs) rmSync(dir, { recursive: true, force: true });
  }

  /** A directory removed with the relay on dispose. */
  ownTempDir() {
    const dir = Relay.tempDir();
    this.ownedDirs.push(dir);
    return dir;
  }
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.PRAXIS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A browser context with English as the browser language, and its page's errors collected. */
export async function newMember(browser) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return { context, page, errors };
}

/** Waits until the app says it is synced with the relay. */
export async function waitSynced(page, timeout = 15_000) {
  await page.getByTestId('connection-state').and(page.locator('[data-state="synced"]')).waitFor({ timeout });
}

/** Creates a community through the UI and returns its document id (from the URL). */
export async function createCommunity(page, base, title, problem) {
  await page.goto(`${base}/new`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Problem statement').fill(problem);
  await page.getByRole('button', { name: 'Create community' }).click();
  await page.waitForURL(/\/c\/[1-9A-HJ-NP-Za-km-z]+$/, { timeout: 15_000 });
  return new URL(page.url()).pathname.split('/').pop();
}

/**
 * Registers hooks that start a relay and a browser before a file's tests and dispose of
 * them after; returns the object they are put on (`{ relay, browser }`).
 */
export function relayAndBrowser({ before, after }) {
  const env = {};
  before(async () => {
    env.relay = await Relay.start();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.relay?.dispose();
  });
  return env;
}

/**
 * Polls `check` (an async function run here, in Node) until it returns a truthy value,
 * and returns that value; fails with `what` and the last value after `timeout` ms.
 * (Playwright's waitForFunction treats a returned Promise itself as truthy, so checks
 * that need `await` inside the page go through this.)
 */
export async function eventually(what, check, { timeout = 15_000, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((ok) => setTimeout(ok, interval));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
}

/** The paths held in one of the page's Cache Storage caches. */
export async function cachedPaths(page, cacheName) {
  return page.evaluate(async (name) =>
    (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), cacheName);
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The WCAG 2.1 AA violations axe-core finds on the page, one line each (rule: targets). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  // axe 4.x no longer reports duplicate ids under WCAG 2.1 (4.1.1 is obsolete in 2.2), but a
  // duplicated id still gives a control or a landmark the wrong label (aria-labelledby
  // and <label for> take the first element), so it is checked here.
  const duplicates = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  });
  return [...violations, ...duplicates.map((id) => `duplicate id: #${id}`)];
}

/** Fails, naming `what`, if axe-core finds any WCAG 2.1 AA violation on the page. */
export async function assertAxeClean(page, what) {
  assert.deepEqual(await axeViolations(page), [], what);
}

/**
 * A device identity made here, in Node: an Ed25519 key pair and the member id the relay
 * and the app derive from it (first 16 bytes of the public key's SHA-256, in hex). Tests
 * install it in a browser with `memberAs` and sign in with it from Node, so the same
 * member acts in both.
 */
export function deviceIdentity() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicRaw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  const member = createHash('sha256').update(publicRaw).digest().subarray(0, 16).toString('hex');
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  return { member, publicRaw, privateKey, pkcs8 };
}

/** Signs the relay's challenge with `identity` and returns the bearer credential it issues. */
export async function credentialFor(relay, identity) {
  const asked = await fetch(`${relay.base}/api/auth/challenge`, { method: 'POST' });
  assert.equal(asked.status, 200, 'the relay issues a challenge');
  const { challenge } = await asked.json();
  const signature = sign(null, Buffer.from(`praxis-auth-v1:${challenge}`), identity.privateKey);
  const answer = await fetch(`${relay.base}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      public_key: identity.publicRaw.toString('base64url'),
      challenge,
      signature: signature.toString('base64url'),
    }),
  });
  const body = await answer.json();
  assert.equal(answer.status, 200, `the relay signs in ${identity.member}: ${JSON.stringify(body)}`);
  assert.equal(body.member, identity.member, 'the relay derives the same member id');
  return body.credential;
}

/** The sync URL with a credential of `identity`, for a stock automerge-repo client. */
export async function syncUrlFor(relay, identity) {
  return `${relay.syncUrl}?credential=${await credentialFor(relay, identity)}`;
}

/**
 * Puts a full sample community (`community/examples/sample.rs`: the whole design, Phase
 * II, an open discussion with `posts` posts, a closed one) on the relay through a stock
 * automerge-repo client signed in as `leader` (a `deviceIdentity()`), with `leader` as
 * its leader; returns its document id.
 */
export async function sampleCommunity(relay, { leader, posts = 40 }) {
  if (!existsSync(sampleBin)) throw new Error(`sample generator missing: ${sampleBin} (cargo build -p community --example sample)`);
  const out = join(relay.ownTempDir(), 'sample.automerge');
  execFileSync(sampleBin, ['--leader', leader.member, '--posts', String(posts), '--out', out], { timeout: 60_000 + posts * 100 });
  const { importWithStockClient } = await import('./stock-client.mjs');
  return importWithStockClient(await syncUrlFor(relay, leader), readFileSync(out));
}

/**
 * A browser context whose device key is `identity` (a `deviceIdentity()`), so the app's
 * "me" is that member: a sample community made with that leader opens with the
 * leader's rights, and Node can sign in as the same member. The key is imported
 * non-extractable into the IndexedDB database the app reads (`praxis-identity`).
 */
export async function memberAs(browser, relay, identity, { locale = 'en-US' } = {}) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  // Any page of the origin will do; this one does not start the app.
  await page.goto(`${relay.base}/healthz`);
  await page.evaluate(async ([pkcs8, raw]) => {
    const privateKey = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), { name: 'Ed25519' }, false, ['sign']);
    const publicKey = await crypto.subtle.importKey('raw', new Uint8Array(raw), { name: 'Ed25519' }, true, ['verify']);
    await new Promise((ok, fail) => {
      const open = indexedDB.open('praxis-identity', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('device');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('device', 'readwrite');
        tx.objectStore('device').put({ privateKey, publicKey }, 'key');
        tx.oncomplete = () => { open.result.close(); ok(); };
        tx.onerror = () => fail(tx.error);
      };
    });
  }, [[...identity.pkcs8], [...identity.publicRaw]]);
  return { context, page, errors };
}

/**
 * Makes an invitation link on the community overview `page` is showing (as a leader or
 * moderator, online) and returns it.
 */
export async function invitationLink(page, { uses = 'one' } = {}) {
  await waitSynced(page);
  if (uses !== 'one') await page.getByLabel('Anyone with the link, until it expires').check();
  const link = page.getByTestId('invitation-link');
  // A link made earlier on this page stays shown until the new one replaces it.
  const earlier = await link.getAttribute('href', { timeout: 1_000 }).catch(() => null);
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  return eventually('a new invitation link', async () => {
    const href = await link.getAttribute('href', { timeout: 1_000 }).catch(() => null);
    return href !== earlier ? href : null;
  });
}

/** Opens an invitation link in `page` and waits for the community it admits to. */
export async function acceptInvitation(page, link) {
  await page.goto(link);
  await page.waitForURL(/\/c\/[1-9A-HJ-NP-Za-km-z]+$/, { timeout: 15_000 });
}

/**
 * Creates a community in a new browser context whose person puts themselves on the
 * roster as its leader ("This is me"); returns `{ leader, id }` with the leader's page
 * on the members stage.
 */
export async function leaderOfNewCommunity(browser, relay, title, problem, name = 'Ana') {
  const leader = await newMember(browser);
  const { page } = leader;
  const id = await createCommunity(page, relay.base, title, problem);
  await waitSynced(page);
  await page.goto(`${relay.base}/c/${id}/design/members`);
  await page.getByLabel("Member's name").fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption('leader');
  await page.getByLabel('This is me (on this device)').check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByText('(you)').waitFor({ timeout: 15_000 });
  return { leader, id };
}

/**
 * Someone the leader invites (from the overview of `id` on `leaderPage`) registers as
 * `name` and the leader confirms them; returns their `newMember`. The leader's page is
 * left on the registrations page.
 */
export async function confirmedParticipant(browser, relay, leaderPage, id, name) {
  const wait = { timeout: 15_000 };
  await leaderPage.goto(`${relay.base}/c/${id}`);
  const member = await newMember(browser);
  await acceptInvitation(member.page, await invitationLink(leaderPage));
  await member.page.goto(`${relay.base}/c/${id}/implementation/register`);
  await member.page.locator('#reg-name').fill(name);
  await member.page.getByLabel('I accept the community’s rules (required)').check();
  await member.page.getByRole('button', { name: 'Register' }).click();
  await member.page.getByTestId('my-registration').waitFor(wait);
  await waitSynced(member.page);
  await leaderPage.goto(`${relay.base}/c/${id}/implementation/register`);
  await leaderPage.getByRole('button', { name: `Confirm ${name}` }).click();
  await member.page.getByTestId('my-registration').getByText('You are a member').waitFor(wait);
  return member;
}

/** Cuts a member's network, or restores it and waits until their page is synced again. */
export async function setOffline(member, offline) {
  await member.context.setOffline(offline);
  const state = offline ? 'offline' : 'synced';
  await member.page.getByTestId('connection-state').and(member.page.locator(`[data-state="${state}"]`))
    .waitFor({ timeout: 30_000 });
}
