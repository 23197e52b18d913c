// Relay load (issue 7): N stock automerge-repo clients (each its own `Repo` and its own
// WebSocket), D documents, C changes per client at R changes per second per client,
// against our relay and against the reference automerge-repo sync server
// (`reference-server.mjs`, its own Node process), one after the other, each with a
// fresh store. Prints, per scenario and server: delivery latency p50/p99 (the writer's
// timestamp inside the change → a reader's `change` event that brings it, over every
// (reader, change) pair), time to converge (first change → every client holds every
// change), changes/s, WebSocket messages per change, the server's peak RSS and CPU time;
// then the ratios ours/reference against the targets.
//
//   cd e2e && npm run bench:relay -- [--clients N] [--docs D] [--changes C] [--rate R]
//                                    [--servers ours,reference] [--timeout S] [--workers K]
//                                    [--kinds]
//
// Without --clients/--changes/--rate it runs the two scenarios (10 × 100 at 10/s,
// 50 × 5 at 1/s) with one document (--docs D: client w writes document w mod D; every
// client opens every document). Our relay is the harness's binary: `PRAXIS_RELAY_BIN` (say a release
// build, `$CARGO_TARGET_DIR/release/sync-server`), else the debug build. Every wait is
// bounded; a run that does not converge within C/R + timeout seconds reports what it
// reached, and the tool then exits 1.
//
// How things are measured:
// - messages: each client's WebSocketClientAdapter is subclassed to count the protocol
//   messages it sends (= messages the server receives) and receives (= messages the
//   server sends), from the first change until one second after convergence (so the
//   closing sync rounds count too), divided by the number of changes. The join/peer
//   handshake happens before and is not counted, nor are WebSocket ping/pong frames.
//   With --kinds, each direction's messages are also sorted by what they carry: changes,
//   only a `need`, or only heads (an acknowledgement, or an echo that says nothing new).
// - server RSS and CPU: /proc/<pid>/status (VmHWM, VmRSS) and /proc/<pid>/stat
//   (utime + stime) of the server process, sampled every 100 ms; peak RSS is the
//   process's VmHWM (its whole life, setup included); CPU is the time it spent during
//   the same window as the messages.
// - the clients run in K worker processes (--workers, default 2; this file, forked):
//   one Node process running 10 or 50 stock Repos was the bottleneck (its event loop
//   lagged by seconds; the stock client spends its time encoding heads and in the
//   Automerge WASM). Their CPU (% of one core, all workers together) and worst event-loop
//   delay p99 over the window are printed: on a small machine the clients share the cores
//   with the server, so a busy or lagging client inflates both servers' latencies.
//   Latency crosses processes: writer and reader stamp with the same system clock
//   (performance.timeOrigin + performance.now()).

import { spawn, fork, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir, cpus, totalmem, freemem, loadavg, availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Repo, ImmutableString } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { decodeSyncMessage } from '@automerge/automerge';
import { decode as decodeCbor } from 'cbor-x';
import { Relay, relayBin, deviceIdentity, syncUrlFor } from '../harness.mjs';

const here = import.meta.dirname;
const root = resolve(here, '..', '..');

