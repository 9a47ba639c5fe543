// Credentials as another site or a copied cookie would present them, for the origin and session
// checks: the cookie header of a signed-in context, and a handshake that reports how it ended.
import type { BrowserContext } from "@playwright/test";
import { io, type ManagerOptions, type Socket, type SocketOptions } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../lib/realtime/events";

export type RealtimeClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A context's cookies as one Cookie header, to replay from anywhere. */
export async function cookieHeader(context: BrowserContext, origin: string): Promise<string> {
  return (await context.cookies(origin)).map(({ name, value }) => `${name}=${value}`).join("; ");
}

/** Opens a WebSocket-only socket: "connected" with the socket, or "refused: <the server's reason>". */
export async function handshake(origin: string, options: Partial<ManagerOptions & SocketOptions>): Promise<{ outcome: string; socket: RealtimeClient }> {
  const socket: RealtimeClient = io(origin, { transports: ["websocket"], reconnection: false, ...options });
  const outcome = await new Promise<string>((resolve) => {
    socket.on("connect", () => resolve("connected"));
    socket.on("connect_error", (error) => resolve(`refused: ${error.message}`));
  });
  return { outcome, socket };
}
