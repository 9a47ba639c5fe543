import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { db } from "@/lib/db";
import { escalateNow } from "@/lib/escalation/mutations";
import { declareIncident } from "@/lib/incidents/mutations";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { attachRealtime, type RealtimeServer } from "@/lib/realtime/server";
import { addNote } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { demoUser } from "@/test/users";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let httpServer: Server;
let io: RealtimeServer;
let origin: string;
let commander: SignedInUser;

beforeAll(async () => {
  httpServer = createServer();
  io = attachRealtime(httpServer);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  commander = await demoUser("commander");
});

afterAll(async () => {
  await new Promise((resolve) => io.close(resolve));
});

async function openAs(user: SignedInUser): Promise<Client> {
  const { token } = await createApiToken(user, { name: "test" });
  const socket: Client = connect(origin, { auth: { token }, transports: ["websocket"], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.on("connect", resolve);
    socket.on("connect_error", reject);
  });
  return socket;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the incident list's signal", () => {
  it("tells every signed-in socket which incident changed, carrying its id alone, once the change can be read", async () => {
    const viewer = await openAs(await demoUser("viewer"));
    // What the list would read as each signal arrives: the change must already be committed.
    const seen: { change: object; done: number }[] = [];
    viewer.on("incidents:changed", async (change) => {
      seen.push({ change, done: await db().checklistItem.count({ where: { incidentId: change.incidentId, done: true } }) });
    });
    const { id } = await declareIncident(commander, { title: "Signalled", services: [{ key: "database", impact: "down" }] });
    await expect.poll(() => seen.map(({ change }) => change), { timeout: 2_000 }).toContainEqual({ incidentId: id });
    await settle(600);
    seen.length = 0;

    const item = await db().checklistItem.findFirstOrThrow({ where: { incidentId: id }, orderBy: { position: "asc" } });
    await setChecklistItem(commander, id, item.id, { done: true, version: item.version });
    await expect.poll(() => seen, { timeout: 2_000 }).toEqual([{ change: { incidentId: id }, done: 1 }]);
    viewer.close();
  });

  it("stays quiet for a note, which the list does not show, and for a refused change", async () => {
    const { id } = await declareIncident(commander, { title: "Quiet", services: [{ key: "database", impact: "down" }] });
    const responder = await openAs(await demoUser("responder"));
    await settle(600);
    const signals: string[] = [];
    responder.on("incidents:changed", ({ incidentId }) => signals.push(incidentId));
    await addNote(commander, id, { body: "Looking at the replica" });
    const item = await db().checklistItem.findFirstOrThrow({ where: { incidentId: id }, orderBy: { position: "asc" } });
    await expect(setChecklistItem(commander, id, item.id, { done: true, version: item.version + 5 })).rejects.toMatchObject({ kind: "conflict" });
    await settle(700);
    expect(signals.filter((incidentId) => incidentId === id)).toEqual([]);
    responder.close();
  });
});

describe("notifications pushed", () => {
  it("tells the paged user's own sockets once their notification is committed, and nobody else", async () => {
    const { id } = await declareIncident(commander, { title: "Paging", services: [{ key: "database", impact: "down" }] });
    // The first level of the matrix that pages a Muster user (level 2 brings in the commander).
    const levels = await db().escalationLevel.findMany({
      orderBy: { afterMinutes: "asc" },
      include: { targets: { include: { contact: { select: { userId: true } } } } },
    });
    const pagingAt = levels.findIndex((level) => level.targets.some(({ contact }) => contact.userId));
    expect(pagingAt).toBeGreaterThanOrEqual(0);
    const pagedIds = levels[pagingAt].targets.flatMap(({ contact }) => (contact.userId ? [contact.userId] : []));
    const paged = await db().user.findUniqueOrThrow({ where: { id: pagedIds[0] } });
    const viewer = await demoUser("viewer");
    expect(pagedIds).not.toContain(viewer.id);
    const [pagedSocket, viewerSocket] = [await openAs(paged as SignedInUser), await openAs(viewer)];
    const unreadWhenTold: number[] = [];
    pagedSocket.on("notifications:changed", async () => {
      unreadWhenTold.push(await db().notification.count({ where: { userId: paged.id, incidentId: id } }));
    });
    let viewerTold = 0;
    viewerSocket.on("notifications:changed", () => viewerTold++);

    for (let level = 0; level < pagingAt; level++) await escalateNow(commander, id, { reason: "Still down" });
    await settle(300);
    unreadWhenTold.length = 0;
    await escalateNow(commander, id, { reason: "Database still down" });
    await expect.poll(() => unreadWhenTold, { timeout: 2_000 }).toEqual([1]);
    await settle(300);
    expect(viewerTold).toBe(0);
    pagedSocket.close();
    viewerSocket.close();
  });
});
