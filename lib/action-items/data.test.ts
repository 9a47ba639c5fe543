import { describe, expect, it } from "vitest";
import { listActionItemOwners, listActionItems } from "@/lib/action-items/data";
import { createActionItem, updateActionItem } from "@/lib/action-items/mutations";
import { isOverdue } from "@/lib/action-items/overdue";
import { demoUser } from "@/test/users";
import { resolvedOutage } from "@/test/incidents";

const NOW = new Date("2026-11-25T12:00:00Z");

describe("action items across incidents", () => {
  it("filters by owner, status and priority, leads with overdue items, and says where each came from", async () => {
    const { incidentId, commander } = await resolvedOutage();
    const responder = await demoUser("responder");
    const late = await createActionItem(commander, incidentId, { title: "Late item", ownerId: responder.id, dueDate: "2026-11-24", priority: "low" });
    const dueToday = await createActionItem(commander, incidentId, { title: "Due today", ownerName: "DevOps Lead", dueDate: "2026-11-25", priority: "high" });
    const finished = await createActionItem(commander, incidentId, { title: "Finished item", ownerId: responder.id, dueDate: "2026-11-01" });
    await updateActionItem(commander, finished.id, { status: "done" });

    const all = await listActionItems(commander, {}, NOW);
    const titles = all.map((item) => item.title);
    // Unfinished first, soonest due first (the plan's own four have no due date), finished last.
    expect(titles.slice(0, 2)).toEqual(["Late item", "Due today"]);
    expect(titles.at(-1)).toBe("Finished item");
    expect(all).toHaveLength(4 + 3);
    expect(all[0]).toMatchObject({ incident: { id: incidentId }, canEdit: true });
    expect(all.find((item) => item.title === "Update runbooks")).toMatchObject({ incident: null, canEdit: false });
    expect(all.filter((item) => isOverdue(item, NOW)).map((item) => item.id)).toEqual([late.id]);

    const ids = async (filters: Parameters<typeof listActionItems>[1]) => (await listActionItems(commander, filters, NOW)).map((item) => item.id);
    expect(await ids({ status: "overdue" })).toEqual([late.id]);
    expect(await ids({ owner: responder.id })).toEqual([late.id, finished.id]);
    expect(await ids({ owner: "DevOps Lead", priority: "high" })).toContain(dueToday.id);
    expect(await ids({ owner: responder.id, status: "unfinished" })).toEqual([late.id]);
    expect(await ids({ status: "done" })).toEqual([finished.id]);
    expect(await ids({ priority: "low" })).toEqual(expect.arrayContaining([late.id]));
  });

  it("lets each reader edit only what they may", async () => {
    const { incidentId, commander } = await resolvedOutage();
    await createActionItem(commander, incidentId, { title: "Review paging", ownerName: "Incident Commander" });
    const editable = async (role: "admin" | "commander" | "viewer" | "responder") => {
      const items = await listActionItems(await demoUser(role), {}, NOW);
      return { editable: items.filter((item) => item.canEdit).length, of: items.length };
    };
    const { of: total } = await editable("admin");
    expect(await editable("admin")).toEqual({ editable: total, of: total });
    // The commander works every incident in this file's database; the plan's four are the admins'.
    expect(await editable("commander")).toEqual({ editable: total - 4, of: total });
    expect(await editable("viewer")).toEqual({ editable: 0, of: total });
    expect(await editable("responder")).toEqual({ editable: 0, of: total });
  });

  it("names every owner once, users by id and others by name", async () => {
    const { incidentId, commander } = await resolvedOutage();
    await createActionItem(commander, incidentId, { title: "First", ownerId: commander.id });
    await createActionItem(commander, incidentId, { title: "Second", ownerId: commander.id });
    const owners = await listActionItemOwners(commander);
    expect(owners.filter((owner) => owner.name === commander.name)).toEqual([{ value: commander.id, name: commander.name }]);
    expect(owners).toContainEqual({ value: "DevOps Lead", name: "DevOps Lead" });
  });
});
