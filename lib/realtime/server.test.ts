import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { attachRealtime, UNAUTHORISED, type RealtimeServer } from "@/lib/realtime/server";

const SECRET = "test-secret-that-is-long-enough-for-next-auth";
let httpServer: Server;
let io: RealtimeServer;
let origin: string;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  httpServer = createServer();
  io = attachRealtime(httpServer);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => io.close(resolve));
});

function open(cookie?: string): Socket<ServerToClientEvents, ClientToServerEvents> {
  return connect(origin, { transports: ["websocket"], extraHeaders: cookie ? { cookie } : {}, reconnection: false });
}

function connectError(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.on("connect", () => reject(new Error("connected without a valid session")));
    socket.on("connect_error", (error) => resolve(error.message));
  });
}

async function sessionCookie(sub: string, secret = SECRET) {
  return `next-auth.session-token=${await encode({ token: { sub }, secret })}`;
}

describe("socket handshake", () => {
  it("refuses a connection without a session", async () => {
    const socket = open();
    expect(await connectError(socket)).toBe(UNAUTHORISED);
    socket.close();
  });

  it("refuses a session signed with another secret", async () => {
    const viewer = await db().user.findFirstOrThrow({ where: { role: "viewer" } });
    const socket = open(await sessionCookie(viewer.id, "a-different-secret-of-sufficient-length"));
    expect(await connectError(socket)).toBe(UNAUTHORISED);
    socket.close();
  });

  it("refuses a session whose user no longer exists", async () => {
    const socket = open(await sessionCookie("no-such-user"));
    expect(await connectError(socket)).toBe(UNAUTHORISED);
    socket.close();
  });

  it("accepts the session cookie and knows the user's current role", async () => {
    const commander = await db().user.findFirstOrThrow({ where: { role: "commander" } });
    const socket = open(await sessionCookie(commander.id));
    const session = await new Promise((resolve) => socket.emit("session:whoami", resolve));
    expect(session).toEqual({ id: commander.id, name: commander.name, role: "commander" });
    socket.close();
  });
});