const { values: opts } = parseArgs({
  options: {
    clients: { type: 'string' },
    docs: { type: 'string', default: '1' },
    changes: { type: 'string' },
    rate: { type: 'string' },
    servers: { type: 'string', default: 'ours,reference' },
    timeout: { type: 'string', default: '60' },
    workers: { type: 'string', default: '2' },
    kinds: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (opts.help) {
  console.log('npm run bench:relay -- [--clients N] [--docs D] [--changes C] [--rate R] [--servers ours,reference] [--timeout S] [--workers K] [--kinds]');
  process.exit(0);
}

const DEFAULT_SCENARIOS = [
  { clients: 10, changes: 100, rate: 10 },
  { clients: 50, changes: 5, rate: 1 },
];
const custom = opts.clients !== undefined || opts.changes !== undefined || opts.rate !== undefined;
const scenarios = (custom
  ? [{
    clients: Number(opts.clients ?? DEFAULT_SCENARIOS[0].clients),
    changes: Number(opts.changes ?? DEFAULT_SCENARIOS[0].changes),
    rate: Number(opts.rate ?? DEFAULT_SCENARIOS[0].rate),
  }]
  : DEFAULT_SCENARIOS).map((s) => ({ ...s, docs: Number(opts.docs) }));
const servers = opts.servers.split(',').map((s) => s.trim()).filter(Boolean);
for (const s of servers) if (!['ours', 'reference'].includes(s)) throw new Error(`unknown server ${s} (ours, reference)`);
for (const s of scenarios) {
  for (const k of ['clients', 'docs', 'changes', 'rate']) {
    if (!(s[k] > 0) || (k !== 'rate' && !Number.isInteger(s[k]))) throw new Error(`--${k} must be a positive ${k === 'rate' ? 'number' : 'integer'}`);
  }
  if (s.docs > s.clients) throw new Error('--docs must not exceed --clients (every document has a writer)');
}
const TIMEOUT_MS = Number(opts.timeout) * 1000;
const WORKERS = Number(opts.workers);
if (!(WORKERS >= 1 && Number.isInteger(WORKERS))) throw new Error('--workers must be a positive integer');
const SETUP_MS = 60_000;
const SETTLE_MS = 1_000;
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------- servers

/** Every server started and not yet stopped, so that a failure or a signal stops them. */
const live = new Set();
/** The client worker processes running. */
const workerChildren = new Set();

async function startOurs() {
  const relay = await Relay.start();
  const server = {
    kind: 'ours',
    pid: relay.process.pid,
    urlFor: () => syncUrlFor(relay, deviceIdentity()),
    stop: () => relay.dispose(),
    alive: () => relay.running,
    // On the way out (synchronous; the harness kills the relay too): its store goes.
    killNow: () => { waitKilled(relay.process); for (const dir of relay.ownedDirs) rmSync(dir, { recursive: true, force: true }); },
    // What the relay's log (RUST_LOG=info) says about connections during the run.
    notes: () => {
      const count = (pattern) => relay.log.split('\n').filter((l) => pattern.test(l)).length;
      return `relay log: ${count(/peer joined/)} peer joins, ${count(/outbox is full/)} connections dropped for a full outbox, ${count(/WebSocket error/)} WebSocket errors, ${count(/closing a connection/)} other closes`;
    },
  };
  live.add(server);
  return server;
}

async function startReference() {
  const dir = mkdtempSync(join(tmpdir(), 'praxis-bench-reference-'));
  const child = spawn(process.execPath, [join(here, 'reference-server.mjs'), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => { log += chunk; });
  const exited = new Promise((ok) => child.once('exit', ok));
  const server = {
    kind: 'reference',
    pid: child.pid,
    // On the way out (synchronous): kill, wait until it no longer runs (a zombie or gone,
    // at most 2 s) so that it cannot write into its directory again, then remove that.
    killNow: () => { waitKilled(child); rmSync(dir, { recursive: true, force: true }); },
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  live.add(server);
  const port = await withTimeout(new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\d+)/.exec(out);
      if (match) ok(Number(match[1]));
    });
    child.once('exit', (code) => fail(new Error(`reference server exited (${code}):\n${log}`)));
  }), 15_000, 'the reference server listening').catch(async (error) => { await stopServer(server); throw error; });
  server.urlFor = async () => `ws://127.0.0.1:${port}`;
  return server;
}

