import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fireDueEscalations } from "@/lib/escalation/mutations";
import { declareInError, editIncidentDetails } from "@/lib/incidents/edit-mutations";
import { transitionIncident } from "@/lib/incidents/mutations";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { declareOutage, moveAlong, resolvedOutage } from "@/test/incidents";
import { demoUser } from "@/test/users";

async function snapshot(incidentId: string) {
  return {
    incident: await db().incident.findUniqueOrThrow({ where: { id: incidentId }, include: { services: { orderBy: { id: "asc" } } } }),
    escalations: await db().incidentEscalation.findMany({ where: { incidentId }, orderBy: { dueAt: "asc" } }),
    events: await db().timelineEvent.count({ where: { incidentId } }),
  };
}

const deadlines = async (incidentId: string) =>
  Object.fromEntries(
    (await db().incidentService.findMany({ where: { incidentId }, include: { service: true } })).map((affected) => [affected.service.key, affected.rtoDeadline.toISOString()]),
  );

describe("editIncidentDetails", () => {
  it("changes the title and summary with one event naming each change, before and after", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander);
    await editIncidentDetails(commander, id, { title: "Database corrupted by a migration", summary: "Migration 42 dropped a column." });
    const incident = await db().incident.findUniqueOrThrow({ where: { id } });
    expect(incident).toMatchObject({ title: "Database corrupted by a migration", summary: "Migration 42 dropped a column." });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: id }, orderBy: { seq: "desc" } });
    expect(event).toMatchObject({
      type: "incident.details_edited",
      actorId: commander.id,
      data: {
        changes: { title: { from: "Database and API down", to: "Database corrupted by a migration" }, summary: { from: null, to: "Migration 42 dropped a column." } },
        deadlinesMovedMinutes: null,
      },
    });
  });

  it("moves every RTO deadline and every level not yet fired with a new detection time, and measures restores again", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander, { detectedAt: "2026-11-25T10:00:00Z" });
    expect(await deadlines(id)).toMatchObject({ database: "2026-11-25T11:00:00.000Z" });
    await db().incidentEscalation.updateMany({ where: { incidentId: id, level: { afterMinutes: 0 } }, data: { firedAt: new Date("2026-11-25T10:00:05Z") } });
    await markServiceRestored(commander, id, "web-application", { restoredAt: "2026-11-25T10:50:00Z" });

    await editIncidentDetails(commander, id, { detectedAt: "2026-11-25T09:40:00Z" });

    const moved = await deadlines(id);
    expect(moved.database).toBe("2026-11-25T10:40:00.000Z");
    expect(moved["core-api"]).toBe("2026-11-25T10:40:00.000Z");
    const escalations = await db().incidentEscalation.findMany({ where: { incidentId: id }, include: { level: true } });
    for (const escalation of escalations) {
      // A level that fired stays as it fired; the others fall due at the new detection + their threshold.
      const expected = escalation.firedAt ? new Date("2026-11-25T10:00:00Z") : new Date(Date.parse("2026-11-25T09:40:00Z") + escalation.level.afterMinutes * 60_000);
      expect(escalation.dueAt).toEqual(expected);
    }
    const web = await db().incidentService.findFirstOrThrow({ where: { incidentId: id, service: { key: "web-application" } } });
    expect(web.recoveryMinutes).toBe(70);
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: id, type: "incident.details_edited" } });
    expect(event.data).toEqual({
      changes: { detectedAt: { from: "2026-11-25T10:00:00.000Z", to: "2026-11-25T09:40:00.000Z" } },
      deadlinesMovedMinutes: -20,
    });
  });

  it("refuses, in words and changing nothing: the wrong role, a finished incident, an impact after detection, a detection after a restore, no change", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander, { detectedAt: "2026-11-25T10:00:00Z" });
    await markServiceRestored(commander, id, "web-application", { restoredAt: "2026-11-25T10:30:00Z" });
    const before = await snapshot(id);
    await expect(editIncidentDetails(await demoUser("responder"), id, { title: "Mine now" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(editIncidentDetails(await demoUser("viewer"), id, { title: "Mine now" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(editIncidentDetails(commander, id, { impactStartedAt: "2026-11-25T10:05:00Z" })).rejects.toMatchObject({
      kind: "invalid",
      field: "impactStartedAt",
      message: expect.stringContaining("Users cannot have been affected after the incident was detected"),
    });
    await expect(editIncidentDetails(commander, id, { detectedAt: "2026-11-25T10:45:00Z" })).rejects.toMatchObject({
      kind: "invalid",
      field: "detectedAt",
      message: expect.stringContaining("cannot be after a service was restored"),
    });
    await expect(editIncidentDetails(commander, id, { title: "Database and API down" })).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("Nothing changed") });
    await expect(editIncidentDetails(commander, id, {})).rejects.toMatchObject({ kind: "invalid" });
    await expect(editIncidentDetails(commander, id, { title: "x" })).rejects.toMatchObject({ kind: "invalid", field: "title" });
    await expect(editIncidentDetails(commander, id, { severity: "minor" })).rejects.toMatchObject({ kind: "invalid", field: "severity" });
    expect(await snapshot(id)).toEqual(before);

    const resolved = await resolvedOutage();
    const whenResolved = await snapshot(resolved.incidentId);
    await expect(editIncidentDetails(resolved.commander, resolved.incidentId, { title: "Too late" })).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("is resolved") });
    expect(await snapshot(resolved.incidentId)).toEqual(whenResolved);
  });
});

