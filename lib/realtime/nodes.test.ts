import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { db } from "@/lib/db";
import { escalateNow } from "@/lib/escalation/mutations";
import { declareIncident } from "@/lib/incidents/mutations";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { publishIncidentEvents, registerRealtimeServer } from "@/lib/realtime/publish";
import { attachRealtime, type RealtimeServer } from "@/lib/realtime/server";
import { addNote } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { demoUser } from "@/test/users";

type Node = { http: Server; io: RealtimeServer; pool: pg.Pool; origin: string };
type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const nodes: Node[] = [];
const clients: Client[] = [];
let commander: SignedInUser;
let viewer: SignedInUser;

/** A node on the test's database; the last one started is the node this process commits through. */
async function startNode(): Promise<Node> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  const http = createServer();
  const io = attachRealtime(http, { pool });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const node = { http, io, pool, origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  nodes.push(node);
  return node;
}

async function threeNodes() {
  while (nodes.length < 3) await startNode();
  return nodes;
}

async function connectTo(node: Node, token: string): Promise<Client> {
  const client: Client = connect(node.origin, { auth: { token }, transports: ["websocket"], reconnection: false });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.on("connect", resolve);
    client.on("connect_error", reject);
  });
  return client;
}

/** Where the incident's timeline stands; events up to here may still reach a node that joins now. */
async function lastSeq(incidentId: string) {
  return (await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).lastSeq;
}

function joinIncident(client: Client, incidentId: string, afterSeq: number) {
  return new Promise<IncidentEvent[]>((resolve, reject) =>
    client.emit("incident:join", { incidentId, afterSeq }, (reply) => (reply.ok ? resolve(reply.result) : reject(reply))),
  );
}

beforeAll(async () => {
  commander = await demoUser("commander");
  viewer = await demoUser("viewer");
});

afterAll(async () => {
  clients.forEach((client) => client.close());
  for (const node of nodes) {
    await new Promise((resolve) => node.io.close(resolve));
    await node.pool.end();
  }
});

