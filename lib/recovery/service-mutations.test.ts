import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { markServiceRestored, recordRtoBreaches, undoServiceRestore } from "@/lib/recovery/mutations";
import { addAffectedService, changeServiceImpact, removeAffectedService } from "@/lib/recovery/service-mutations";
import { joinIncident } from "@/lib/incident-roles/mutations";
import { declareOutage, resolvedOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

async function snapshot(incidentId: string) {
  return {
    services: await db().incidentService.findMany({ where: { incidentId }, orderBy: { id: "asc" } }),
    events: await db().timelineEvent.count({ where: { incidentId } }),
  };
}

const lastEvent = (incidentId: string) => db().timelineEvent.findFirstOrThrow({ where: { incidentId }, orderBy: { seq: "desc" } });

describe("the affected services, mended mid-incident", () => {
  it("adds a service with the deadlines declaring it would have given: its own objectives, else its tier's", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander, { detectedAt: "2026-11-25T10:00:00Z" });
    // Authentication is priority 1 in the matrix: RTO 60 min, RPO 15 min.
    const added = await addAffectedService(commander, id, { key: "authentication", impact: "down" });
    expect(added).toMatchObject({ impact: "down", rpoTargetMinutes: 15, restoredAt: null });
    expect(added.rtoDeadline.toISOString()).toBe("2026-11-25T11:00:00.000Z");
    expect(await lastEvent(id)).toMatchObject({
      type: "service.added",
      actorId: commander.id,
      data: { service: { key: "authentication", name: "Authentication" }, impact: "down", rtoDeadline: "2026-11-25T11:00:00.000Z", rpoTargetMinutes: 15 },
    });
    // A service the matrix does not rate, and nothing rated depends on, takes the incident tier's objectives.
    const tier = await db().recoveryTier.findUniqueOrThrow({ where: { severity: "critical" } });
    const unrated = await db().service.create({ data: { key: "status-widget", name: "Status widget", inPriorityMatrix: false, position: 999 } });
    const fallback = await addAffectedService(commander, id, { key: unrated.key, impact: "degraded" });
    expect(fallback.rtoDeadline.toISOString()).toBe(new Date(Date.parse("2026-11-25T10:00:00Z") + tier.rtoMaxMinutes * 60_000).toISOString());
    expect(fallback.rpoTargetMinutes).toBe(tier.rpoMinutes);
  });

  it("changes a service's impact and removes one named by mistake, each with its event", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander);
    await changeServiceImpact(commander, id, "web-application", { impact: "down" });
    expect(await lastEvent(id)).toMatchObject({ type: "service.impact_changed", data: { service: { key: "web-application" }, from: "degraded", to: "down" } });
    await removeAffectedService(commander, id, "web-application");
    expect(await db().incidentService.count({ where: { incidentId: id, service: { key: "web-application" } } })).toBe(0);
    expect(await lastEvent(id)).toMatchObject({ type: "service.removed", data: { service: { key: "web-application", name: "Web Application" }, impact: "down" } });
  });

  it("refuses, in words and changing nothing: the wrong role, a finished incident, an unknown or repeated service, a restored or last service", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander);
    await markServiceRestored(commander, id, "web-application", {});
    const before = await snapshot(id);
    await expect(addAffectedService(await demoUser("responder"), id, { key: "authentication", impact: "down" })).rejects.toMatchObject({
      kind: "forbidden",
      message: "Only the incident commander or an admin can change the affected services.",
    });
    // Management is told what it can do instead, whatever the write.
    await expect(addAffectedService(await demoUser("viewer"), id, { key: "authentication", impact: "down" })).rejects.toMatchObject({
      kind: "forbidden",
      message: expect.stringMatching(/^Your account can follow incidents but not change them\./),
    });
    await expect(addAffectedService(commander, id, { key: "no-such-service", impact: "down" })).rejects.toMatchObject({
      kind: "invalid",
      field: "key",
      message: 'No service in the plan has the key "no-such-service".',
    });
    await expect(addAffectedService(commander, id, { key: "database", impact: "down" })).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("Database is already affected") });
    await expect(addAffectedService(commander, id, { key: "redis", impact: "gone" })).rejects.toMatchObject({ kind: "invalid", field: "impact" });
    await expect(changeServiceImpact(commander, id, "database", { impact: "down" })).rejects.toMatchObject({ kind: "conflict", message: "Database is already marked down." });
    await expect(changeServiceImpact(commander, id, "redis", { impact: "down" })).rejects.toMatchObject({ kind: "not_found" });
    await expect(removeAffectedService(commander, id, "web-application")).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("Undo the restore first") });
    expect(await snapshot(id)).toEqual(before);

    const single = await declareOutage(commander, { services: [{ key: "cdn", impact: "degraded" }] });
    await expect(removeAffectedService(commander, single.id, "cdn")).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("the only affected service") });

    const { incidentId } = await resolvedOutage();
    const whenResolved = await snapshot(incidentId);
    await expect(addAffectedService(commander, incidentId, { key: "authentication", impact: "down" })).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("is resolved") });
    await expect(removeAffectedService(commander, incidentId, "web-application")).rejects.toMatchObject({ kind: "conflict" });
    expect(await snapshot(incidentId)).toEqual(whenResolved);
  });
});

describe("undoServiceRestore", () => {
  it("puts the service down again, clears what the restore recorded, and its clock runs on to a breach", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander, { detectedAt: "2026-11-25T10:00:00Z" });
    await markServiceRestored(commander, id, "database", { restoredAt: "2026-11-25T10:20:00Z", dataLossMinutes: 20 });
    // The responder who took part may undo it, as they may restore.
    const responder = await demoUser("responder");
    await joinIncident(responder, id);
    const reopened = await undoServiceRestore(responder, id, "database");
    expect(reopened).toMatchObject({ restoredAt: null, recoveryMinutes: null, dataLossMinutes: null });
    expect(await lastEvent(id)).toMatchObject({
      type: "service.restore_undone",
      data: { service: { key: "database" }, restoredAt: "2026-11-25T10:20:00.000Z", recoveryMinutes: 20, dataLossMinutes: 20 },
    });
    const breaches = await recordRtoBreaches(new Date("2026-11-25T11:05:00Z"));
    expect(breaches.filter((breach) => breach.incidentId === id).map((breach) => breach.data)).toContainEqual(expect.objectContaining({ service: { key: "database", name: "Database" } }));
  });

  it("refuses a service not restored, a viewer and a finished incident, changing nothing", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander);
    await markServiceRestored(commander, id, "core-api", {});
    const before = await snapshot(id);
    await expect(undoServiceRestore(commander, id, "database")).rejects.toMatchObject({ kind: "conflict", message: "Database is not marked restored: there is no restore to undo." });
    await expect(undoServiceRestore(await demoUser("viewer"), id, "core-api")).rejects.toMatchObject({ kind: "forbidden" });
    await expect(undoServiceRestore(await demoUser("responder"), id, "core-api")).rejects.toMatchObject({ kind: "forbidden" });
    expect(await snapshot(id)).toEqual(before);

    const { incidentId } = await resolvedOutage();
    const whenResolved = await snapshot(incidentId);
    await expect(undoServiceRestore(commander, incidentId, "database")).rejects.toMatchObject({ kind: "conflict" });
    expect(await snapshot(incidentId)).toEqual(whenResolved);
  });
});
