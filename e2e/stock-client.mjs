// A stock automerge-repo client from npm, nobody here wrote it: the interop check of
// our relay and of the documents our app writes.

import { Repo } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';

/** Fetches a document through the relay and returns a plain copy of its contents. */
export async function readWithStockClient(syncUrl, documentId, timeoutMs = 15_000) {
  const repo = new Repo({ network: [new WebSocketClientAdapter(syncUrl)] });
  try {
    const handle = await withTimeout(repo.find(`automerge:${documentId}`), timeoutMs, 'find the document');
    return JSON.parse(JSON.stringify(handle.doc()));
  } finally {
    await repo.shutdown();
  }
}

/** Creates a document in a stock client and waits until the relay has it. */
export async function createWithStockClient(syncUrl, contents, timeoutMs = 15_000) {
  const repo = new Repo({ network: [new WebSocketClientAdapter(syncUrl)] });
  const handle = repo.create(contents);
  await withTimeout(repo.networkSubsystem.whenReady(), timeoutMs, 'connect to the relay');
  await withTimeout(handle.whenReady(), timeoutMs, 'document ready');
  return { repo, handle };
}

/**
 * Imports a saved Automerge document as a new document in a stock client, waits until a
 * second stock client can fetch it from the relay, and returns its document id.
 */
export async function importWithStockClient(syncUrl, bytes, timeoutMs = 30_000) {
  const writer = new Repo({ network: [new WebSocketClientAdapter(syncUrl)] });
  const reader = new Repo({ network: [new WebSocketClientAdapter(syncUrl)] });
  try {
    const handle = writer.import(new Uint8Array(bytes));
    const id = handle.documentId;
    await withTimeout(Promise.all([writer.networkSubsystem.whenReady(), reader.networkSubsystem.whenReady()]),
      timeoutMs, 'connect to the relay');
    const deadline = Date.now() + timeoutMs;
    // A find before the relay has the document is answered "unavailable" at once; ask
    // again (through the same connected reader) until it has it.
    while (Date.now() < deadline) {
      const found = await withTimeout(reader.find(`automerge:${id}`), 5_000, 'find').catch(() => null);
      if (found?.doc()?.design) return id;
      await new Promise((ok) => setTimeout(ok, 250));
    }
    throw new Error(`the relay did not serve the imported document within ${timeoutMs} ms`);
  } finally {
    await writer.shutdown();
    await reader.shutdown();
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
