import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listEscalationLevels } from "@/lib/escalation/data";
import { addEscalationLevel, removeEscalationLevel, updateEscalationLevel } from "@/lib/escalation/level-mutations";
import { presentEscalationLevels } from "@/lib/escalation/present";
import { MINUTE_MS } from "@/lib/format";
import { listPlanChanges } from "@/lib/plan/changes";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { declareOutage } from "@/test/incidents";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const planVersion = async () => (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version;

async function levels() {
  return presentEscalationLevels(await listEscalationLevels(await demoUser("admin")));
}

async function level(key: string) {
  return (await levels()).find((candidate) => candidate.key === key)!;
}

const contactId = async (key: string) => (await db().contact.findUniqueOrThrow({ where: { key } })).id;

describe("updateEscalationLevel", () => {
  // The refusals first, against the matrix as seeded; the changes after them.
  it.each(["viewer", "responder", "commander"] as const)("refuses a %s with 403 and changes nothing", async (role) => {
    const { id } = await level("level-1");
    const before = await everyRow();
    await expect(updateEscalationLevel(await demoUser(role), id, { afterMinutes: 5 })).rejects.toMatchObject({
      kind: "forbidden",
      message: "Only a plan admin can change the plan.",
    });
    expect(await everyRow()).toEqual(before);
  });

  it.each([
    ["external", { afterMinutes: 60 }, "afterMinutes", "afterMinutes must be later than Level 3's threshold (60 minutes): the levels fire in order."],
    ["level-1", { afterMinutes: 30 }, "afterMinutes", "afterMinutes must be earlier than Level 2's threshold (30 minutes): the levels fire in order."],
    ["level-3", { afterMinutes: 45 }, "afterMinutes", "afterMinutes must not be earlier than the end of Level 2 (60 minutes): make Level 2 end earlier first."],
    ["level-1", { untilMinutes: 45 }, "untilMinutes", "untilMinutes must not be later than Level 2's threshold (30 minutes): move Level 2's threshold later first."],
    ["level-1", { untilMinutes: null }, "untilMinutes", "untilMinutes can be left open only for the last level: Level 2 takes over after this one."],
    ["level-1", { untilMinutes: 0 }, "untilMinutes", "untilMinutes must be later than the level's threshold (0 minutes)."],
    ["external", { afterMinutes: 20000 }, "afterMinutes", "afterMinutes must be a whole number from 0 to 10080"],
    ["external", { contactIds: [] }, "contactIds", "contactIds must have at least 1 entry"],
    ["external", { contactIds: ["no-such-contact"] }, "contactIds.0", 'contactIds.0 names no contact: "no-such-contact".'],
    ["external", { audience: "" }, "audience", "audience must not be empty"],
    ["external", { contacts: [] }, "contacts", "contacts is not a field this request takes"],
  ])("on %s, refuses %j naming %s, and changes nothing", async (key, input, field, message) => {
    const { id } = await level(key);
    const before = await everyRow();
    await expect(updateEscalationLevel(await demoUser("admin"), id, input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it("changes the name, thresholds, audience and contacts, reads back so, and leaves one change record that moves the version on", async () => {
    const admin = await demoUser("admin");
    const version = await planVersion();
    const levelTwo = await level("level-2");
    const [commander, lead, dba] = await Promise.all([contactId("incident-commander"), contactId("technical-lead"), contactId("database-administrator")]);

    const answer = await updateEscalationLevel(admin, levelTwo.id, {
      name: "Level 2: leads",
      afterMinutes: 40,
      untilMinutes: 55,
      audience: "Incident commander + Technical lead + DBA",
      contactIds: [commander, lead, dba],
    });

    const expected = { id: levelTwo.id, key: "level-2", name: "Level 2: leads", afterMinutes: 40, untilMinutes: 55, audience: "Incident commander + Technical lead + DBA", contactIds: [commander, lead, dba] };
    expect(answer).toEqual(expected);
    expect(await level("level-2")).toEqual(expected);

    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "escalation-level",
      itemKey: levelTwo.id,
      label: "Level 2: leads",
      changedById: admin.id,
      before: { name: "Level 2", afterMinutes: 30, untilMinutes: 60, audience: "Technical lead + Incident commander", contactIds: [lead, commander] },
      after: { name: "Level 2: leads", afterMinutes: 40, untilMinutes: 55, contactIds: [commander, lead, dba] },
    });
    const [major, minor] = version.split(".").map(Number);
    expect(change.version).toBe(`${major}.${minor + 1}`);
    expect(await planVersion()).toBe(change.version);
  });

  it("writes nothing for values written back as they stand", async () => {
    const { id, name, afterMinutes, untilMinutes, audience, contactIds } = await level("level-3");
    const before = await everyRow();
    await updateEscalationLevel(await demoUser("admin"), id, { name, afterMinutes, untilMinutes, audience, contactIds });
    expect(await everyRow()).toEqual(before);
  });

  it("leaves a running incident's schedule and fired levels as they were; an incident declared afterwards escalates on the new threshold", async () => {
    const admin = await demoUser("admin");
    const detectedAt = new Date(Date.now() - 5 * MINUTE_MS);
    const running = await declareOutage(undefined, { detectedAt: detectedAt.toISOString() });
    await runDueWork(() => new Date());
    const scheduleOf = (incidentId: string) =>
      db().incidentEscalation.findMany({ where: { incidentId }, orderBy: { dueAt: "asc" }, select: { levelId: true, dueAt: true, firedAt: true } });
    const eventsOf = (incidentId: string) => db().timelineEvent.findMany({ where: { incidentId, type: "escalation.fired" } });
    const declaredWith = await scheduleOf(running.id);
    const firedWith = await eventsOf(running.id);
    expect(firedWith).toHaveLength(1);

    const levelOne = await level("level-1");
    await updateEscalationLevel(admin, levelOne.id, { name: "First line", contactIds: [await contactId("technical-lead")] });
    const levelThree = await level("level-3");
    await updateEscalationLevel(admin, levelThree.id, { afterMinutes: 90 });

    expect(await scheduleOf(running.id)).toEqual(declaredWith);
    expect(await eventsOf(running.id)).toEqual(firedWith);
    const later = await declareOutage(undefined, { detectedAt: detectedAt.toISOString() });
    const dueOfLevelThree = (await scheduleOf(later.id)).find((row) => row.levelId === levelThree.id)!.dueAt;
    expect(dueOfLevelThree.getTime()).toBe(detectedAt.getTime() + 90 * MINUTE_MS);
    expect(declaredWith.find((row) => row.levelId === levelThree.id)!.dueAt.getTime()).toBe(detectedAt.getTime() + 60 * MINUTE_MS);
  });

  it("moves a level's window within its neighbours, one level at a time", async () => {
    const admin = await demoUser("admin");
    const levelThree = await level("level-3");
    const external = await level("external");
    await expect(updateEscalationLevel(admin, levelThree.id, { untilMinutes: 180 })).rejects.toMatchObject({ field: "untilMinutes" });
    await updateEscalationLevel(admin, external.id, { afterMinutes: 180 });
    await updateEscalationLevel(admin, levelThree.id, { untilMinutes: 180 });
    expect((await levels()).map(({ afterMinutes, untilMinutes }) => [afterMinutes, untilMinutes]).slice(-2)).toEqual([
      [levelThree.afterMinutes, 180],
      [180, null],
    ]);
  });

  it("answers 404 for a level the plan does not have", async () => {
    await expect(updateEscalationLevel(await demoUser("admin"), "no-such-level", { name: "Level 9" })).rejects.toMatchObject({
      kind: "not_found",
      message: "No escalation level has the id no-such-level.",
    });
  });
});

describe("addEscalationLevel and removeEscalationLevel", () => {
  it("refuses other roles, a threshold out of order and an open last level, in words, changing nothing", async () => {
    const admin = await demoUser("admin");
    const dba = await contactId("database-administrator");
    const before = await everyRow();
    for (const role of ["viewer", "responder", "commander"] as const) {
      await expect(addEscalationLevel(await demoUser(role), { name: "Board", afterMinutes: 300, audience: "Board", contactIds: [dba] })).rejects.toMatchObject({ kind: "forbidden" });
    }
    const external = await level("external");
    await expect(addEscalationLevel(admin, { name: "Board", afterMinutes: 300, audience: "Board", contactIds: [dba] })).rejects.toMatchObject({
      kind: "invalid",
      field: "afterMinutes",
      message: `${external.name} is open-ended: give it an end no later than 300 minutes first, so this level can take over.`,
    });
    const second = (await levels())[1];
    await expect(addEscalationLevel(admin, { name: "Early", afterMinutes: second.afterMinutes, audience: "Early", contactIds: [dba] })).rejects.toMatchObject({
      field: "afterMinutes",
      message: `afterMinutes is already ${second.name}'s threshold (${second.afterMinutes} minutes): the levels fire one after another.`,
    });
    await expect(addEscalationLevel(admin, { name: "Nobody", afterMinutes: 300, audience: "Nobody", contactIds: [] })).rejects.toMatchObject({ field: "contactIds" });
    await expect(addEscalationLevel(admin, { name: "Ghost", afterMinutes: 300, audience: "Ghost", contactIds: ["no-such-contact"] })).rejects.toMatchObject({ field: "contactIds.0" });
    await expect(removeEscalationLevel(admin, "no-such-level")).rejects.toMatchObject({ kind: "not_found" });
    expect(await everyRow()).toEqual(before);
  });

  it("adds a level after the last once it has an end, fired for incidents declared afterwards; removing it records what it was", async () => {
    const admin = await demoUser("admin");
    const dba = await contactId("database-administrator");
    const external = await level("external");
    await updateEscalationLevel(admin, external.id, { untilMinutes: external.afterMinutes + 60 });
    const version = await planVersion();

    const added = await addEscalationLevel(admin, { name: "Board", afterMinutes: external.afterMinutes + 60, audience: "The board", contactIds: [dba, dba] });

    expect(added).toMatchObject({ key: "board", name: "Board", afterMinutes: external.afterMinutes + 60, untilMinutes: null, audience: "The board", contactIds: [dba] });
    expect((await levels()).at(-1)).toEqual(added);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({ kind: "escalation-level", itemKey: added.id, before: {}, after: { name: "Board", contactIds: [dba] } });
    expect(change.version).not.toBe(version);

    const incident = await declareOutage(await demoUser("commander"));
    expect(await db().incidentEscalation.count({ where: { incidentId: incident.id, levelId: added.id } })).toBe(1);
    await expect(removeEscalationLevel(admin, added.id)).rejects.toMatchObject({
      kind: "conflict",
      message: "Board cannot be removed from the plan: an incident has escalated through it, and their records name it.",
    });

    await updateEscalationLevel(admin, added.id, { untilMinutes: added.afterMinutes + 60 });
    const later = await addEscalationLevel(admin, { name: "Regulator", afterMinutes: added.afterMinutes + 60, audience: "Regulator", contactIds: [dba] });
    await removeEscalationLevel(admin, later.id);
    expect((await levels()).map((candidate) => candidate.key)).not.toContain("regulator");
    const [removal] = await listPlanChanges(admin);
    expect(removal).toMatchObject({ kind: "escalation-level", itemKey: later.id, before: { name: "Regulator", audience: "Regulator" }, after: {} });
  });
});
