"use client";
// One Socket.IO connection per tab, on the page's own origin: the session cookie authenticates it.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: LiveSocket | null = null;

export function liveSocket(): LiveSocket {
  if (!socket) {
    socket = io({ transports: ["websocket"] });
    // A phone that loses its network says so at once; waiting for the heartbeat would take ~45 s.
    window.addEventListener("offline", () => socket?.disconnect());
    window.addEventListener("online", () => socket?.connect());
  }
  return socket;
}
