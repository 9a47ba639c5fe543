import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getIncident } from "@/lib/incidents/data";
import { markServiceRestored, recordRtoBreaches } from "@/lib/recovery/mutations";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

const declareAt = (detectedAt: string) => declareOutage(undefined, { detectedAt });

describe("the RTO clock", () => {
  it("records the achieved recovery time and whether it met the RTO", async () => {
    const { id } = await declareAt("2026-11-25T10:00:00Z");
    const restored = await markServiceRestored(await demoUser("commander"), id, "database", {
      restoredAt: "2026-11-25T10:42:00Z",
      dataLossMinutes: 5,
    });
    expect(restored).toMatchObject({ recoveryMinutes: 42, dataLossMinutes: 5 });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: id, type: "service.restored" } });
    expect(event.data).toMatchObject({ service: { key: "database" }, recoveryMinutes: 42, withinRto: true, rpoTargetMinutes: 15 });
  });

  it("holds steps until the services they depend on are restored", async () => {
    const { id } = await declareAt("2026-11-25T10:00:00Z");
    const waiting = (incident: Awaited<ReturnType<typeof getIncident>>) =>
      incident.checklist.find((item) => item.command?.endsWith("gradual-service-start.sh"))?.waitingFor;
    expect(waiting(await getIncident(await demoUser("viewer"), id))).toEqual(["Database"]);
    await markServiceRestored(await demoUser("commander"), id, "database", {});
    expect(waiting(await getIncident(await demoUser("viewer"), id))).toEqual([]);
  });

  it("records each breach once, at its deadline, however often it is checked", async () => {
    const { id } = await declareAt("2026-11-25T08:00:00Z");
    await markServiceRestored(await demoUser("commander"), id, "database", { restoredAt: "2026-11-25T08:30:00Z" });
    const now = new Date("2026-11-25T09:30:00Z"); // past Core API's 1 h deadline, before Web Application's 2 h
    const [first, second] = await Promise.all([recordRtoBreaches(now), recordRtoBreaches(now)]);
    const breaches = await db().timelineEvent.findMany({ where: { incidentId: id, type: "service.rto_breached" } });
    expect(breaches.map((event) => (event.data as { service: { key: string } }).service.key)).toEqual(["core-api"]);
    expect(breaches[0].occurredAt.toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(first.length + second.length).toBe(1);
    expect(await recordRtoBreaches(now)).toEqual([]);
  });

  it("does not count breaches for incidents that are resolved", async () => {
    const { id } = await declareAt("2026-11-24T08:00:00Z");
    await moveAlong(await demoUser("commander"), id);
    await recordRtoBreaches(new Date("2026-11-25T12:00:00Z"));
    expect(await db().incidentService.count({ where: { incidentId: id, breachedAt: { not: null } } })).toBe(0);
  });

  it("refuses to restore twice, an unaffected service, a time before detection, and a viewer", async () => {
    const { id } = await declareAt("2026-11-25T10:00:00Z");
    const commander = await demoUser("commander");
    await markServiceRestored(commander, id, "database", {});
    await expect(markServiceRestored(commander, id, "database", {})).rejects.toMatchObject({ kind: "conflict" });
    await expect(markServiceRestored(commander, id, "analytics", {})).rejects.toMatchObject({ kind: "not_found" });
    await expect(markServiceRestored(commander, id, "core-api", { restoredAt: "2026-11-25T09:00:00Z" })).rejects.toMatchObject({
      kind: "invalid",
      field: "restoredAt",
    });
    await expect(markServiceRestored(await demoUser("viewer"), id, "core-api", {})).rejects.toMatchObject({ kind: "forbidden" });
    expect(await db().incidentService.count({ where: { incidentId: id, restoredAt: { not: null } } })).toBe(1);
  });
});
