import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/mutations";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { attachRealtime, type RealtimeServer } from "@/lib/realtime/server";
import { publishIncidentEvents } from "@/lib/realtime/publish";
import { jsonify } from "@/lib/json";
import { applyBoardUpdate, type BoardUpdate } from "@/lib/status-board/changes";
import { readStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";
import type { StatusBoardView } from "@/lib/status-board/types";
import { REPLAY_LIMIT } from "@/lib/timeline/data";
import { addNote, appendEvent } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { addManyNotes, declareOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let httpServer: Server;
let io: RealtimeServer;
let origin: string;
let commander: SignedInUser;
let incidentId: string;

beforeAll(async () => {
  httpServer = createServer();
  io = attachRealtime(httpServer);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  commander = await demoUser("commander");
  incidentId = (await declareIncident(commander, { title: "Live", services: [{ key: "database", impact: "down" }] })).id;
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

function joinIncident(socket: Client, incident: string, afterSeq: number) {
  return new Promise<IncidentEvent[]>((resolve, reject) =>
    socket.emit("incident:join", { incidentId: incident, afterSeq }, (reply) => (reply.ok ? resolve(reply.result) : reject(reply))),
  );
}

const join = (socket: Client, afterSeq: number) => joinIncident(socket, incidentId, afterSeq);

/**
 * The next `count` events after `afterSeq`. An event committed before the client joined may still
 * be on its way to it; a client drops what it has already (clients merge by seq), so it is not new.
 */
function nextEvents(socket: Client, count: number, afterSeq: number) {
  return new Promise<IncidentEvent[]>((resolve) => {
    const seen: IncidentEvent[] = [];
    socket.on("incident:event", (event) => {
      if (event.seq <= afterSeq) return;
      seen.push(event);
      if (seen.length === count) resolve(seen);
    });
  });
}

describe("live incident events", () => {
  it("authenticates with an API token and replays what came after the client's last seq, then goes live", async () => {
    await addNote(commander, incidentId, { body: "first" });
    await addNote(commander, incidentId, { body: "second" });
    const socket = await openAs(await demoUser("viewer"));
    const replayed = await join(socket, 1);
    expect(replayed.map((event) => [event.seq, event.type === "note.added" ? event.data.body : event.type])).toEqual([
      [2, "first"],
      [3, "second"],
    ]);
    const live = nextEvents(socket, 1, 3);
    await addNote(commander, incidentId, { body: "third" });
    expect(await live).toMatchObject([{ incidentId, seq: 4, type: "note.added", actor: { id: commander.id }, data: { body: "third" } }]);
    socket.close();
  });

  it("broadcasts each committed change once to every joined client, and nothing that was refused", async () => {
    const [a, b] = [await openAs(await demoUser("viewer")), await openAs(await demoUser("responder"))];
    const afterSeq = (await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).lastSeq;
    await Promise.all([join(a, afterSeq), join(b, afterSeq)]);
    const received = [nextEvents(a, 2, afterSeq), nextEvents(b, 2, afterSeq)];
    const item = await db().checklistItem.findFirstOrThrow({ where: { incidentId }, orderBy: { position: "asc" } });
    await setChecklistItem(commander, incidentId, item.id, { done: true, version: item.version });
    await expect(setChecklistItem(commander, incidentId, item.id, { done: false, version: item.version })).rejects.toThrow();
    await addNote(commander, incidentId, { body: "after the refusal" });
    for (const events of await Promise.all(received)) {
      expect(events.map((event) => [event.seq, event.type])).toEqual([
        [afterSeq + 1, "checklist.item_updated"],
        [afterSeq + 2, "note.added"],
      ]);
    }
    a.close();
    b.close();
  });

  it("sends each incident's events in sequence order while 20 writers commit at once", async () => {
    const { id: busy } = await declareIncident(commander, {
      title: "Busy war room",
      scenarioKey: "database-corruption-loss",
      services: [{ key: "database", impact: "down" }],
    });
    const clients = [await openAs(await demoUser("viewer")), await openAs(await demoUser("responder")), await openAs(commander)];
    const afterSeq = 1;
    await Promise.all(clients.map((client) => joinIncident(client, busy, afterSeq)));
    const seen = clients.map(() => [] as number[]);
    // The declaration's own event may still be on its way when they join: a client drops what it
    // has already (clients merge by seq), so only what comes after afterSeq is theirs to order.
    clients.forEach((client, index) => client.on("incident:event", (event) => event.seq > afterSeq && seen[index].push(event.seq)));
    // The scenario's checklist has 16 items: their tickers, and four people taking notes.
    const items = await db().checklistItem.findMany({ where: { incidentId: busy }, orderBy: { position: "asc" } });
    expect(items).toHaveLength(16);
    for (let round = 0; round < 3; round++) {
      await Promise.all([
        ...items.map(async (item) => {
          const { version } = await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } });
          await setChecklistItem(commander, busy, item.id, { done: round % 2 === 0, version });
        }),
        ...[1, 2, 3, 4].map((writer) => addNote(commander, busy, { body: `Round ${round}, writer ${writer}` })),
      ]);
    }
    const expected = Array.from({ length: 60 }, (_, index) => afterSeq + 1 + index);
    await expect.poll(() => seen.map((seqs) => seqs.length), { timeout: 5_000 }).toEqual([60, 60, 60]);
    const outOfOrder = seen.flatMap((seqs) => seqs.filter((seq, index) => index > 0 && seq <= seqs[index - 1]));
    expect(outOfOrder).toEqual([]);
    for (const seqs of seen) expect(seqs).toEqual(expected);
    clients.forEach((client) => client.close());
  });

  it("holds an event that overtook an earlier one, and reads an earlier one that never arrives from the database", async () => {
    const socket = await openAs(await demoUser("viewer"));
    const afterSeq = (await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).lastSeq;
    await join(socket, afterSeq);
    const received = nextEvents(socket, 4, afterSeq);
    // Four committed notes whose publishing is left to the test: the second's first, the first's
    // after it, the fourth's, and the third's never.
    const notes = await db().$transaction(async (tx) => {
      const appended = [];
      for (const body of ["one", "two", "three", "four"]) {
        appended.push(await appendEvent(tx, incidentId, { type: "note.added", actor: commander, data: { body } }));
      }
      return appended;
    });
    publishIncidentEvents([notes[1]]);
    publishIncidentEvents([notes[0]]);
    publishIncidentEvents([notes[3]]);
    expect((await received).map((event) => [event.seq - afterSeq, event.type === "note.added" ? event.data.body : event.type])).toEqual([
      [1, "one"],
      [2, "two"],
      [3, "three"],
      [4, "four"],
    ]);
    socket.close();
  });

  it("refuses a viewer's tick over the socket with 403, changing nothing", async () => {
    const socket = await openAs(await demoUser("viewer"));
    const item = await db().checklistItem.findFirstOrThrow({ where: { incidentId }, orderBy: { position: "desc" } });
    const before = await db().incident.findUniqueOrThrow({ where: { id: incidentId } });
    const reply = await new Promise((resolve) =>
      socket.emit("checklist:set", { incidentId, itemId: item.id, done: true, version: item.version }, resolve),
    );
    expect(reply).toEqual({ ok: false, status: 403, error: expect.stringMatching(/^Your account can follow incidents but not change them\./) });
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(item);
    expect((await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).lastSeq).toBe(before.lastSeq);
    socket.close();
  });

  it("answers a join too far behind to replay with 410, keeps it in the room, and replays a gap it can", async () => {
    const long = (await declareIncident(commander, { title: "Long", services: [{ key: "database", impact: "down" }] })).id;
    await addManyNotes(long, REPLAY_LIMIT + 1);
    const { lastSeq } = await db().incident.findUniqueOrThrow({ where: { id: long } });
    const socket = await openAs(await demoUser("viewer"));
    const reply = await new Promise((resolve) => socket.emit("incident:join", { incidentId: long, afterSeq: 0 }, resolve));
    expect(reply).toMatchObject({ ok: false, status: 410, error: "Too much has happened since: open the incident again." });
    const live = nextEvents(socket, 1, lastSeq);
    await addNote(commander, long, { body: "After the gap" });
    expect((await live).map((event) => event.seq)).toEqual([lastSeq + 1]);
    expect((await joinIncident(socket, long, lastSeq - 2)).map((event) => event.seq)).toEqual([lastSeq - 1, lastSeq, lastSeq + 1]);
    socket.close();
  });

  it("answers a join to an unknown incident with 404", async () => {
    const socket = await openAs(await demoUser("viewer"));
    const reply = await new Promise((resolve) => socket.emit("incident:join", { incidentId: "nope", afterSeq: 0 }, resolve));
    expect(reply).toMatchObject({ ok: false, status: 404 });
    socket.close();
  });

  it("pushes a board viewer what changed, so that what it holds is what a fresh read shows; a burst in few pushes, nothing when the board did not change", async () => {
    const outage = await declareOutage(commander, { title: "Board pushes" });
    const items = await db().checklistItem.findMany({ where: { incidentId: outage.id }, orderBy: { position: "asc" }, take: 10 });
    const socket = await openAs(await demoUser("viewer"));
    expect(await new Promise<{ ok: boolean }>((resolve) => socket.emit("board:join", resolve))).toMatchObject({ ok: true });
    const freshBoard = async () => jsonify(presentStatusBoard(await readStatusBoard()));
    // What the board shows, without the moment it was read.
    const content = (board: StatusBoardView) => ({ ...board, generatedAt: undefined });
    let held: StatusBoardView | undefined = await freshBoard();
    const updates: BoardUpdate[] = [];
    socket.on("board:update", (update) => {
      updates.push(update);
      held = applyBoardUpdate(held, update) ?? undefined;
    });
    // Outside the gathering window of earlier tests' changes.
    await new Promise((resolve) => setTimeout(resolve, 600));

    const doneOnBoard = () => held?.active.find((card) => card.id === outage.id)?.checklist.done;
    await setChecklistItem(commander, outage.id, items[0].id, { done: true, version: items[0].version });
    await expect.poll(doneOnBoard, { timeout: 2_000 }).toBe(1);
    expect(held && content(held)).toEqual(content(await freshBoard()));

    const beforeBurst = updates.length;
    const burstStarted = Date.now();
    for (const item of items.slice(1)) await setChecklistItem(commander, outage.id, item.id, { done: true, version: item.version });
    const burstMs = Date.now() - burstStarted;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    // At most one push per half second of the burst, and the one or two that follow it, however
    // long a loaded machine takes to write the nine ticks.
    expect(updates.length - beforeBurst).toBeGreaterThanOrEqual(1);
    expect(updates.length - beforeBurst).toBeLessThanOrEqual(3 + Math.ceil(burstMs / 500));
    await expect.poll(doneOnBoard).toBe(items.length);
    expect(held && content(held)).toEqual(content(await freshBoard()));
    // Changes, not the whole board: only the card that changed travels.
    expect(updates.at(-1)).toMatchObject({ kind: "changes", cards: [expect.objectContaining({ id: outage.id })] });

    const pushed = updates.length;
    await addNote(commander, outage.id, { body: "The board does not show notes" });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(updates.length).toBe(pushed);

    socket.emit("board:leave");
    await new Promise((resolve) => setTimeout(resolve, 600));
    await setChecklistItem(commander, outage.id, items[0].id, { done: false, version: items[0].version + 1 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(updates.length).toBe(pushed);
    socket.disconnect();
  });

});
