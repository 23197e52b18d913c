// The reference automerge-repo sync server, from the npm packages and nothing of ours:
// a `Repo` with a `NodeWSServerAdapter` over a `ws` server and a `NodeFSStorageAdapter`,
// as automerge-repo-sync-server does it (it shares a document only with a peer that
// asks for it). The relay load tool (`relay-load.mjs`) runs it as its own process to
// compare our relay with it.
//
//   node bench/reference-server.mjs <storage dir> [port]
//
// Listens on 127.0.0.1 (port 0, the default, picks a free one) and prints
// `listening <port>` on stdout once it accepts connections. Stops on SIGTERM or SIGINT.

import { Repo } from '@automerge/automerge-repo';
import { NodeWSServerAdapter } from '@automerge/automerge-repo-network-websocket';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import { WebSocketServer } from 'ws';

const [dir, port = '0'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/reference-server.mjs <storage dir> [port]');
  process.exit(2);
}

const socket = new WebSocketServer({ host: '127.0.0.1', port: Number(port) });
await new Promise((ok, fail) => { socket.once('listening', ok); socket.once('error', fail); });

const repo = new Repo({
  network: [new NodeWSServerAdapter(socket)],
  storage: new NodeFSStorageAdapter(dir),
  peerId: `reference-sync-server-${process.pid}`,
  // A sync server does not push documents to peers that did not ask for them.
  sharePolicy: async () => false,
});

console.log(`listening ${socket.address().port}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  const forced = setTimeout(() => process.exit(1), 5_000);
  forced.unref();
  try {
    await repo.shutdown();
  } finally {
    socket.close();
    process.exit(0);
  }
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
