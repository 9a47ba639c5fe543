"use client";
// One Socket.IO connection per tab, on the page's own origin: the session cookie authenticates it.
// Its library loads after the page is on screen, not with the page's first script.
import type { Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: LiveSocket | null = null;
let opening: Promise<LiveSocket> | null = null;

function liveSocket(): Promise<LiveSocket> {
  opening ??= import("socket.io-client").then(({ io }) => {
    socket = io({ transports: ["websocket"] });
    // A phone that loses its network says so at once; waiting for the heartbeat would take ~45 s.
    window.addEventListener("offline", () => socket?.disconnect());
    window.addEventListener("online", () => socket?.connect());
    return socket;
  });
  return opening;
}

/** The tab's socket if it is open and connected now; null until then. */
export function connectedSocket(): LiveSocket | null {
  return socket?.connected ? socket : null;
}

/**
 * Follows the socket once it is there: `follow` subscribes and returns its own undoing. Returns what
 * undoes it all, for an effect's cleanup, also when it runs before the socket came.
 */
export function onLiveSocket(follow: (socket: LiveSocket) => () => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  void liveSocket().then((opened) => {
    if (!stopped) stop = follow(opened);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
