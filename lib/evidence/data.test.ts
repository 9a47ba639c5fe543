import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyIncidentChain } from "@/lib/evidence/data";
import { addNote } from "@/lib/timeline/mutations";
import { seedDemoHistory } from "@/prisma/seeders/demo-history";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

/** An incident worked through to validation, with notes whose text JSON has to escape. */
async function workedIncident() {
  const commander = await demoUser("commander");
  const { id } = await declareOutage(commander);
  await addNote(commander, id, { body: 'Replica "db-2" lags 40 s\n— failing over\tdone ✅' });
  await moveAlong(commander, id, "validating");
  await addNote(commander, id, { body: "Zurück: café, 数据库, 🚑" });
  return { id, commander };
}

/** Changes the stored timeline behind the app's back, as someone with database access could. */
function tamper(statement: (tx: Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0]) => Promise<unknown>) {
  return db().$transaction(async (tx) => {
    // Triggers (the append-only guard among them) do not fire for this transaction alone.
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await statement(tx);
  });
}

describe("the timeline's hash chain", () => {
  it("is intact for an incident worked through several events", async () => {
    const { id } = await workedIncident();
    const { lastSeq } = await db().incident.findUniqueOrThrow({ where: { id } });
    expect(lastSeq).toBeGreaterThan(6);
    expect(await verifyIncidentChain(await demoUser("viewer"), id)).toEqual({ intact: true, events: lastSeq });
  });

  it("stays intact when several people write to one incident at once", async () => {
    const { id, commander } = await workedIncident();
    await Promise.all(Array.from({ length: 8 }, (_, index) => addNote(commander, id, { body: `Note ${index}` })));
    expect(await verifyIncidentChain(commander, id)).toMatchObject({ intact: true });
  });

  it("reports the chain broken at an event altered directly in the database", async () => {
    const { id, commander } = await workedIncident();
    await tamper((tx) => tx.$executeRaw`UPDATE "TimelineEvent" SET data = jsonb_set(data, '{body}', '"Nothing to see"') WHERE "incidentId" = ${id} AND type = 'note.added' AND seq = 2`);
    expect(await verifyIncidentChain(commander, id)).toEqual({
      intact: false,
      events: expect.any(Number),
      brokenAt: { seq: 2, type: "note.added", occurredAt: expect.any(String) },
      reason: "Event 2 (note.added) does not match its hash: it, or the event before it, was changed after it was recorded.",
    });
  });

  it("reports an event removed from the middle or from the end", async () => {
    const { id, commander } = await workedIncident();
    await tamper((tx) => tx.$executeRaw`DELETE FROM "TimelineEvent" WHERE "incidentId" = ${id} AND seq = 3`);
    expect(await verifyIncidentChain(commander, id)).toMatchObject({ intact: false, brokenAt: { seq: 3, type: null }, reason: "Event 3 is missing: the timeline goes from event 2 to event 4." });

    const other = await workedIncident();
    const { lastSeq } = await db().incident.findUniqueOrThrow({ where: { id: other.id } });
    await tamper((tx) => tx.$executeRaw`DELETE FROM "TimelineEvent" WHERE "incidentId" = ${other.id} AND seq = ${lastSeq}`);
    expect(await verifyIncidentChain(commander, other.id)).toMatchObject({ intact: false, brokenAt: { seq: lastSeq, type: null } });
  });

  it("refuses an event inserted with no event before it to chain to", async () => {
    const { id } = await workedIncident();
    const { lastSeq } = await db().incident.findUniqueOrThrow({ where: { id } });
    await expect(
      db().timelineEvent.create({ data: { incidentId: id, seq: lastSeq + 2, type: "note.added", data: { body: "Out of order" }, occurredAt: new Date() } }),
    ).rejects.toThrow(/no event before it to chain to/);
  });

  it("chains the demo history the seeder writes directly", async () => {
    await seedDemoHistory(new Date("2026-12-01T09:00:00Z"));
    const viewer = await demoUser("viewer");
    const demo = await db().incident.findMany({ where: { isDemo: true }, select: { id: true } });
    expect(demo.length).toBeGreaterThan(0);
    for (const { id } of demo) expect(await verifyIncidentChain(viewer, id)).toMatchObject({ intact: true });
  });
});
