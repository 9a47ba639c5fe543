import { describe, expect, it } from "vitest";
import { createActionItem, updateActionItem } from "@/lib/action-items/mutations";
import { db } from "@/lib/db";
import { joinIncident } from "@/lib/incident-roles/mutations";
import { declareOutage, moveAlong, resolvedOutage } from "@/test/incidents";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser, extraUser } from "@/test/users";

const ITEM = { title: "Page the DBA directly at level 1", ownerName: "Database Admin", dueDate: "2026-12-01", priority: "high" };

async function snapshot() {
  return {
    items: await db().actionItem.findMany({ orderBy: { id: "asc" } }),
    events: await db().timelineEvent.count(),
  };
}

describe("adding an action item to a review", () => {
  it("takes an owner from the users, or a name, with a due day and a priority, on the timeline", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const responder = await demoUser("responder");
    const owned = await createActionItem(commander, incidentId, { ...ITEM, ownerId: responder.id, ownerName: undefined });
    expect(owned).toMatchObject({ ownerId: responder.id, ownerName: responder.name, status: "open", priority: "high", completedAt: null });
    expect(owned.dueDate?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    const named = await createActionItem(commander, incidentId, { title: "Update the runbook", ownerName: "  Technical Lead " });
    expect(named).toMatchObject({ ownerId: null, ownerName: "Technical Lead", dueDate: null, priority: "medium" });

    const review = await db().postIncidentReview.findUniqueOrThrow({ where: { incidentId }, include: { actionItems: true } });
    expect(review.actionItems.map((item) => item.id).sort()).toEqual([owned.id, named.id].sort());
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, type: "action_item.created" }, orderBy: { seq: "asc" } });
    expect(event).toMatchObject({
      actorId: commander.id,
      data: { actionItem: { id: owned.id, title: ITEM.title, ownerName: responder.name, dueDate: "2026-12-01", priority: "high" } },
    });
  });

  it.each([
    [{ ...ITEM, title: "" }, "title"],
    [{ ...ITEM, title: "ab" }, "title"],
    [{ ...ITEM, ownerName: undefined }, "ownerName"],
    [{ ...ITEM, ownerName: "   " }, "ownerName"],
    [{ ...ITEM, ownerId: "nobody" }, "ownerId"],
    [{ ...ITEM, dueDate: "someday" }, "dueDate"],
    [{ ...ITEM, dueDate: "2026-12-01T18:30:00Z" }, "dueDate"],
    [{ ...ITEM, priority: "urgent" }, "priority"],
  ])("refuses bad input naming the field (%#) and changes nothing", async (input, field) => {
    const { incidentId, commander } = await resolvedOutage();
    const before = await snapshot();
    const error = await createActionItem(commander, incidentId, input).catch((caught) => caught);
    expect(error).toMatchObject({ kind: "invalid", field });
    expect(error.message.startsWith(`${field} `)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("needs a review: an unresolved incident has none", async () => {
    const { id } = await declareOutage();
    await expect(createActionItem(await demoUser("commander"), id, ITEM)).rejects.toMatchObject({ kind: "not_found" });
  });
});

const TWO_MIB = "x".repeat(2 * 1024 * 1024);

describe("input that cannot hurt", () => {
  it.each([
    [{ ...ITEM, title: "Page the DBA\u0000" }, "title", "title must not contain control characters"],
    [{ ...ITEM, title: TWO_MIB }, "title", "title must be at most 200 characters"],
    [{ ...ITEM, ownerName: "Database\u0000Admin" }, "ownerName", "ownerName must not contain control characters"],
    [{ ...ITEM, ownerId: "cm\u0000" }, "ownerId", "ownerId must not contain control characters"],
    [{ ...ITEM, ownerId: TWO_MIB }, "ownerId", "ownerId must be a user's id (at most 100 characters)"],
    [{ ...ITEM, dueDate: true }, "dueDate", "dueDate must be a day, such as 2026-12-01"],
    [{ ...ITEM, dueDate: [] }, "dueDate", "dueDate must be a day, such as 2026-12-01"],
    [{ ...ITEM, dueDate: "12" }, "dueDate", "dueDate must be a day, such as 2026-12-01"],
    [{ ...ITEM, dueDate: 1764547200000 }, "dueDate", "dueDate must be a day, such as 2026-12-01"],
    [{ ...ITEM, dueDate: "0000-01-01" }, "dueDate", "dueDate must be a day from the year 1900 to 9999"],
    [{ ...ITEM, dueDate: "+275760-01-01" }, "dueDate", "dueDate must be a day, such as 2026-12-01"],
    [{ ...ITEM, assignee: "me" }, "assignee", "assignee is not a field this request takes"],
  ])("refuses an item (%#) with a 400 that names the field, and changes no row", async (input, field, message) => {
    const { incidentId, commander } = await resolvedOutage();
    const before = await everyRow();
    await expect(createActionItem(commander, incidentId, input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it.each([
    [{ dueDate: null, title: "x\u0007y z" }, "title"],
    [{ status: "done", done: true }, "done"],
    [{ dueDate: "1899-12-31" }, "dueDate"],
  ])("refuses a change (%#) with a 400 that names the field, and changes no row", async (input, field) => {
    const { incidentId, commander } = await resolvedOutage();
    const item = await createActionItem(commander, incidentId, ITEM);
    const before = await everyRow();
    await expect(updateActionItem(commander, item.id, input)).rejects.toMatchObject({ kind: "invalid", field });
    expect(await everyRow()).toEqual(before);
  });

  it("refuses an id no row can have as a 400, not a database error", async () => {
    const before = await everyRow();
    await expect(updateActionItem(await demoUser("admin"), "cm\u0000", { status: "done" })).rejects.toMatchObject({
      kind: "invalid",
      field: "actionItemId",
      message: "actionItemId must not contain control characters",
    });
    expect(await everyRow()).toEqual(before);
  });

  it("tells management no before anything about its input", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const item = await createActionItem(commander, incidentId, ITEM);
    const viewer = await demoUser("viewer");
    const before = await everyRow();
    for (const input of [{ ownerId: "0" }, { title: "\u0000" }, { ...ITEM, ownerId: "0" }, null]) {
      await expect(createActionItem(viewer, incidentId, input)).rejects.toMatchObject({ kind: "forbidden" });
      await expect(updateActionItem(viewer, item.id, input)).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect(await everyRow()).toEqual(before);
  });
});

describe("changing an action item", () => {
  it("completes it with the time it was done, and reopening forgets that time", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const item = await createActionItem(commander, incidentId, ITEM);
    const done = await updateActionItem(commander, item.id, { status: "done" });
    expect(done.completedAt).toBeInstanceOf(Date);
    const reopened = await updateActionItem(commander, item.id, { status: "in_progress", priority: "low", dueDate: null });
    expect(reopened).toMatchObject({ status: "in_progress", priority: "low", dueDate: null, completedAt: null });
    const events = await db().timelineEvent.findMany({ where: { incidentId, type: "action_item.updated" }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.data)).toEqual([
      { actionItem: { id: item.id, title: ITEM.title }, changes: { status: "done" } },
      { actionItem: { id: item.id, title: ITEM.title }, changes: { status: "in_progress", priority: "low", dueDate: null } },
    ]);
  });

  it("hands it to another owner", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const item = await createActionItem(commander, incidentId, ITEM);
    const admin = await demoUser("admin");
    expect(await updateActionItem(commander, item.id, { ownerId: admin.id })).toMatchObject({ ownerId: admin.id, ownerName: admin.name });
    expect(await updateActionItem(commander, item.id, { ownerName: "DevOps Lead" })).toMatchObject({ ownerId: null, ownerName: "DevOps Lead" });
  });

  it.each([
    [{ status: "finished" }, "status"],
    [{ priority: 1 }, "priority"],
    [{ title: "x" }, "title"],
    [{ ownerId: null }, "ownerName"],
    [{ ownerName: "" }, "ownerName"],
    [{ dueDate: "next week" }, "dueDate"],
  ])("refuses bad input naming the field (%#) and changes nothing", async (input, field) => {
    const { incidentId, commander } = await resolvedOutage();
    const item = await createActionItem(commander, incidentId, ITEM);
    const before = await snapshot();
    const error = await updateActionItem(commander, item.id, input).catch((caught) => caught);
    expect(error).toMatchObject({ kind: "invalid", field });
    expect(error.message.startsWith(`${field} `)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an empty change and an unknown item", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const item = await createActionItem(commander, incidentId, ITEM);
    await expect(updateActionItem(commander, item.id, {})).rejects.toMatchObject({ kind: "invalid" });
    await expect(updateActionItem(commander, "nope", { status: "done" })).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("who may change action items", () => {
  it("refuses management and anyone not taking part, and changes nothing; a responder who joined may", async () => {
    const commander = await demoUser("commander");
    const { id: incidentId } = await declareOutage(commander);
    const [viewer, responder] = [await demoUser("viewer"), await demoUser("responder")];
    const outsider = await extraUser("responder", "Not on this incident");
    await joinIncident(responder, incidentId);
    await moveAlong(commander, incidentId);
    const item = await createActionItem(commander, incidentId, ITEM);
    const before = await snapshot();
    for (const user of [viewer, outsider]) {
      await expect(createActionItem(user, incidentId, ITEM)).rejects.toMatchObject({ kind: "forbidden" });
      await expect(updateActionItem(user, item.id, { status: "done" })).rejects.toMatchObject({ kind: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
    expect(await updateActionItem(responder, item.id, { status: "done" })).toMatchObject({ status: "done" });
  });

  it("leaves the plan's own items to plan admins, off any incident's timeline", async () => {
    const planItem = await db().actionItem.findFirstOrThrow({ where: { reviewId: null } });
    const before = await snapshot();
    await expect(updateActionItem(await demoUser("commander"), planItem.id, { status: "done" })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await snapshot()).toEqual(before);
    expect(await updateActionItem(await demoUser("admin"), planItem.id, { status: "in_progress" })).toMatchObject({ status: "in_progress" });
    expect(await db().timelineEvent.count()).toBe(before.events);
  });
});
