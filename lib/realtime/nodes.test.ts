import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { io as connect } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { declareIncident } from "@/lib/incidents/mutations";
import { attachRealtime, type RealtimeServer } from "@/lib/realtime/server";
import { addNote } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import { demoUser } from "@/test/users";

type Node = { http: Server; io: RealtimeServer; pool: pg.Pool; origin: string };
const nodes: Node[] = [];

async function startNode(): Promise<Node> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 });
  const http = createServer();
  const io = attachRealtime(http, { pool });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const node = { http, io, pool, origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  nodes.push(node);
  return node;
}

afterAll(async () => {
  for (const node of nodes) {
    await new Promise((resolve) => node.io.close(resolve));
    await node.pool.end();
  }
});

describe("several nodes on one database", () => {
  it("delivers an event committed on one node to a client connected to another", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, { title: "Two nodes", services: [{ key: "redis", impact: "down" }] });
    const second = await startNode();
    await startNode(); // the node whose process commits (the last attached broadcasts)
    const { token } = await createApiToken(await demoUser("viewer"), { name: "node test" });
    const client = connect(second.origin, { auth: { token }, transports: ["websocket"], reconnection: false });
    await new Promise<void>((resolve, reject) => {
      client.on("connect", resolve);
      client.on("connect_error", reject);
    });
    await new Promise((resolve) => client.emit("incident:join", { incidentId: id, afterSeq: 1 }, resolve));
    const arrived = new Promise<IncidentEvent>((resolve) => client.on("incident:event", resolve));
    await addNote(commander, id, { body: "From the other node" });
    expect(await arrived).toMatchObject({ incidentId: id, seq: 2, type: "note.added", data: { body: "From the other node" } });
    client.close();
  });
});