describe("declareInError", () => {
  it("ends the incident from any state but closed, with its reason, once, and stops its escalations", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander);
    await moveAlong(commander, id, "recovering");
    const incident = await declareInError(commander, id, { reason: "  A test declared on the live system  " });
    expect(incident).toMatchObject({ state: "declared_in_error", declaredInErrorReason: "A test declared on the live system", statusUpdateDueAt: null });
    expect(incident.declaredInErrorAt).toBeInstanceOf(Date);
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: id }, orderBy: { seq: "desc" } });
    expect(event).toMatchObject({ type: "incident.declared_in_error", data: { from: "recovering", reason: "A test declared on the live system" } });

    const before = await snapshot(id);
    const fired = await fireDueEscalations(new Date("2099-01-01T00:00:00Z"));
    expect(fired.filter((escalation) => escalation.incidentId === id)).toEqual([]);
    await expect(declareInError(commander, id, { reason: "Twice" })).rejects.toMatchObject({ kind: "conflict" });
    await expect(transitionIncident(commander, id, { to: "monitoring" })).rejects.toMatchObject({ kind: "conflict" });
    await expect(editIncidentDetails(commander, id, { title: "Renamed afterwards" })).rejects.toMatchObject({ kind: "conflict" });
    expect(await snapshot(id)).toEqual(before);

    const resolved = await resolvedOutage();
    await expect(declareInError(resolved.commander, resolved.incidentId, { reason: "A duplicate of an earlier one" })).resolves.toMatchObject({ state: "declared_in_error" });
  });

  it("refuses the wrong role, a closed incident and a missing reason, in words, changing nothing", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander);
    const before = await snapshot(id);
    await expect(declareInError(await demoUser("responder"), id, { reason: "Not mine to say" })).rejects.toMatchObject({
      kind: "forbidden",
      message: "Only the incident commander or an admin can declare an incident in error.",
    });
    await expect(declareInError(await demoUser("viewer"), id, { reason: "Not mine to say" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(declareInError(commander, id, {})).rejects.toMatchObject({ kind: "invalid", field: "reason", message: "reason is required" });
    await expect(declareInError(commander, id, { reason: " " })).rejects.toMatchObject({ kind: "invalid", field: "reason" });
    expect(await snapshot(id)).toEqual(before);

    const { incidentId } = await resolvedOutage();
    await transitionIncident(commander, incidentId, { to: "in_review" });
    await transitionIncident(commander, incidentId, { to: "closed" });
    await expect(declareInError(commander, incidentId, { reason: "Too late for that" })).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("is closed") });
  });
});
