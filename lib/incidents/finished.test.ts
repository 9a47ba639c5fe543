import { describe, expect, it } from "vitest";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { db } from "@/lib/db";
import { acknowledgeEscalation, escalateNow, pauseEscalation, resumeEscalation } from "@/lib/escalation/mutations";
import { assignRole, joinIncident } from "@/lib/incident-roles/mutations";
import { changeSeverity, transitionIncident } from "@/lib/incidents/mutations";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { updateReview } from "@/lib/reviews/mutations";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { addNote } from "@/lib/timeline/mutations";
import { declareOutage, resolvedOutage } from "@/test/incidents";
import { demoUser, extraUser } from "@/test/users";

async function snapshot(incidentId: string) {
  return {
    incident: await db().incident.findUniqueOrThrow({ where: { id: incidentId }, include: { roles: true, services: true, statusUpdates: true } }),
    checklist: await db().checklistItem.findMany({ where: { incidentId }, orderBy: { position: "asc" } }),
    escalations: await db().incidentEscalation.findMany({ where: { incidentId }, orderBy: { dueAt: "asc" } }),
    events: await db().timelineEvent.count({ where: { incidentId } }),
  };
}

async function closed() {
  const { incidentId, commander } = await resolvedOutage();
  await transitionIncident(commander, incidentId, { to: "in_review" });
  await transitionIncident(commander, incidentId, { to: "closed" });
  return { incidentId, commander };
}

describe("finished means finished", () => {
  it.each([
    ["resolved", resolvedOutage],
    ["closed", closed],
  ] as const)("a %s incident refuses every change to the response with a 409 that says why, and changes nothing", async (state, finish) => {
    const { incidentId, commander } = await finish();
    const [admin, responder] = [await demoUser("admin"), await demoUser("responder")];
    const { number } = await db().incident.findUniqueOrThrow({ where: { id: incidentId } });
    const item = await db().checklistItem.findFirstOrThrow({ where: { incidentId }, orderBy: { position: "asc" } });
    const before = await snapshot(incidentId);
    const refusal = (takes: string) => ({
      kind: "conflict",
      message: `Incident #${number} is ${state}: it no longer takes ${takes}. Its review stays open.`,
    });

    await expect(joinIncident(responder, incidentId)).rejects.toMatchObject(refusal("new responders"));
    await expect(addNote(commander, incidentId, { body: "Still here" })).rejects.toMatchObject(refusal("notes"));
    await expect(setChecklistItem(admin, incidentId, item.id, { done: !item.done, version: item.version })).rejects.toMatchObject(refusal("ticks"));
    await expect(assignRole(commander, incidentId, { userId: responder.id, role: "scribe" })).rejects.toMatchObject(refusal("role changes"));
    await expect(changeSeverity(admin, incidentId, { severity: "minor" })).rejects.toMatchObject(refusal("severity changes"));
    await expect(markServiceRestored(commander, incidentId, "database", {})).rejects.toMatchObject(refusal("service restores"));
    await expect(escalateNow(commander, incidentId, { reason: "Page them again" })).rejects.toMatchObject(refusal("escalation"));
    await expect(pauseEscalation(commander, incidentId, { reason: "Nobody needed" })).rejects.toMatchObject(refusal("escalation"));
    await expect(resumeEscalation(admin, incidentId, { reason: "Page again" })).rejects.toMatchObject(refusal("escalation"));
    if (state === "closed") {
      await expect(postStatusUpdate(commander, incidentId, { body: "All clear" })).rejects.toMatchObject(refusal("status updates"));
    }
    expect(await snapshot(incidentId)).toEqual(before);

    // The review stays writable.
    await expect(updateReview(commander, incidentId, { wentWell: "The failover" })).resolves.toMatchObject({ wentWell: "The failover" });
  });

  it("a resolved incident still takes its all-clear status update", async () => {
    const { incidentId, commander } = await resolvedOutage();
    await expect(postStatusUpdate(commander, incidentId, { body: "All services are back.", audience: "stakeholders" })).resolves.toMatchObject({
      body: "All services are back.",
    });
  });

  it("refuses before it validates: management learns nothing about its input", async () => {
    const { incidentId } = await resolvedOutage();
    const viewer = await demoUser("viewer");
    await expect(addNote(viewer, incidentId, { body: "" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(assignRole(viewer, incidentId, { userId: "nobody", role: "scribe" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(changeSeverity(viewer, incidentId, { severity: "apocalyptic" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(postStatusUpdate(viewer, incidentId, { body: 42 })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(updateReview(viewer, incidentId, { wentWell: 42 })).rejects.toMatchObject({ kind: "forbidden" });
  });
});

describe("who acknowledges an escalation", () => {
  it("the people the level paged, the commander and an admin; not a responder it did not page", async () => {
    const commander = await demoUser("commander");
    const { id } = await declareOutage(commander);
    const bystander = await extraUser("responder", "Taking Part");
    await joinIncident(bystander, id);
    await runDueWork(() => new Date("2026-11-25T11:01:00Z"));
    const levelTwo = await db().incidentEscalation.findFirstOrThrow({ where: { incidentId: id, level: { key: "level-2" } } });
    const levelThree = await db().incidentEscalation.findFirstOrThrow({ where: { incidentId: id, level: { key: "level-3" } } });
    const responder = await demoUser("responder");

    await expect(acknowledgeEscalation(bystander, levelTwo.id, "app")).rejects.toMatchObject({
      kind: "forbidden",
      message: "Level 2 did not page you: only the people it paged, the incident commander or an admin acknowledge it.",
    });
    await expect(acknowledgeEscalation(responder, levelThree.id, "email")).rejects.toMatchObject({ kind: "forbidden" });
    await acknowledgeEscalation(responder, levelTwo.id, "app"); // paged: the technical lead's contact is theirs
    await acknowledgeEscalation(commander, levelThree.id, "app");
    await acknowledgeEscalation(await demoUser("admin"), levelThree.id, "app");
    const acks = await db().escalationAcknowledgement.findMany({ include: { user: true, incidentEscalation: { include: { level: true } } } });
    expect(acks.map((ack) => [ack.incidentEscalation.level.key, ack.user.name]).sort()).toEqual(
      [
        ["level-2", responder.name],
        ["level-3", commander.name],
        ["level-3", (await demoUser("admin")).name],
      ].sort(),
    );
  });
});
