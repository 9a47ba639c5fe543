// The bench's ceiling for a tick: plain HTTP and a plain Socket.IO server on Muster's own
// PostgreSQL, doing only what a tick cannot do without — one compare-and-set UPDATE of the item,
// then one broadcast to the incident's room. No sign-in, no framework, no timeline row. It speaks
// the few calls the bench's rounds make, so the same load runs against it and against Muster.
// Run by bare-tick-stack.ts; prints the port it listens on.
//   DATABASE_URL=<Muster's database> node --import tsx bench/bare-tick-server.ts
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { Server } from "socket.io";

type Item = { id: string; done: boolean; version: number };
type TickEvent = { incidentId: string; seq: number; type: "checklist.item_updated"; data: { itemId: string; done: boolean; version: number } };
type TickAnswer = { status: 200; item: Item } | { status: 409; current: Item } | { status: 404 };

// pg's default pool size, as Muster's Prisma adapter uses.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const httpServer = createServer((request, response) => {
  answer(request, response).catch((error: Error) => reply(response, 500, { error: error.message }));
});
httpServer.keepAliveTimeout = 65_000;
const io = new Server(httpServer, { serveClient: false });
/** What was broadcast, per incident: the bench reads it back as it reads Muster's timeline. */
const sent = new Map<string, TickEvent[]>();

async function tick(incidentId: string, itemId: string, done: boolean, version: number): Promise<TickAnswer> {
  const updated = await pool.query<Item>(
    `UPDATE "ChecklistItem" SET done = $3, version = version + 1, "updatedAt" = now()
     WHERE id = $2 AND "incidentId" = $1 AND version = $4 RETURNING id, done, version`,
    [incidentId, itemId, done, version],
  );
  const [item] = updated.rows;
  if (!item) {
    const [current] = (await pool.query<Item>(`SELECT id, done, version FROM "ChecklistItem" WHERE id = $1`, [itemId])).rows;
    return current ? { status: 409, current } : { status: 404 };
  }
  const events = sent.get(incidentId) ?? [];
  sent.set(incidentId, events);
  const event: TickEvent = { incidentId, seq: events.length + 1, type: "checklist.item_updated", data: { itemId, done: item.done, version: item.version } };
  events.push(event);
  io.to(incidentId).emit("incident:event", event);
  return { status: 200, item };
}

function reply(response: ServerResponse, status: number, body: unknown) {
  const bytes = JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(bytes) }).end(bytes);
}

async function readJson(request: IncomingMessage): Promise<{ done: boolean; version: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString());
}

async function answer(request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? "/", "http://bare");
  const [, api, incidents, incidentId, part, itemId] = url.pathname.split("/");
  if (api !== "api" || incidents !== "incidents" || !incidentId) return reply(response, 404, { error: "not found" });
  if (request.method === "PATCH" && part === "checklist" && itemId) {
    const { done, version } = await readJson(request);
    const outcome = await tick(incidentId, itemId, done, version);
    if (outcome.status === 200) return reply(response, 200, outcome.item);
    return reply(response, outcome.status, outcome.status === 409 ? { current: outcome.current } : { error: "no such item" });
  }
  if (request.method === "GET" && part === "events") {
    const afterSeq = Number(url.searchParams.get("afterSeq") ?? 0);
    return reply(response, 200, (sent.get(incidentId) ?? []).filter((event) => event.seq > afterSeq));
  }
  if (request.method === "GET" && part === undefined) {
    const checklist = await pool.query<Item>(`SELECT id, done, version FROM "ChecklistItem" WHERE "incidentId" = $1 ORDER BY position`, [incidentId]);
    return reply(response, 200, { id: incidentId, checklist: checklist.rows });
  }
  reply(response, 404, { error: "not found" });
}

io.on("connection", (socket) => {
  socket.on("incident:join", ({ incidentId }: { incidentId: string }, ack: (reply: unknown) => void) => {
    void socket.join(incidentId);
    ack({ ok: true, result: [] });
  });
  socket.on("checklist:set", (request: { incidentId: string; itemId: string; done: boolean; version: number }, ack: (reply: unknown) => void) => {
    tick(request.incidentId, request.itemId, request.done, request.version).then(
      (outcome) =>
        ack(
          outcome.status === 200
            ? { ok: true, result: outcome.item }
            : { ok: false, status: outcome.status, error: "refused", ...(outcome.status === 409 && { current: outcome.current }) },
        ),
      (error: Error) => ack({ ok: false, status: 500, error: error.message }),
    );
  });
});
httpServer.listen(0, "127.0.0.1", () => console.log((httpServer.address() as AddressInfo).port));
