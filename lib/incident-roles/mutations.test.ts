import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignRole, joinIncident } from "@/lib/incident-roles/mutations";
import { declareIncident, transitionIncident } from "@/lib/incidents/mutations";
import { demoUser, extraUser } from "@/test/users";

async function declare() {
  return declareIncident(await demoUser("commander"), { title: "Roles", services: [{ key: "core-api", impact: "down" }] });
}

describe("incident roles", () => {
  it("hands the commander role over, keeping who held it from when until when", async () => {
    const commander = await demoUser("commander");
    const successor = await extraUser("commander", "Second Commander");
    const { id } = await declare();
    await assignRole(commander, id, { userId: successor.id, role: "incident_commander" });

    const history = await db().incidentRoleAssignment.findMany({ where: { incidentId: id, role: "incident_commander" }, orderBy: { startedAt: "asc" } });
    expect(history.map((row) => [row.userId, row.endedAt === null])).toEqual([
      [commander.id, false],
      [successor.id, true],
    ]);
    expect(history[0].endedAt?.getTime()).toBe(history[1].startedAt.getTime());
    // The former commander no longer commands; the new one does.
    await expect(transitionIncident(commander, id, { to: "assessing" })).rejects.toMatchObject({ kind: "forbidden" });
    await transitionIncident(successor, id, { to: "assessing" });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: id, type: "role.assigned" } });
    expect(event.data).toMatchObject({ role: "incident_commander", holder: { id: successor.id }, previous: { id: commander.id } });
  });

  it("lets a responder join once, and never a viewer", async () => {
    const { id } = await declare();
    await joinIncident(await demoUser("responder"), id);
    await expect(joinIncident(await demoUser("responder"), id)).rejects.toMatchObject({ kind: "conflict" });
    await expect(joinIncident(await demoUser("viewer"), id)).rejects.toMatchObject({ kind: "forbidden" });
    expect(await db().incidentRoleAssignment.count({ where: { incidentId: id, role: "responder" } })).toBe(1);
  });

  it("refuses role changes from someone who does not command, and roles for management", async () => {
    const { id } = await declare();
    const responder = await demoUser("responder");
    const viewer = await demoUser("viewer");
    await joinIncident(responder, id);
    await expect(assignRole(responder, id, { userId: responder.id, role: "technical_lead" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(assignRole(await demoUser("commander"), id, { userId: viewer.id, role: "scribe" })).rejects.toMatchObject({
      kind: "invalid",
      field: "userId",
    });
    await expect(assignRole(await demoUser("commander"), id, { userId: responder.id, role: "boss" })).rejects.toMatchObject({
      kind: "invalid",
      field: "role",
    });
  });
});