describe("several nodes on one database", () => {
  it("delivers an event committed on one node to a client connected to another", async () => {
    const { id } = await declareIncident(commander, { title: "Two nodes", services: [{ key: "redis", impact: "down" }] });
    const second = await startNode();
    await startNode(); // the node whose process commits
    const { token } = await createApiToken(viewer, { name: "node test" });
    const client = await connectTo(second, token);
    await joinIncident(client, id, 1);
    const arrived = new Promise<IncidentEvent>((resolve) => client.on("incident:event", resolve));
    await addNote(commander, id, { body: "From the other node" });
    expect(await arrived).toMatchObject({ incidentId: id, seq: 2, type: "note.added", data: { body: "From the other node" } });
  });

  it("delivers an incident's events committed on two nodes at once to a client on each node, each once and in sequence order", async () => {
    const { id } = await declareIncident(commander, { title: "Three nodes", services: [{ key: "database", impact: "down" }] });
    const [first, second, third] = await threeNodes();
    const { token } = await createApiToken(viewer, { name: "order test" });
    const watchers = await Promise.all(nodes.map((node) => connectTo(node, token)));
    const afterSeq = await lastSeq(id);
    const seen = watchers.map(() => [] as number[]);
    watchers.forEach((watcher, index) => watcher.on("incident:event", (event) => event.seq > afterSeq && seen[index].push(event.seq)));
    await Promise.all(watchers.map((watcher) => joinIncident(watcher, id, afterSeq)));

    // One process holds every node here, so each note is published from the node the test names
    // the moment its transaction commits, as that node's own process would.
    registerRealtimeServer(undefined);
    try {
      const commitThrough = (node: Node, body: string) =>
        addNote(commander, id, { body }).then((event) => publishIncidentEvents([event], node.io));
      // One note first, so every node knows where this incident is before the race.
      await commitThrough(third, "Before the race");
      await expect.poll(() => seen.map((seqs) => seqs.length), { timeout: 5_000 }).toEqual([1, 1, 1]);
      const racing = 40;
      await Promise.all(Array.from({ length: racing }, (_, index) => commitThrough(index % 2 ? first : second, `Note ${index}`)));

      const expected = Array.from({ length: racing + 1 }, (_, index) => afterSeq + 1 + index);
      await expect.poll(() => seen.map((seqs) => seqs.length), { timeout: 5_000 }).toEqual(nodes.map(() => expected.length));
      for (const seqs of seen) expect(seqs).toEqual(expected);
    } finally {
      registerRealtimeServer(nodes.at(-1)!.io, { clustered: true });
    }
  });

  it("emits an event that arrives while its node reads the gap before it from the database once, and fills later gaps", async () => {
    const { id } = await declareIncident(commander, { title: "Gap read", services: [{ key: "redis", impact: "down" }] });
    const [node] = await threeNodes();
    const { token } = await createApiToken(viewer, { name: "gap test" });
    const client = await connectTo(node, token);
    const afterSeq = await lastSeq(id);
    const seen: number[] = [];
    client.on("incident:event", (event) => event.seq > afterSeq && seen.push(event.seq));
    await joinIncident(client, id, afterSeq);
    const note = (body: string) => addNote(commander, id, { body });
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    registerRealtimeServer(undefined);
    try {
      publishIncidentEvents([await note("Known to the node")], node.io);
      await expect.poll(() => seen).toEqual([afterSeq + 1]);
      const late = await note("Late");
      const overtaking = await note("Overtaking");
      // The node's read of the late event waits behind this lock, and the late event arrives meanwhile.
      await locker.query("BEGIN");
      await locker.query(`LOCK TABLE "TimelineEvent" IN ACCESS EXCLUSIVE MODE`);
      publishIncidentEvents([overtaking], node.io);
      const blockedReads = `SELECT count(*)::int AS count FROM pg_locks WHERE NOT granted AND relation = '"TimelineEvent"'::regclass`;
      await expect.poll(async () => (await locker.query(blockedReads)).rows[0].count, { timeout: 5_000 }).toBeGreaterThan(0);
      publishIncidentEvents([late], node.io);
      await expect.poll(() => seen).toEqual([1, 2, 3].map((offset) => afterSeq + offset));
      await locker.query("COMMIT");

      const neverPublished = await note("Never published");
      publishIncidentEvents([neverPublished, await note("After it")].slice(1), node.io);
      await expect.poll(() => seen, { timeout: 5_000 }).toEqual([1, 2, 3, 4, 5].map((offset) => afterSeq + offset));
    } finally {
      await locker.end();
      registerRealtimeServer(nodes.at(-1)!.io, { clustered: true });
    }
  });

  it("pushes the board's change to its viewers on every node, whichever node committed it", async () => {
    const { id } = await declareIncident(commander, { title: "Board on three nodes", services: [{ key: "redis", impact: "down" }] });
    await threeNodes();
    const { token } = await createApiToken(viewer, { name: "board test" });
    const boards = await Promise.all(nodes.map((node) => connectTo(node, token)));
    const signals = boards.map(() => 0);
    await Promise.all(boards.map((board) => new Promise((resolve) => board.emit("board:join", resolve))));
    // Outside the gathering window of the board signals before.
    await new Promise((resolve) => setTimeout(resolve, 600));
    boards.forEach((board, index) => board.on("board:update", () => signals[index]++));
    await escalateNow(commander, id, { reason: "Seen on every board" });
    await expect.poll(() => signals, { timeout: 2_000 }).toEqual([1, 1, 1]);
  });

  it("closes a revoked token's sockets on every node", async () => {
    await threeNodes();
    const { id: tokenId, token } = await createApiToken(viewer, { name: "revoked on every node" });
    const sockets = await Promise.all(nodes.map((node) => connectTo(node, token)));
    const closed = sockets.map((socket) => new Promise((resolve) => socket.on("disconnect", resolve)));
    await revokeApiToken(viewer, tokenId);
    await Promise.all(closed);
    expect(sockets.map((socket) => socket.connected)).toEqual([false, false, false]);
  });
});
