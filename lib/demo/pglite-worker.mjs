// PGlite (PostgreSQL 17 in WASM) served over TCP, on a worker thread (see embedded-postgres.ts).
// Plain JavaScript: worker threads do not get the TypeScript loader under every runner.
//
// Our own small wire front-end instead of @electric-sql/pglite-socket 0.1.6, which breaks
// node-postgres in two ways (electric-sql/pglite issues #958, #1046, PR #977):
// - after an error in the extended protocol PGlite answers with ReadyForQuery at once; the
//   Sync that follows yields a second one, and the client's next query reads the wrong
//   response ("Received unexpected parseComplete message from backend");
// - it serialises single messages, not whole exchanges, so Parse/Bind/Execute of different
//   connections interleave in PGlite's one session ("unnamed prepared statement does not
//   exist"), and one thrown error stalls its queue for good.
// Here a connection owns the session from its first message until PGlite reports it idle
// (ReadyForQuery "I"): a whole Parse…Sync exchange or a whole transaction. After an error
// in an extended-protocol message we drop the early ReadyForQuery and discard messages
// until Sync, as PostgreSQL does.
import net from "node:net";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
// Parse, Bind, Describe, Execute, Close, Flush: never answered with ReadyForQuery.
const EXTENDED = new Set(["P", "B", "D", "E", "C", "H"]);
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);

/** FIFO ownership of PGlite's single session. */
class SessionLock {
  owner = null;
  waiting = [];

  acquire(connection) {
    if (this.owner === connection) return Promise.resolve();
    if (this.owner === null) {
      this.owner = connection;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      // A query that waits for another connection's transaction which in turn waits for it
      // would hang silently; say so.
      const warning = setTimeout(() => {
        console.error("[pglite] eine Verbindung wartet seit 15 s auf eine Transaktion einer anderen / waiting 15 s");
      }, 15_000);
      warning.unref();
      this.waiting.push({
        connection,
        resolve: () => {
          clearTimeout(warning);
          resolve();
        },
      });
    });
  }

  release(connection) {
    if (this.owner !== connection) return;
    const next = this.waiting.shift();
    this.owner = next ? next.connection : null;
    next?.resolve();
  }

  forget(connection) {
    this.waiting = this.waiting.filter((entry) => entry.connection !== connection);
    this.release(connection);
  }
}

/**
 * Splits PGlite's answer into backend messages; drops ReadyForQuery if asked.
 * Returns what to send, whether it holds an ErrorResponse, and the last transaction status sent.
 */
function filterResponse(bytes, dropReady) {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keep = [];
  let failed = false;
  let status = null;
  let offset = 0;
  while (offset + 5 <= data.length) {
    const type = String.fromCharCode(data[offset]);
    const end = offset + 1 + data.readInt32BE(offset + 1);
    if (type === "E") failed = true;
    if (type === "Z" && dropReady) {
      offset = end;
      continue;
    }
    if (type === "Z") status = String.fromCharCode(data[offset + 5]);
    keep.push(data.subarray(offset, end));
    offset = end;
  }
  if (offset < data.length) keep.push(data.subarray(offset));
  return { out: Buffer.concat(keep), failed, status };
}

function serve(db, lock, socket, connections) {
  const connection = { socket, done: Promise.resolve() };
  connections.add(connection);
  let buffer = Buffer.alloc(0);
  let started = false;
  let skipUntilSync = false;
  let closed = false;

  const execute = (message) => db.runExclusive(() => db.execProtocolRaw(message));

  async function handle(message, type) {
    if (closed) return;
    if (type === "X") {
      socket.end();
      return;
    }
    if (skipUntilSync && type !== "S") return;
    await lock.acquire(connection);
    if (closed) return;
    const dropReady = EXTENDED.has(type);
    const { out, failed, status } = filterResponse(await execute(message), dropReady);
    if (dropReady && failed) skipUntilSync = true;
    if (type === "S") skipUntilSync = false;
    if (out.length > 0 && socket.writable) socket.write(out);
    if (status === "I") lock.release(connection);
  }

  function enqueue(message, type) {
    connection.done = connection.done.then(() => handle(message, type)).catch(fail);
  }

  function fail(error) {
    console.error(`[pglite] ${error instanceof Error ? error.message : String(error)}`);
    socket.destroy();
  }

  socket.setNoDelay(true);
  socket.on("data", (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (!started) {
        // Startup phase: Int32 length, Int32 code, no type byte.
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          socket.write("N"); // no TLS/GSS: the client goes on in plain text
        } else if (code === CANCEL_REQUEST) {
          socket.end();
          return;
        } else {
          started = true;
          enqueue(message, "startup");
        }
        continue;
      }
      if (buffer.length < 5) return;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const message = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      enqueue(message, String.fromCharCode(message[0]));
    }
  });

  const cleanup = () => {
    if (closed) return connection.done;
    closed = true;
    connection.done = connection.done
      .then(async () => {
        if (lock.owner !== connection) return;
        // Mid-exchange or mid-transaction: end the exchange, roll back what is open.
        const { status } = filterResponse(await execute(SYNC), false);
        if (status !== "I" || db.isInTransaction()) await db.exec("ROLLBACK");
      })
      .catch((error) => console.error(`[pglite] cleanup: ${error?.message ?? error}`))
      .finally(() => {
        lock.forget(connection);
        connections.delete(connection);
      });
    return connection.done;
  };
  connection.close = () => {
    socket.destroy();
    return cleanup();
  };
  socket.on("close", cleanup);
  socket.on("error", () => socket.destroy());
}

async function start({ dataDir, port }) {
  // Contrib extensions load only when passed here; the migrations need btree_gist.
  const db = await PGlite.create(dataDir, { extensions: { btree_gist } });
  const lock = new SessionLock();
  const connections = new Set();
  const server = net.createServer((socket) => serve(db, lock, socket, connections));
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", resolve);
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const stop = async () => {
    const closing = new Promise((resolve) => server.close(resolve));
    await Promise.all([...connections].map((connection) => connection.close()));
    await closing;
    await db.close();
  };
  return { port: server.address().port, stop };
}

try {
  const { port, stop } = await start(workerData);
  parentPort.on("message", async (message) => {
    if (message?.type !== "stop") return;
    try {
      await stop();
    } finally {
      parentPort.postMessage({ type: "stopped" });
      parentPort.close();
    }
  });
  parentPort.postMessage({ type: "ready", port });
} catch (error) {
  parentPort.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  parentPort.close();
}
