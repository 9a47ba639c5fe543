import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAssignableHolders } from "@/lib/incident-roles/data";
import { assignRole, joinIncident, removeRole } from "@/lib/incident-roles/mutations";
import { declareIncident, transitionIncident } from "@/lib/incidents/mutations";
import { addNote } from "@/lib/timeline/mutations";
import { getReview } from "@/lib/reviews/data";
import { reviewMarkdown } from "@/app/api/incidents/[id]/review/export/review-markdown";
import { moveAlong } from "@/test/incidents";
import { demoUser, extraUser } from "@/test/users";

async function declare() {
  return declareIncident(await demoUser("commander"), { title: "Roles", services: [{ key: "core-api", impact: "down" }] });
}

const contact = (key: string) => db().contact.findUniqueOrThrow({ where: { key } });
const current = (incidentId: string, role: string) =>
  db().incidentRoleAssignment.findMany({ where: { incidentId, role: role as never, endedAt: null }, select: { id: true, userId: true, contactId: true, holderName: true } });

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
    expect(event.data).toMatchObject({ role: "incident_commander", holder: { id: successor.id, kind: "user" }, previous: { id: commander.id, kind: "user" } });
  });

  it("gives a role to a plan contact who has no account, then hands it over to a user, naming both", async () => {
    const commander = await demoUser("commander");
    const responder = await demoUser("responder");
    const comms = await contact("communications-lead");
    const { id } = await declare();
    const assigned = await assignRole(commander, id, { contactId: comms.id, role: "communications_lead" });
    expect(assigned.data).toEqual({ role: "communications_lead", holder: { id: comms.id, name: comms.name, kind: "contact" }, previous: null });
    expect(await current(id, "communications_lead")).toEqual([expect.objectContaining({ userId: null, contactId: comms.id, holderName: comms.name })]);

    const handed = await assignRole(commander, id, { userId: responder.id, role: "communications_lead" });
    expect(handed.data).toEqual({
      role: "communications_lead",
      holder: { id: responder.id, name: responder.name, kind: "user" },
      previous: { id: comms.id, name: comms.name, kind: "contact" },
    });
    expect(await current(id, "communications_lead")).toEqual([expect.objectContaining({ userId: responder.id, contactId: null })]);
  });

  it("lists users and contacts without an account, a linked contact once as its user, and no vendor", async () => {
    const { users, contacts } = await listAssignableHolders(await demoUser("commander"));
    const commander = await demoUser("commander");
    expect(users.map((user) => user.id)).toContain(commander.id);
    expect(users.some((user) => user.role === "viewer")).toBe(false);
    const keys = await db().contact.findMany({ where: { id: { in: contacts.map((entry) => entry.id) } }, select: { key: true, kind: true } });
    expect(keys.map((entry) => entry.key)).toContain("communications-lead");
    // Casey Commander is the incident commander contact: listed as the user alone.
    expect(keys.map((entry) => entry.key)).not.toContain("incident-commander");
    expect(keys.some((entry) => entry.kind === "external")).toBe(false);
  });

  it("gives a contact linked to a user the user's permissions; a contact without an account gives none", async () => {
    const commander = await demoUser("commander");
    const responder = await demoUser("responder");
    const { id } = await declare();
    // The technical lead contact is Riley Responder's: the role is the user's.
    const linked = await contact("technical-lead");
    const event = await assignRole(commander, id, { contactId: linked.id, role: "technical_lead" });
    expect(event.data.holder).toEqual({ id: responder.id, name: responder.name, kind: "user" });
    await expect(addNote(responder, id, { body: "On it" })).resolves.toBeTruthy();
    // Nobody can sign in as a contact: no account, no permission, and no row names a user.
    await assignRole(commander, id, { contactId: (await contact("communications-lead")).id, role: "scribe" });
    expect((await current(id, "scribe"))[0].userId).toBeNull();
  });

  it("removes a role, ending it with an event, and refuses to leave the incident without a commander", async () => {
    const commander = await demoUser("commander");
    const comms = await contact("communications-lead");
    const { id } = await declare();
    await assignRole(commander, id, { contactId: comms.id, role: "communications_lead" });
    const [held] = await current(id, "communications_lead");
    const removed = await removeRole(commander, id, held.id);
    expect(removed).toMatchObject({ type: "role.removed", data: { role: "communications_lead", holder: { id: comms.id, name: comms.name, kind: "contact" } } });
    expect(await current(id, "communications_lead")).toEqual([]);
    await expect(removeRole(commander, id, held.id)).rejects.toMatchObject({ kind: "conflict", message: `${comms.name} no longer holds that role.` });

    const [command] = await current(id, "incident_commander");
    const before = await db().incident.findUniqueOrThrow({ where: { id }, select: { lastSeq: true } });
    await expect(removeRole(commander, id, command.id)).rejects.toMatchObject({
      kind: "conflict",
      message: "The incident always needs a commander: hand the role over to someone else instead of removing it.",
    });
    expect(await current(id, "incident_commander")).toEqual([command]);
    expect((await db().incident.findUniqueOrThrow({ where: { id }, select: { lastSeq: true } })).lastSeq).toBe(before.lastSeq);
    await expect(removeRole(commander, id, "no-such-assignment")).rejects.toMatchObject({ kind: "not_found" });
  });

  it("lets a responder join once, and never a viewer", async () => {
    const { id } = await declare();
    await joinIncident(await demoUser("responder"), id);
    await expect(joinIncident(await demoUser("responder"), id)).rejects.toMatchObject({ kind: "conflict" });
    await expect(joinIncident(await demoUser("viewer"), id)).rejects.toMatchObject({ kind: "forbidden" });
    expect(await db().incidentRoleAssignment.count({ where: { incidentId: id, role: "responder" } })).toBe(1);
  });

  it("refuses role changes from someone who does not command, and roles for management, in words", async () => {
    const { id } = await declare();
    const commander = await demoUser("commander");
    const responder = await demoUser("responder");
    const viewer = await demoUser("viewer");
    await joinIncident(responder, id);
    const [joined] = await current(id, "responder");
    await expect(assignRole(responder, id, { userId: responder.id, role: "technical_lead" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(removeRole(responder, id, joined.id)).rejects.toMatchObject({ kind: "forbidden", message: "Only the incident commander or an admin can change roles." });
    await expect(removeRole(viewer, id, joined.id)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(assignRole(commander, id, { userId: viewer.id, role: "scribe" })).rejects.toMatchObject({
      kind: "invalid",
      message: `${viewer.name} is read-only management and cannot hold an incident role.`,
    });
    await expect(assignRole(commander, id, { userId: responder.id, role: "boss" })).rejects.toMatchObject({ kind: "invalid", field: "role" });
    await expect(assignRole(commander, id, { role: "scribe" })).rejects.toMatchObject({ kind: "invalid", message: "Choose one person: a Muster user or a plan contact." });
    const comms = await contact("communications-lead");
    await expect(assignRole(commander, id, { userId: responder.id, contactId: comms.id, role: "scribe" })).rejects.toMatchObject({ kind: "invalid" });
    await expect(assignRole(commander, id, { contactId: "nobody", role: "scribe" })).rejects.toMatchObject({
      kind: "invalid",
      message: "That plan contact no longer exists. Reload the page and choose again.",
    });
    const vendor = await db().contact.findFirstOrThrow({ where: { kind: "external" } });
    await expect(assignRole(commander, id, { contactId: vendor.id, role: "scribe" })).rejects.toMatchObject({ kind: "invalid", field: "contactId" });
    expect(await current(id, "scribe")).toEqual([]);
    expect(await current(id, "responder")).toEqual([joined]);
  });

  it("names contact holders among the review's participants and in its Markdown export", async () => {
    const commander = await demoUser("commander");
    const comms = await contact("communications-lead");
    const { id } = await declare();
    await assignRole(commander, id, { contactId: comms.id, role: "communications_lead" });
    await moveAlong(commander, id);
    const review = await getReview(commander, id);
    expect(review.participants).toContainEqual(expect.objectContaining({ userId: null, name: comms.name, roles: ["communications_lead"] }));
    const markdown = reviewMarkdown(review, new Date());
    expect(markdown).toMatch(new RegExp(`^- ${comms.name}: communications lead`, "im"));
    expect(markdown).toContain(`made ${comms.name} communications lead`);
  });
});
