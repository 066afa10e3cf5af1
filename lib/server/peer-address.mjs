// The connection's address as a request header, for lib/http/client-ip.ts. Whatever a client
// sends under this name is replaced; a client cannot choose the address of its own socket.

export const PEER_HEADER = "x-stellwerk-peer";

/**
 * Wraps a Node request handler: sets PEER_HEADER to the socket's remote address, and tells the
 * app (globalThis.__stellwerkPeerHeader) that it may rely on it.
 * @param {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => unknown} handle
 */
export function withPeerAddress(handle) {
  globalThis.__stellwerkPeerHeader = PEER_HEADER;
  return (request, response) => {
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
    return handle(request, response);
  };
}
