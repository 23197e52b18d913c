// Stock automerge-repo clients (npm, unmodified) syncing through our relay: the relay
// speaks the real protocol, stores what it is given, and serves it after a restart.
// A stock client presents its credential in the sync URL (`/sync?credential=…`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Relay, deviceIdentity, syncUrlFor } from '../harness.mjs';
import { createWithStockClient, readWithStockClient } from '../stock-client.mjs';

let relay;
/** The creator of the documents these tests make, and the URL it syncs through. */
const ana = deviceIdentity();
let anaUrl;
before(async () => {
  relay = await Relay.start();
  anaUrl = await syncUrlFor(relay, ana);
});
after(async () => { await relay?.dispose(); });

/** Reads a document, retrying while the relay may not have received it yet (bounded). */
async function readEventually(documentId, accept, attempts = 20) {
  let last;
  for (let i = 0; i < attempts; i++) {
    try {
      // Signed in again each time: the relay may have restarted in between.
      last = await readWithStockClient(await syncUrlFor(relay, ana), documentId, 3_000);
      if (accept(last)) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`document never matched; last result: ${last?.stack ?? JSON.stringify(last)}`);
}

test('a document made by one stock client reaches another, and edits flow back', async () => {
  const { repo, handle } = await createWithStockClient(anaUrl, { design: { title: 'Cholera response' } });
  try {
    const id = handle.documentId;
    const copy = await readEventually(id, (doc) => doc.design?.title === 'Cholera response');
    assert.equal(copy.design.title, 'Cholera response');

    const changed = new Promise((ok) => handle.on('change', ({ doc }) => { if (doc.design.problem) ok(doc.design.problem); }));
    const { Repo } = await import('@automerge/automerge-repo');
    const { WebSocketClientAdapter } = await import('@automerge/automerge-repo-network-websocket');
    const other = new Repo({ network: [new WebSocketClientAdapter(anaUrl)] });
    try {
      const theirs = await other.find(handle.url);
      theirs.change((doc) => { doc.design.problem = 'Outbreak data arrives late'; });
      const problem = await Promise.race([changed, new Promise((_, fail) => setTimeout(() => fail(new Error('edit never arrived')), 15_000))]);
      assert.equal(problem, 'Outbreak data arrives late');
    } finally {
      await other.shutdown();
    }
  } finally {
    await repo.shutdown();
  }
});

test('the relay keeps a stock client\'s document across a restart', async () => {
  const { repo, handle } = await createWithStockClient(anaUrl, { design: { title: 'Tuberculosis adherence' } });
  const id = handle.documentId;
  try {
    await readEventually(id, (doc) => doc.design?.title === 'Tuberculosis adherence');
  } finally {
    await repo.shutdown();
  }
  await relay.restart();
  const copy = await readEventually(id, (doc) => doc.design?.title === 'Tuberculosis adherence');
  assert.equal(copy.design.title, 'Tuberculosis adherence');
});

test('a document the relay does not have is reported unavailable, not invented', async () => {
  const { generateAutomergeUrl, parseAutomergeUrl } = await import('@automerge/automerge-repo');
  const { documentId } = parseAutomergeUrl(generateAutomergeUrl());
  await assert.rejects(readWithStockClient(anaUrl, documentId, 10_000), /unavailable/i);
});

test('a stock client signed in as someone else, or not signed in, gets nothing of a restricted document', async () => {
  const { repo, handle } = await createWithStockClient(anaUrl, { design: { title: 'Leprosy contacts' } });
  try {
    await readEventually(handle.documentId, (doc) => doc.design?.title === 'Leprosy contacts');
    // No call was made public, so only its creator may read it.
    const luisUrl = await syncUrlFor(relay, deviceIdentity());
    await assert.rejects(readWithStockClient(luisUrl, handle.documentId, 10_000), /unavailable/i);

    const { WebSocket } = await import('ws');
    for (const url of [relay.syncUrl, `${relay.syncUrl}?credential=forged-credential`]) {
      const socket = new WebSocket(url);
      const [code, received] = await new Promise((ok, fail) => {
        let messages = 0;
        const timer = setTimeout(() => fail(new Error('the relay kept an unauthenticated socket open')), 10_000);
        socket.on('message', () => { messages += 1; });
        socket.on('close', (closeCode) => { clearTimeout(timer); ok([closeCode, messages]); });
        socket.on('error', () => {});
      });
      assert.equal(code, 4401, `${url} is closed as unauthenticated`);
      assert.equal(received, 0, 'an unauthenticated socket is sent nothing');
    }
  } finally {
    await repo.shutdown();
  }
});
