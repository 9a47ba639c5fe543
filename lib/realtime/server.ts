// Socket.IO on the same HTTP server (and port) as Next. The server alone decides which rooms a
// socket joins; a connection without a valid session is refused at the handshake.
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "@/lib/realtime/events";
import { userFromHandshake } from "@/lib/realtime/handshake";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const UNAUTHORISED = "Sign in to connect.";

export function attachRealtime(httpServer: HttpServer): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, { serveClient: false });

  io.use(async (socket, next) => {
    try {
      const user = await userFromHandshake(socket.request.headers);
      if (!user) return next(new Error(UNAUTHORISED));
      socket.data.user = user;
      next();
    } catch (error) {
      console.error("Socket handshake failed", error);
      next(new Error("The server could not check this connection."));
    }
  });

  io.on("connection", (socket) => {
    const { id, name, role } = socket.data.user;
    socket.join(`user:${id}`);
    socket.on("session:whoami", (ack) => {
      if (typeof ack === "function") ack({ id, name, role });
    });
  });

  return io;
}