/** SIGKILLs `child` and waits (synchronously, at most 2 s) until it no longer runs. */
function waitKilled(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGKILL');
  const deadline = Date.now() + 2_000;
  const running = () => {
    try { return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${child.pid}/stat`, 'utf8')); } catch { return false; }
  };
  while (running() && Date.now() < deadline) { /* a zombie cannot write */ }
}

async function stopServer(server) {
  live.delete(server);
  await server.stop();
}

async function stopAll() {
  for (const server of [...live]) await stopServer(server).catch(() => {});
}
// The harness exits at once on SIGINT/SIGTERM/SIGHUP and kills its relays on exit; the
// reference server and the client workers are killed here on any exit, too (workers
// also exit when their IPC channel closes).
if (!process.env.RELAY_LOAD_WORKER) {
  process.once('exit', () => {
    for (const child of workerChildren) child.kill('SIGKILL');
    for (const server of live) server.killNow?.();
  });
}

/** Samples /proc of `pid` every 100 ms: RSS (peak of samples and VmHWM) and CPU ticks. */
function sampler(pid) {
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After the command name: state is field 3, utime 14 and stime 15 (1-based).
      const ticks = Number(fields[11]) + Number(fields[12]);
      return { hwm: kb('VmHWM'), rss: kb('VmRSS'), ticks };
    } catch {
      return null;
    }
  };
  const state = { maxRss: 0, hwm: 0, last: read() };
  const take = () => {
    const s = read();
    if (!s) return;
    state.last = s;
    state.maxRss = Math.max(state.maxRss, s.rss);
    state.hwm = Math.max(state.hwm, s.hwm);
  };
  take();
  const timer = setInterval(take, 100);
  return {
    take,
    cpuSeconds: () => (state.last?.ticks ?? NaN) / CLK_TCK,
    stop: () => { clearInterval(timer); take(); return { peakRssMiB: Math.max(state.hwm, state.maxRss) / 1024, sampledMaxRssMiB: state.maxRss / 1024 }; },
  };
}

// ---------------------------------------------------------------------------- clients

/**
 * A stock WebSocketClientAdapter that counts the protocol messages it sends and receives;
 * with `kinds` it also sorts them by what they carry (see `kindOf`).
 */
class CountingAdapter extends WebSocketClientAdapter {
  constructor(url, counter, kinds) {
    super(url);
    this.counter = counter;
    this.kinds = kinds;
  }

  send(message) {
    const open = this.socket?.readyState === 1;
    super.send(message);
    if (open) {
      this.counter.sent += 1;
      if (this.kinds) tally(this.counter.kinds, 'to server', message, message.data?.byteLength ?? 0);
    }
  }

  receiveMessage(bytes) {
    this.counter.received += 1;
    this.counter.receivedBytes += bytes.byteLength ?? 0;
    if (this.kinds) tally(this.counter.kinds, 'from server', decodeCbor(new Uint8Array(bytes)), bytes.byteLength ?? 0);
    super.receiveMessage(bytes);
  }
}

/**
 * What a protocol message carries: its type, and for `sync`/`request` whether it brings
 * changes (or a whole document), only asks for some (`need`), or only tells heads (an
 * acknowledgement). Answers "why so many messages": acknowledgements and repeats show
 * up as their own kinds.
 */
function kindOf(message) {
  if (message.type !== 'sync' && message.type !== 'request') return message.type;
  const sync = decodeSyncMessage(message.data);
  if (sync.changes.length > 0) return `${message.type}: changes`;
  if (sync.need.length > 0) return `${message.type}: need only`;
  return `${message.type}: heads only`;
}

function tally(kinds, direction, message, bytes) {
  const key = `${direction} ${kindOf(message)}`;
  const entry = (kinds[key] ??= { messages: 0, bytes: 0 });
  entry.messages += 1;
  entry.bytes += bytes;
}

/**
 * A worker process (this file with RELAY_LOAD_WORKER=1, forked by the tool) runs some of
 * the clients and answers the tool's commands over IPC: init → connected, create →
 * the documents' URLs, open → opened, go → writes at the set rate and reports each of
 * its clients holding every change, count → its counters, shutdown → exits.
 */
async function workerMain() {
  process.on('disconnect', () => process.exit(1));
  const counter = { sent: 0, received: 0, receivedBytes: 0, kinds: {} };
  let cfg;
  let repos = [];
  let handles = [];
  let latency; let arrival; let sentAt; let have;
  const timers = [];
  let loop; let cpuBefore; let goAt;
  const send = (message) => process.send(message);
  process.on('message', async (m) => {
    try {
      if (m.type === 'init') {
        cfg = m;
        repos = m.clients.map(({ url }) => new Repo({ network: [new CountingAdapter(url, counter, m.kinds)] }));
        await withTimeout(Promise.all(repos.map((r) => r.networkSubsystem.whenReady())), SETUP_MS, `${repos.length} clients connected`);
        send({ type: 'connected' });
      } else if (m.type === 'create') {
        const created = [];
        for (let d = 0; d < cfg.D; d++) {
          created.push(repos[0].create({ design: { call: new ImmutableString('public'), title: `Relay load ${d + 1}` }, t: {} }));
        }
        handles[0] = created;
        send({ type: 'created', urls: created.map((h) => h.url) });
      } else if (m.type === 'open') {
        const deadline = Date.now() + SETUP_MS;
        await Promise.all(repos.map(async (repo, i) => {
          if (handles[i]) return;
          handles[i] = await Promise.all(m.urls.map(async (url) => {
            while (Date.now() < deadline) {
              const found = await withTimeout(repo.find(url), 5_000, 'find').catch(() => null);
              if (found?.doc()?.t) return found;
              await sleep(200);
            }
            throw new Error(`client ${cfg.clients[i].index} could not open ${url} within ${SETUP_MS} ms`);
          }));
        }));
        setupReaders();
        send({ type: 'opened' });
      } else if (m.type === 'go') {
        go(m.start);
      } else if (m.type === 'count') {
        loop.disable();
        const cpu = process.cpuUsage(cpuBefore);
        send({
          type: 'counted', counter, latency, sentAt,
          cpuS: (cpu.user + cpu.system) / 1e6, wallS: (now() - goAt) / 1000, loopP99Ms: loop.percentile(99) / 1e6,
        });
      } else if (m.type === 'shutdown') {
        for (const t of timers) clearTimeout(t);
        await Promise.all(repos.map((r) => withTimeout(r.shutdown(), 10_000, 'client shutdown').catch(() => {})));
        send({ type: 'bye' });
        setTimeout(() => process.exit(0), 100);
      }
    } catch (error) {
      send({ type: 'error', message: error.message });
    }
  });

  function setupReaders() {
    const { N, C } = cfg;
    const total = N * C;
    // latency[local client][writer * C + n]: reader's arrival − the timestamp the writer
    // put in the change (NaN: not seen yet).
    latency = cfg.clients.map(() => new Float64Array(total).fill(NaN));
    arrival = cfg.clients.map(() => new Float64Array(total).fill(NaN));
    sentAt = new Float64Array(total).fill(NaN);
    have = new Int32Array(cfg.clients.length);
    cfg.clients.forEach(({ index: r }, local) => {
      for (const handle of handles[local]) {
        handle.on('change', ({ patches }) => {
          const at = now();
          for (const patch of patches) {
            if (patch.action !== 'put' || patch.path.length !== 2 || patch.path[0] !== 't') continue;
            const [w, n] = String(patch.path[1]).split('.').map(Number);
            if (w === r) continue; // the writer's own change, marked when made
            mark(local, w * C + n, at, at - Number(patch.value));
          }
        });
      }
    });
  }

  function mark(local, index, at, lat) {
    if (!Number.isNaN(arrival[local][index])) return;
    arrival[local][index] = at;
    latency[local][index] = lat;
    have[local] += 1;
    if (have[local] === cfg.N * cfg.C) send({ type: 'converged', index: cfg.clients[local].index, at });
  }

  // Client w changes document w % D every 1/R s, C times, from a random offset within
  // the first interval so the clients do not write in lockstep.
  function go(start) {
    const { C, D, R } = cfg;
    const interval = 1000 / R;
    loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    cpuBefore = process.cpuUsage();
    goAt = now();
    counter.sent = 0; counter.received = 0; counter.receivedBytes = 0; counter.kinds = {};
    cfg.clients.forEach(({ index: w }, local) => {
      const handle = handles[local][w % D];
      const offset = Math.random() * interval;
      let n = 0;
      const write = () => {
        const at = now();
        const key = `${w}.${n}`;
        handle.change((doc) => { doc.t[key] = at; });
        sentAt[w * C + n] = at;
        mark(local, w * C + n, at, 0);
        n += 1;
        if (n < C) timers.push(setTimeout(write, Math.max(0, start + offset + n * interval - now())));
      };
      timers.push(setTimeout(write, Math.max(0, start + offset - now())));
    });
  }
}

/** Forks a worker and gives a promise-returning `ask(message, replyType)`. */
function forkWorker(children) {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, RELAY_LOAD_WORKER: '1' },
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  const listeners = new Set();
  child.on('message', (m) => { for (const l of listeners) l(m); });
  const exited = new Promise((ok) => child.once('exit', ok));
  return {
    child,
    listeners,
    ask(message, replyType, ms, what) {
      return withTimeout(new Promise((ok, fail) => {
        const listener = (m) => {
          if (m.type === replyType) { listeners.delete(listener); ok(m); }
          if (m.type === 'error') { listeners.delete(listener); fail(new Error(m.message)); }
        };
        listeners.add(listener);
        child.once('exit', (code) => fail(new Error(`a worker exited (${code}) during ${what}`)));
        child.send(message);
      }), ms, what);
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        if (child.connected) child.send({ type: 'shutdown' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
  };
}

/** The workers' message kinds (see `kindOf`), added up. */
function mergeKinds(all) {
  const merged = {};
  for (const kinds of all) {
    for (const [key, { messages, bytes }] of Object.entries(kinds)) {
      const entry = (merged[key] ??= { messages: 0, bytes: 0 });
      entry.messages += messages;
      entry.bytes += bytes;
    }
  }
  return merged;
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function runScenario(kind, scenario) {
  const { clients: N, docs: D, changes: C, rate: R } = scenario;
  const total = N * C;
  const result = { kind, converged: false };
  const server = kind === 'ours' ? await startOurs() : await startReference();
  const probe = sampler(server.pid);
  const K = Math.min(WORKERS, N);
  const workers = [];
  try {
    // Sign in (ours: a device identity per client), then every worker connects its share
    // of the clients, each its own socket; clients are dealt round-robin.
    const clients = [];
    for (let i = 0; i < N; i++) clients.push({ index: i, url: await server.urlFor() });
    for (let k = 0; k < K; k++) workers.push(forkWorker(workerChildren));
    const share = (k) => clients.filter((c) => c.index % K === k);
    await Promise.all(workers.map((w, k) => w.ask({ type: 'init', clients: share(k), N, C, R, D, kinds: opts.kinds }, 'connected', SETUP_MS + 5_000, 'connecting')));
    // Client 0 (worker 0) creates the documents, public calls so our relay admits every
    // member (`call` is a scalar string in the community schema, hence ImmutableString:
    // a plain JS string would be a Text object and the call would read as undecided).
    const { urls } = await workers[0].ask({ type: 'create' }, 'created', 10_000, 'creating the documents');
    // Every other client opens every document; a find before the server has it is
    // answered "unavailable" at once, so it asks again until it is there (bounded).
    await Promise.all(workers.map((w) => w.ask({ type: 'open', urls }, 'opened', SETUP_MS + 5_000, 'opening the documents')));

    const convergedAt = new Float64Array(N).fill(NaN);
    let done = 0;
    let onDone;
    const allDone = new Promise((ok) => { onDone = ok; });
    for (const w of workers) {
      w.listeners.add((m) => {
        if (m.type !== 'converged' || !Number.isNaN(convergedAt[m.index])) return;
        convergedAt[m.index] = m.at;
        done += 1;
        if (done === N) onDone();
      });
    }
    probe.take();
    const cpuStart = probe.cpuSeconds();
    const start = now() + 200;
    for (const w of workers) w.child.send({ type: 'go', start });
    const limit = (C / R) * 1000 + TIMEOUT_MS;
    let timer;
    await Promise.race([allDone, new Promise((ok) => { timer = setTimeout(ok, limit); })]);
    clearTimeout(timer);
    const end = now();
    result.converged = done === N;
    await sleep(SETTLE_MS);
    probe.take();
    const cpuEnd = probe.cpuSeconds();
    // A flooded worker answers late (its event loop is behind the socket traffic).
    const counts = await Promise.all(workers.map((w) => w.ask({ type: 'count' }, 'counted', 120_000, 'collecting the figures')));

    const sentAt = new Float64Array(total).fill(NaN);
    for (const c of counts) c.sentAt.forEach((x, i) => { if (!Number.isNaN(x)) sentAt[i] = x; });
    const latencyOf = new Array(N);
    counts.forEach((c, k) => share(k).forEach(({ index }, local) => { latencyOf[index] = c.latency[local]; }));
    const written = sentAt.filter((x) => !Number.isNaN(x));
    const firstChange = Math.min(...written);
    const latencies = [];
    let fullyDelivered = 0;
    for (let index = 0; index < total; index++) {
      const w = Math.floor(index / C);
      if (Number.isNaN(sentAt[index])) continue;
      let everyone = true;
      for (let r = 0; r < N; r++) {
        if (r === w) continue;
        const lat = latencyOf[r][index];
        if (Number.isNaN(lat)) everyone = false;
        else latencies.push(lat);
      }
      if (everyone) fullyDelivered += 1;
    }
    latencies.sort((a, b) => a - b);
    const sum = (f) => counts.reduce((a, c) => a + f(c), 0);
    const messages = sum((c) => c.counter.sent + c.counter.received);
    const lastConverged = Math.max(...convergedAt);
    Object.assign(result, {
      written: written.length,
      total,
      pairs: latencies.length,
      expectedPairs: N * (N - 1) * C,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      convergeS: result.converged ? (lastConverged - firstChange) / 1000 : null,
      reachedS: (end - firstChange) / 1000,
      clientsConverged: done,
      changesPerS: result.converged ? total / ((lastConverged - firstChange) / 1000) : fullyDelivered / ((end - firstChange) / 1000),
      fullyDelivered,
      messages,
      receivedMiB: sum((c) => c.counter.receivedBytes) / 1048576,
      messagesPerChange: messages / total,
      inPerChange: sum((c) => c.counter.sent) / total,
      outPerChange: sum((c) => c.counter.received) / total,
      serverCpuS: cpuEnd - cpuStart,
      loadCpuPct: (sum((c) => c.cpuS) / Math.max(...counts.map((c) => c.wallS))) * 100,
      loopP99Ms: Math.max(...counts.map((c) => c.loopP99Ms)),
      serverAlive: server.alive(),
      kinds: mergeKinds(counts.map((c) => c.counter.kinds)),
    });
    return result;
  } finally {
    await Promise.all(workers.map((w) => w.close()));
    Object.assign(result, probe.stop());
    result.notes = server.notes?.();
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------- report

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));

function machine() {
  const lines = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  lines.push(`machine: ${availableParallelism()} cores (nproc), ${cpu}; memory ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free); Node ${process.version}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (servers.includes('ours')) {
    let note = '';
    try {
      const built = statSync(relayBin).mtimeMs / 1000;
      const changed = Number(execFileSync('git', ['log', '-1', '--format=%ct', '--', 'sync-server', 'sync-protocol', 'Cargo.lock'], { cwd: root }).toString().trim());
      if (changed > built) note = ` — built before the last commit to sync-server/sync-protocol (${new Date(changed * 1000).toISOString()}): check it is current (cargo build --release -p sync-server)`;
      note = `, built ${new Date(built * 1000).toISOString()}${note}`;
    } catch { /* not in git, or missing */ }
    const profile = /\/release\//.test(relayBin) ? 'release' : /\/debug\//.test(relayBin) ? 'DEBUG (set PRAXIS_RELAY_BIN to a release build for a fair comparison)' : 'unknown profile';
    lines.push(`our relay: ${relayBin} (${profile}${note}); default settings (sync debounce 50 ms)`);
  }
  if (servers.includes('reference')) {
    const version = (name) => JSON.parse(readFileSync(join(here, '..', 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
    lines.push(`reference: bench/reference-server.mjs, @automerge/automerge-repo ${version('@automerge/automerge-repo')}, network-websocket ${version('@automerge/automerge-repo-network-websocket')}, storage-nodefs ${version('@automerge/automerge-repo-storage-nodefs')}, Node ${process.version}`);
  }
  lines.push(`clients: stock @automerge/automerge-repo Repo + WebSocketClientAdapter, one socket each, dealt over ${WORKERS} worker process${WORKERS > 1 ? 'es' : ''} (--workers)`);
  return lines.join('\n');
}

function table(scenario, runs) {
  const ours = runs.ours;
  const ref = runs.reference;
  const rows = [
    ['delivery p50 (ms)', 'p50', 1, null],
    ['delivery p99 (ms)', 'p99', 1, 1 / 3],
    ['time to converge (s)', 'convergeS', 2, 1 / 3],
    ['changes/s delivered to all', 'changesPerS', 1, null],
    ['messages per change', 'messagesPerChange', 2, 1],
    ['  of which to the server', 'inPerChange', 2, null],
    ['  of which from the server', 'outPerChange', 2, null],
    ['server peak RSS (MiB)', 'peakRssMiB', 1, 1 / 4],
    ['server CPU in window (s)', 'serverCpuS', 2, null],
    ['(reader, change) pairs seen', 'pairs', 0, null],
    ['clients converged', 'clientsConverged', 0, null],
    ['clients CPU (% of a core)', 'loadCpuPct', 0, null],
    ['clients loop delay p99 (ms)', 'loopP99Ms', 1, null],
    ['server MiB sent to clients', 'receivedMiB', 2, null],
  ];
  const head = ['', 'ours', 'reference', 'ours/ref', 'target', 'met'];
  const body = rows.map(([label, key, digits, target]) => {
    const a = ours?.[key];
    const b = ref?.[key];
    const ratio = a !== null && a !== undefined && b ? a / b : null;
    let met = '';
    if (target !== null && ours && ref) {
      if (ratio === null) met = key === 'convergeS' && ours.converged && !ref.converged ? 'yes (ref did not converge)' : 'NO (no figure)';
      else met = ratio <= target + 1e-9 ? 'yes' : 'NO';
    }
    const targetText = target === null ? '' : target === 1 ? '≤ 1× ref' : `≤ 1/${Math.round(1 / target)} ref`;
    return [label, fmt(a, digits), fmt(b, digits), fmt(ratio, 2), targetText, met];
  });
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const { clients: N, docs: D, changes: C, rate: R } = scenario;
  const out = [`\n${N} clients × ${C} changes at ${R}/s each, ${D} document${D > 1 ? 's' : ''} (${N * C} changes, ${N * (N - 1) * C} (reader, change) pairs; limit ${(C / R + TIMEOUT_MS / 1000).toFixed(0)} s)`];
  out.push(line(head));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) out.push(line(r));
  for (const [kind, run] of Object.entries(runs)) {
    if (!run.kinds || !Object.keys(run.kinds).length) continue;
    // Not changes per message: a v2 sync message carries its changes as one chunk.
    out.push(`${kind}: messages by kind (per change; mean bytes)`);
    for (const [key, { messages, bytes }] of Object.entries(run.kinds).sort()) {
      out.push(`  ${key.padEnd(32)} ${fmt(messages / run.total, 2).padStart(7)}  ${fmt(bytes / messages, 0).padStart(7)} B`);
    }
  }
  for (const [kind, run] of Object.entries(runs)) {
    if (run.notes) out.push(`${kind}: ${run.notes}`);
    if (run.error) out.push(`${kind}: FAILED: ${run.error}`);
    else if (!run.converged) out.push(`${kind}: did NOT converge within the limit: ${run.clientsConverged}/${scenario.clients} clients hold every change, ${run.fullyDelivered}/${run.total} changes reached everyone, ${run.pairs}/${run.expectedPairs} pairs, after ${fmt(run.reachedS, 1)} s${run.serverAlive ? '' : ' (the server process had exited)'}`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------- main

async function main() {
  if (servers.includes('ours') && !existsSync(relayBin)) {
    console.error(`relay binary missing: ${relayBin} (cargo build -p sync-server, or set PRAXIS_RELAY_BIN)`);
    process.exit(2);
  }
  console.log(machine());
  console.log(`messages: protocol messages each client's adapter sent + received, first change → ${SETTLE_MS} ms after convergence, ÷ changes (no handshake, no ping frames)`);
  let failed = false;
  const tables = [];
  try {
    for (const scenario of scenarios) {
      const runs = {};
      for (const kind of servers) {
        process.stdout.write(`running ${kind}: ${scenario.clients} clients × ${scenario.changes} changes at ${scenario.rate}/s, ${scenario.docs} doc(s)… `);
        const t0 = Date.now();
        try {
          runs[kind] = await runScenario(kind, scenario);
          if (!runs[kind].converged) failed = true;
          console.log(`${runs[kind].converged ? 'converged' : 'did NOT converge'} (${((Date.now() - t0) / 1000).toFixed(1)} s with setup)`);
        } catch (error) {
          failed = true;
          runs[kind] = { kind, error: error.message, converged: false };
          console.log(`failed: ${error.message}`);
        }
        await sleep(500);
      }
      const text = table(scenario, runs);
      tables.push(text);
      console.log(text);
    }
  } finally {
    await stopAll();
  }
  if (tables.length > 1) console.log(`\n${'='.repeat(20)} summary ${'='.repeat(20)}${tables.join('\n')}`);
  process.exit(failed ? 1 : 0);
}

if (process.env.RELAY_LOAD_WORKER) await workerMain();
else await main();
