import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { endSession, startSession } from "@/lib/auth/mutations";
import { db } from "@/lib/db";
import { CROSS_SITE_REFUSED } from "@/lib/http/same-origin";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { attachRealtime, UNAUTHORISED, type RealtimeServer } from "@/lib/realtime/server";
import { declareOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

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

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket as a browser on Muster's own page opens it (its Origin), or from `from`. */
function open(cookie?: string, from = origin): Client {
  return connect(origin, { transports: ["websocket"], extraHeaders: { origin: from, ...(cookie ? { cookie } : {}) }, reconnection: false });
}

function openWithToken(token: string, from: string): Client {
  return connect(origin, { transports: ["websocket"], auth: { token }, extraHeaders: { origin: from }, reconnection: false });
}

function connected(socket: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.on("connect", resolve);
    socket.on("connect_error", reject);
  });
}

function disconnected(socket: Client): Promise<string> {
  return new Promise((resolve) => socket.on("disconnect", resolve));
}

function connectError(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.on("connect", () => reject(new Error("connected without a valid session")));
    socket.on("connect_error", (error) => resolve(error.message));
  });
}

async function cookieFor(token: { sub: string; sid?: string }, secret = SECRET) {
  return `next-auth.session-token=${await encode({ token, secret })}`;
}

/** A signed-in session of the user, as sign-in starts it, and its cookie. */
async function signIn(userId: string) {
  const sessionId = await startSession(userId);
  return { sessionId, cookie: await cookieFor({ sub: userId, sid: sessionId }) };
}

describe("socket handshake", () => {
  it("refuses a connection without a session", async () => {
    const socket = open();
    expect(await connectError(socket)).toBe(UNAUTHORISED);
    socket.close();
  });

  it("refuses a session signed with another secret", async () => {
    const viewer = await db().user.findFirstOrThrow({ where: { role: "viewer" } });
    const { sessionId } = await signIn(viewer.id);
    const socket = open(await cookieFor({ sub: viewer.id, sid: sessionId }, "a-different-secret-of-sufficient-length"));
    expect(await connectError(socket)).toBe(UNAUTHORISED);
    socket.close();
  });

  it("refuses a session whose user no longer exists", async () => {
    const socket = open(await cookieFor({ sub: "no-such-user", sid: "no-such-session" }));
    expect(await connectError(socket)).toBe(UNAUTHORISED);
    socket.close();
  });

  it("accepts the session cookie and knows the user's current role", async () => {
    const commander = await db().user.findFirstOrThrow({ where: { role: "commander" } });
    const socket = open((await signIn(commander.id)).cookie);
    const session = await new Promise((resolve) => socket.emit("session:whoami", resolve));
    expect(session).toEqual({ id: commander.id, name: commander.name, role: "commander" });
    socket.close();
  });

  it("refuses a cookie without a session on the server, as issued before sessions ended on sign-out", async () => {
    const commander = await demoUser("commander");
    const socket = open(await cookieFor({ sub: commander.id }));
    expect(await connectError(socket)).toBe(UNAUTHORISED);
    socket.close();
  });

  it("refuses a cookie socket from another origin, and accepts a token socket from anywhere", async () => {
    const commander = await demoUser("commander");
    const foreign = open((await signIn(commander.id)).cookie, "http://evil.example");
    expect(await connectError(foreign)).toBe(CROSS_SITE_REFUSED);
    foreign.close();

    const { token } = await createApiToken(commander, { name: "automation" });
    const automation = openWithToken(token, "http://automation.example");
    await connected(automation);
    automation.close();
  });
});

describe("open sockets follow the truth", () => {
  it("closes a signed-out session's socket, and refuses its cookie afterwards", async () => {
    const responder = await demoUser("responder");
    const { sessionId, cookie } = await signIn(responder.id);
    const socket = open(cookie);
    await connected(socket);
    const closed = disconnected(socket);
    await endSession(sessionId);
    expect(await closed).toBe("io server disconnect");

    const again = open(cookie);
    expect(await connectError(again)).toBe(UNAUTHORISED);
    again.close();
  });

  it("closes a revoked token's socket", async () => {
    const commander = await demoUser("commander");
    const { id, token } = await createApiToken(commander, { name: "to revoke" });
    const socket = openWithToken(token, origin);
    await connected(socket);
    const closed = disconnected(socket);
    await revokeApiToken(commander, id);
    expect(await closed).toBe("io server disconnect");
  });

  it("answers a demoted user's next tick 403 and changes nothing", async () => {
    const incident = await declareOutage();
    const item = await db().checklistItem.findFirstOrThrow({ where: { incidentId: incident.id }, orderBy: { position: "asc" } });
    const commander = await demoUser("commander");
    const socket = open((await signIn(commander.id)).cookie);
    await connected(socket);

    await db().user.update({ where: { id: commander.id }, data: { role: "viewer" } });
    try {
      const reply = await new Promise((resolve) =>
        socket.emit("checklist:set", { incidentId: incident.id, itemId: item.id, done: true, version: item.version }, resolve),
      );
      expect(reply).toMatchObject({ ok: false, status: 403 });
      expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(item);
    } finally {
      await db().user.update({ where: { id: commander.id }, data: { role: "commander" } });
      socket.close();
    }
  });

  it("answers a deactivated user's next command 401 and closes the socket", async () => {
    const responder = await demoUser("responder");
    const socket = open((await signIn(responder.id)).cookie);
    await connected(socket);
    const closed = disconnected(socket);
    await db().user.update({ where: { id: responder.id }, data: { deactivatedAt: new Date() } });
    try {
      const reply = await new Promise((resolve) => socket.emit("board:join", resolve));
      expect(reply).toEqual({ ok: false, error: UNAUTHORISED, status: 401 });
      expect(await closed).toBe("io server disconnect");
    } finally {
      await db().user.update({ where: { id: responder.id }, data: { deactivatedAt: null } });
    }
  });
});
