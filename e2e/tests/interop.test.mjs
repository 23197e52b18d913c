// Stock automerge-repo clients (npm, unmodified) syncing through our relay: the relay
// speaks the real protocol, stores what it is given, and serves it after a restart.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Relay } from '../harness.mjs';
import { createWithStockClient, readWithStockClient } from '../stock-client.mjs';

let relay;
before(async () => { relay = await Relay.start(); });
after(async () => { await relay?.dispose(); });

/** Reads a document, retrying while the relay may not have received it yet (bounded). */
async function readEventually(documentId, accept, attempts = 20) {
  let last;
  for (let i = 0; i < attempts; i++) {
    try {
      last = await readWithStockClient(relay.syncUrl, documentId, 3_000);
      if (accept(last)) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`document never matched; last result: ${last?.stack ?? JSON.stringify(last)}`);
}

test('a document made by one stock client reaches another, and edits flow back', async () => {
  const { repo, handle } = await createWithStockClient(relay.syncUrl, { design: { title: 'Cholera response' } });
  try {
    const id = handle.documentId;
    const copy = await readEventually(id, (doc) => doc.design?.title === 'Cholera response');
    assert.equal(copy.design.title, 'Cholera response');

    const changed = new Promise((ok) => handle.on('change', ({ doc }) => { if (doc.design.problem) ok(doc.design.problem); }));
    const { Repo } = await import('@automerge/automerge-repo');
    const { WebSocketClientAdapter } = await import('@automerge/automerge-repo-network-websocket');
    const other = new Repo({ network: [new WebSocketClientAdapter(relay.syncUrl)] });
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
  const { repo, handle } = await createWithStockClient(relay.syncUrl, { design: { title: 'Tuberculosis adherence' } });
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
  await assert.rejects(readWithStockClient(relay.syncUrl, documentId, 10_000), /unavailable/i);
});
