import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { IncidentState } from "@/lib/generated/prisma/enums";
import { changeSeverity, declareIncident, transitionIncident } from "@/lib/incidents/mutations";
import { NEXT_STATES } from "@/lib/incidents/state-machine";
import { demoUser } from "@/test/users";

const DATABASE_CORRUPTION = {
  title: "Primary database corrupted",
  scenarioKey: "database-corruption-loss",
  services: [
    { key: "database", impact: "down" },
    { key: "core-api", impact: "down" },
  ],
  detectedAt: "2026-11-25T10:00:00Z",
};

async function snapshot() {
  return {
    incidents: await db().incident.findMany({ orderBy: { number: "asc" } }),
    events: await db().timelineEvent.count(),
  };
}

describe("declareIncident", () => {
  it("computes each service's deadlines from the priority matrix and the checklist from the runbooks", async () => {
    const commander = await demoUser("commander");
    const incident = await declareIncident(commander, DATABASE_CORRUPTION);
    const services = await db().incidentService.findMany({ where: { incidentId: incident.id }, include: { service: true } });
    const byKey = Object.fromEntries(services.map((s) => [s.service.key, s]));
    expect(byKey["core-api"].rtoDeadline.toISOString()).toBe("2026-11-25T11:00:00.000Z");
    expect(byKey["core-api"].rpoTargetMinutes).toBe(15);
    expect(byKey.database.rtoDeadline.toISOString()).toBe("2026-11-25T11:00:00.000Z");
    expect(incident.severity).toBe("critical");
    expect(incident.state).toBe("detected");

    const checklist = await db().checklistItem.findMany({ where: { incidentId: incident.id }, orderBy: { position: "asc" } });
    const runbooks = [...new Set(checklist.map((item) => item.runbookTitle))];
    expect(runbooks).toHaveLength(2);
    expect(checklist.map((item) => item.command)).toContain("./disaster-recovery/scripts/restore-database.sh [backup-timestamp]");
    expect(checklist.every((item) => item.version === 1 && !item.done)).toBe(true);

    const roles = await db().incidentRoleAssignment.findMany({ where: { incidentId: incident.id } });
    expect(roles).toMatchObject([{ userId: commander.id, role: "incident_commander", endedAt: null }]);
    const events = await db().timelineEvent.findMany({ where: { incidentId: incident.id } });
    expect(events).toMatchObject([{ seq: 1, type: "incident.declared", actorId: commander.id }]);
  });

  it("records when the impact began, and refuses an impact that began after detection, creating nothing", async () => {
    const commander = await demoUser("commander");
    const incident = await declareIncident(commander, { ...DATABASE_CORRUPTION, impactStartedAt: "2026-11-25T09:48:00Z" });
    expect(incident.impactStartedAt).toEqual(new Date("2026-11-25T09:48:00Z"));
    const before = await db().incident.count();
    await expect(declareIncident(commander, { ...DATABASE_CORRUPTION, impactStartedAt: "2026-11-25T10:05:00Z" })).rejects.toMatchObject({
      kind: "invalid",
      field: "impactStartedAt",
      message: "impactStartedAt must be at or before the detection time",
    });
    expect(await db().incident.count()).toBe(before);
  });

  it("takes severity from the most urgent service when there is no scenario", async () => {
    const incident = await declareIncident(await demoUser("admin"), {
      title: "Analytics lagging",
      services: [{ key: "analytics", impact: "degraded" }],
    });
    expect(incident.severity).toBe("minor");
  });

  it("refuses a viewer and a responder, and changes nothing", async () => {
    const before = await snapshot();
    for (const role of ["viewer", "responder"] as const) {
      await expect(declareIncident(await demoUser(role), DATABASE_CORRUPTION)).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [{ ...DATABASE_CORRUPTION, title: "" }, "title", /^title /],
    [{ ...DATABASE_CORRUPTION, services: [] }, "services", /^services /],
    [{ ...DATABASE_CORRUPTION, services: [{ key: "database", impact: "on fire" }] }, "services.0.impact", /^services\.0\.impact /],
    [{ ...DATABASE_CORRUPTION, services: [{ key: "mainframe", impact: "down" }] }, "services.0.key", /^No service has the key "mainframe"\.$/],
    [{ ...DATABASE_CORRUPTION, scenarioKey: "alien-invasion" }, "scenarioKey", /^No scenario has the key "alien-invasion"\.$/],
    [{ ...DATABASE_CORRUPTION, detectedAt: "yesterday-ish" }, "detectedAt", /^detectedAt /],
    [{ ...DATABASE_CORRUPTION, detectedAt: "2999-01-01T00:00:00Z" }, "detectedAt", /^detectedAt /],
  ])("refuses bad input naming the field (%#) and changes nothing", async (input, field, message) => {
    const before = await snapshot();
    const error = await declareIncident(await demoUser("commander"), input).catch((e) => e);
    expect(error).toMatchObject({ kind: "invalid", field });
    expect(error.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});

describe("transitionIncident", () => {
  it("follows the plan's path and stamps the times, each step a timeline event", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, DATABASE_CORRUPTION);
    for (const to of ["assessing", "dr_activated", "recovering", "monitoring", "validating", "resolved", "in_review", "closed"]) {
      await transitionIncident(commander, id, { to });
    }
    const incident = await db().incident.findUniqueOrThrow({ where: { id } });
    expect(incident.state).toBe("closed");
    for (const stamp of ["acknowledgedAt", "mitigatedAt", "resolvedAt", "closedAt"] as const) expect(incident[stamp]).not.toBeNull();
    const events = await db().timelineEvent.findMany({ where: { incidentId: id }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events[2]).toMatchObject({ type: "incident.transitioned", data: { from: "assessing", to: "dr_activated" } });
    // Resolution schedules the post-incident review in the same transaction.
    expect(events.slice(6, 8).map((event) => event.type)).toEqual(["incident.transitioned", "review.created"]);
  });

  it("refuses every illegal transition with a conflict and changes nothing", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, DATABASE_CORRUPTION);
    let refused = 0;
    for (const from of Object.values(IncidentState)) {
      // Put the incident in `from` directly: this test is about the guard, not the path there.
      await db().incident.update({ where: { id }, data: { state: from } });
      for (const to of Object.values(IncidentState).filter((state) => !NEXT_STATES[from].includes(state))) {
        const before = await snapshot();
        await expect(transitionIncident(commander, id, { to })).rejects.toMatchObject({ kind: "conflict", current: { state: from } });
        expect(await snapshot()).toEqual(before);
        refused++;
      }
    }
    expect(refused).toBe(Object.values(IncidentState).length ** 2 - 12);
  });

  it("refuses a responder who does not command the incident, and a viewer", async () => {
    const { id } = await declareIncident(await demoUser("commander"), DATABASE_CORRUPTION);
    for (const role of ["responder", "viewer"] as const) {
      await expect(transitionIncident(await demoUser(role), id, { to: "assessing" })).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect((await db().incident.findUniqueOrThrow({ where: { id } })).state).toBe("detected");
  });

  it("refuses an unknown state naming the field, and an unknown incident", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, DATABASE_CORRUPTION);
    await expect(transitionIncident(commander, id, { to: "panicking" })).rejects.toMatchObject({ kind: "invalid", field: "to" });
    await expect(transitionIncident(commander, "nope", { to: "assessing" })).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("changeSeverity", () => {
  it("lets the commander change it, on the timeline", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, DATABASE_CORRUPTION);
    const incident = await changeSeverity(commander, id, { severity: "major" });
    expect(incident.severity).toBe("major");
    const last = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: id }, orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ seq: 2, type: "incident.severity_changed", data: { from: "critical", to: "major" } });
  });
});
