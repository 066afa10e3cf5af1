import type { IncomingMessage, ServerResponse } from "node:http";

export declare const PEER_HEADER: string;
export declare function withPeerAddress(
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
): (request: IncomingMessage, response: ServerResponse) => unknown;
