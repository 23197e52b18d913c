// Idle connections held by the relay (issue 7): opens N authenticated WebSockets that
// complete the automerge-repo handshake and then stay silent (answering the relay's
// pings, as browsers do), and reports the relay's resident memory before and after, per
// connection. Target: 10,000 idle connections under 1 GiB.
//
//   npm run bench:connections -- [connections=10000]
//
// Uses the release relay when PRAXIS_RELAY_BIN points at one (say which in the output);
// the relay's connection limit is raised for the run through PRAXIS_MAX_CONNECTIONS. Each
// socket needs a file descriptor on both sides: the open-file limit must exceed N (the
// npm script raises the soft limit). Every wait is bounded.

import { readFileSync } from 'node:fs';
import os from 'node:os';
import { WebSocket } from 'ws';
import { Relay, deviceIdentity, credentialFor, relayBin } from '../harness.mjs';

const N = Number(process.argv[2] ?? 10_000);
const BATCH = 250;
const IDENTITIES = 50; // credentials are reused across sockets, as a person's tabs would
const TARGET_BYTES = 1024 ** 3;

/** Just enough CBOR (RFC 8949) for a `join`: text strings, arrays and maps. */
function cbor(value) {
  const head = (major, length) => {
    if (length < 24) return [(major << 5) | length];
    if (length < 256) return [(major << 5) | 24, length];
    return [(major << 5) | 25, length >> 8, length & 0xff];
  };
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([Buffer.from(head(3, bytes.length)), bytes]);
  }
  if (Array.isArray(value)) {
    return Buffer.concat([Buffer.from(head(4, value.length)), ...value.map(cbor)]);
  }
  const entries = Object.entries(value);
  return Buffer.concat([Buffer.from(head(5, entries.length)), ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

/** The relay's resident and peak resident memory, in bytes. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))[1]);
  return { rss: kib('VmRSS') * 1024, peak: kib('VmHWM') * 1024 };
}

/** Opens one socket, sends `join`, resolves once the relay answers `peer`. */
function openPeer(url, name) {
  return new Promise((ok, fail) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => { socket.terminate(); fail(new Error(`${name}: no answer in 30 s`)); }, 30_000);
    socket.on('open', () => socket.send(cbor({ type: 'join', senderId: name, supportedProtocolVersions: ['1'] })));
    socket.once('message', () => { clearTimeout(timer); ok(socket); });
    socket.on('close', (code, reason) => { clearTimeout(timer); fail(new Error(`${name}: closed ${code} ${reason}`)); });
    socket.on('error', () => {});
  });
}

const mib = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

process.env.PRAXIS_MAX_CONNECTIONS = String(N + 100);
const relay = await Relay.start();
const sockets = [];
try {
  const pid = relay.process.pid;
  const credentials = [];
  for (let i = 0; i < IDENTITIES; i++) credentials.push(await credentialFor(relay, deviceIdentity()));
  await new Promise((ok) => setTimeout(ok, 500));
  const before = memoryOf(pid);
  const started = Date.now();
  for (let i = 0; i < N; i += BATCH) {
    const batch = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) {
      batch.push(openPeer(`${relay.syncUrl}?credential=${credentials[j % IDENTITIES]}`, `idle-${j}`));
    }
    sockets.push(...await Promise.all(batch));
  }
  const opened = (Date.now() - started) / 1000;
  // Let the relay settle (buffers freed after the handshakes), still answering pings.
  await new Promise((ok) => setTimeout(ok, 3_000));
  const open = sockets.filter((s) => s.readyState === WebSocket.OPEN).length;
  const after = memoryOf(pid);
  const metricsText = await (await fetch(`${relay.base}/metrics`)).text();
  const held = Number(metricsText.match(/^praxis_connections_open (\d+)/m)?.[1]);
  const perConnection = (after.rss - before.rss) / open;
  console.log(`relay: ${relayBin}`);
  console.log(`machine: ${os.cpus().length} cores, ${mib(os.totalmem())} RAM, Node ${process.version}`);
  console.log(`connections: ${open} open here, ${held} open at the relay (opened in ${opened.toFixed(1)} s)`);
  console.log(`relay RSS: ${mib(before.rss)} before, ${mib(after.rss)} with them (peak ${mib(after.peak)})`);
  console.log(`per idle connection: ${(perConnection / 1024).toFixed(1)} KiB`);
  const met = open === N && after.peak < TARGET_BYTES;
  console.log(`target (${N} idle connections under 1 GiB): ${met ? 'met' : 'NOT met'}`);
  process.exitCode = met ? 0 : 1;
} finally {
  for (const socket of sockets) socket.terminate();
  await relay.dispose();
}
