import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { db } from "@/lib/db";
import { getIncident } from "@/lib/incidents/data";
import { presentIncident } from "@/lib/incidents/present";
import { listPlanChanges } from "@/lib/plan/changes";
import { getRunbook } from "@/lib/runbooks/data";
import { addPhase, addStep, removePhase, removeStep, updatePhase, updateRunbook, updateStep } from "@/lib/runbooks/mutations";
import { presentRunbook } from "@/lib/runbooks/present";
import type { SignedInUser } from "@/lib/users/data";
import { declareOutage } from "@/test/incidents";
import { snapshot } from "@/test/tables";
import { demoUser } from "@/test/users";

// The database runbook: "Immediate Actions" (3 steps, 0–15 min) and "Recovery Steps" (8 steps,
// 15–60 min), brought into the checklist by the database corruption scenario.
const RUNBOOK = "database-failure";

// Each test starts from the runbook as seeded: its rows are put back as they were.
let seeded: Awaited<ReturnType<typeof seededRows>>;

async function seededRows() {
  const where = { runbook: { key: RUNBOOK } };
  return {
    runbook: await db().runbook.findUniqueOrThrow({ where: { key: RUNBOOK } }),
    phases: await db().runbookPhase.findMany({ where }),
    steps: await db().runbookStep.findMany({ where: { phase: where } }),
  };
}

beforeAll(async () => {
  seeded = await seededRows();
});

beforeEach(async () => {
  const { id, title, situation, detection } = seeded.runbook;
  await db().runbookPhase.deleteMany({ where: { runbookId: id } });
  await db().runbook.update({ where: { id }, data: { title, situation, detection } });
  await db().runbookPhase.createMany({ data: seeded.phases });
  await db().runbookStep.createMany({ data: seeded.steps });
});

async function runbook() {
  return presentRunbook((await getRunbook(await demoUser("viewer"), RUNBOOK))!);
}

async function phase(key: string) {
  return (await runbook()).phases.find((candidate) => candidate.key === key)!;
}

async function planVersion() {
  return (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version;
}

async function latestChange(admin: SignedInUser) {
  const [change] = await listPlanChanges(admin);
  return change;
}

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("The change was not refused");
    },
    (error: unknown) => error,
  );
}

/** The next version after `version`: "1.4" → "1.5". */
function after(version: string) {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor + 1}`;
}

const titles = (steps: readonly { title: string }[]) => steps.map((step) => step.title);

describe("updateRunbook", () => {
  it("changes the title, situation and detection signals, reads back so, and records one change that moves the version on", async () => {
    const admin = await demoUser("admin");
    const version = await planVersion();
    const changesBefore = await db().planChange.count();

    const answer = await updateRunbook(admin, RUNBOOK, {
      title: "Database recovery",
      situation: "PostgreSQL primary lost",
      detection: ["Monitoring alerts indicate database unavailability", "Replication lag alarm"],
    });

    expect(answer).toMatchObject({ key: RUNBOOK, title: "Database recovery", situation: "PostgreSQL primary lost" });
    expect(await runbook()).toMatchObject({
      title: "Database recovery",
      situation: "PostgreSQL primary lost",
      detection: ["Monitoring alerts indicate database unavailability", "Replication lag alarm"],
    });
    expect(await db().planChange.count()).toBe(changesBefore + 1);
    expect(await latestChange(admin)).toMatchObject({
      kind: "runbook",
      itemKey: RUNBOOK,
      label: "Database recovery",
      version: after(version),
      changedById: admin.id,
      before: {
        title: "Database Recovery",
        situation: "PostgreSQL Database Failure",
        detection: ["Monitoring alerts indicate database unavailability", "Application health checks failing", "Connection pool exhaustion"],
      },
      after: { title: "Database recovery", situation: "PostgreSQL primary lost", detection: ["Monitoring alerts indicate database unavailability", "Replication lag alarm"] },
    });
    expect(await planVersion()).toBe(after(version));

    await updateRunbook(admin, RUNBOOK, { situation: null });
    expect((await runbook()).situation).toBeNull();
  });

  it("writes no record and keeps the version when the values are written back as they stand", async () => {
    const { title, situation, detection } = await runbook();
    const before = await snapshot();
    await updateRunbook(await demoUser("admin"), RUNBOOK, { title, situation, detection });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a viewer's, a responder's or a commander's write", () => {
  it.each(["viewer", "responder", "commander"] as const)("is refused for a %s, every one of them, changing nothing", async (role) => {
    const user = await demoUser(role);
    const [first] = (await phase("immediate")).steps;
    const before = await snapshot();
    const attempts = [
      () => updateRunbook(user, RUNBOOK, { title: "Mine now" }),
      () => addPhase(user, RUNBOOK, { name: "Afterwards" }),
      () => updatePhase(user, RUNBOOK, "immediate", { windowEndMinutes: 20 }),
      () => removePhase(user, RUNBOOK, "immediate"),
      () => addStep(user, RUNBOOK, "immediate", { title: "Page the DBA" }),
      () => updateStep(user, RUNBOOK, first.id, { position: 2 }),
      () => removeStep(user, RUNBOOK, first.id),
    ];
    for (const attempt of attempts) {
      expect(await refusal(attempt())).toMatchObject({ kind: "forbidden", message: "Only a plan admin can change the plan." });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("phases", () => {
  it("adds a phase at the position given, with its time window, and records the phase list", async () => {
    const admin = await demoUser("admin");
    const version = await planVersion();

    const answer = await addPhase(admin, RUNBOOK, { name: "Triage", windowStartMinutes: 5, windowEndMinutes: 20, position: 2 });

    expect(answer.phases.map(({ key, name, position }) => ({ key, name, position }))).toEqual([
      { key: "immediate", name: "Immediate Actions", position: 1 },
      { key: "triage", name: "Triage", position: 2 },
      { key: "recovery", name: "Recovery Steps", position: 3 },
    ]);
    expect(await phase("triage")).toMatchObject({ windowStartMinutes: 5, windowEndMinutes: 20, windowAnchor: "detection", steps: [] });
    expect(await latestChange(admin)).toMatchObject({
      kind: "runbook",
      itemKey: RUNBOOK,
      version: after(version),
      before: { phases: ["Immediate Actions", "Recovery Steps"], "Triage: time window": null },
      after: { phases: ["Immediate Actions", "Triage", "Recovery Steps"], "Triage: time window": "5–20 min after detection" },
    });

    // Added at the end without a position; a name taken by another phase gets a key of its own.
    await addPhase(admin, RUNBOOK, { name: "Triage!", windowAnchor: "recovery" });
    expect((await runbook()).phases.at(-1)).toMatchObject({ key: "triage-2", name: "Triage!", position: 4, windowStartMinutes: null, windowAnchor: "recovery" });
  });

  it("changes a phase's name and window and moves it, keeping its steps", async () => {
    const admin = await demoUser("admin");
    const stepsBefore = (await phase("recovery")).steps;

    await updatePhase(admin, RUNBOOK, "recovery", { name: "Recovery", windowStartMinutes: 15, windowEndMinutes: 90, windowAnchor: "detection", position: 1 });

    const { phases } = await runbook();
    expect(phases.map(({ key, position }) => [key, position])).toEqual([
      ["recovery", 1],
      ["immediate", 2],
    ]);
    expect(phases[0]).toMatchObject({ name: "Recovery", windowStartMinutes: 15, windowEndMinutes: 90, steps: stepsBefore });
    expect(await latestChange(admin)).toMatchObject({
      before: { "Recovery Steps: name": "Recovery Steps", "Recovery Steps: time window": "15–60 min after detection", phases: ["Immediate Actions", "Recovery Steps"] },
      after: { "Recovery Steps: name": "Recovery", "Recovery Steps: time window": "15–90 min after detection", phases: ["Recovery", "Immediate Actions"] },
    });

    // Only the window: the record names that alone.
    await updatePhase(admin, RUNBOOK, "immediate", { windowEndMinutes: 20 });
    const change = await latestChange(admin);
    expect(change.before).toEqual({ "Immediate Actions: time window": "0–15 min after detection" });
    expect(change.after).toEqual({ "Immediate Actions: time window": "0–20 min after detection" });
  });

  it("removes a phase with its steps and numbers the rest from 1", async () => {
    const admin = await demoUser("admin");
    const immediate = await phase("immediate");

    await removePhase(admin, RUNBOOK, "immediate");

    expect((await runbook()).phases.map(({ key, position }) => [key, position])).toEqual([["recovery", 1]]);
    expect(await db().runbookStep.count({ where: { id: { in: immediate.steps.map((step) => step.id) } } })).toBe(0);
    expect(await latestChange(admin)).toMatchObject({
      before: { phases: ["Immediate Actions", "Recovery Steps"], "Immediate Actions: steps": titles(immediate.steps) },
      after: { phases: ["Recovery Steps"], "Immediate Actions: steps": null },
    });
  });

  it.each([
    ["a window ending before it starts", () => updatePhase, ["immediate", { windowStartMinutes: 30 }], "windowEndMinutes", "windowEndMinutes must not be before windowStartMinutes (30)."],
    ["a name another phase has", () => updatePhase, ["immediate", { name: "recovery steps" }], "name", 'name is taken: the runbook already has a phase called "recovery steps".'],
    ["a position past the end", () => updatePhase, ["immediate", { position: 3 }], "position", "position must be from 1 to 2: the runbook has 2 phases."],
    ["a position of 0", () => updatePhase, ["immediate", { position: 0 }], "position", "position must be a whole number from 1 to 200"],
    ["an unknown anchor", () => updatePhase, ["immediate", { windowAnchor: "lunch" }], "windowAnchor", "windowAnchor must be detection or recovery"],
    ["a new phase without a name", () => addPhase, [{ windowStartMinutes: 0 }], "name", "name is required"],
    ["a new phase ending before it starts", () => addPhase, [{ name: "Late", windowStartMinutes: 60, windowEndMinutes: 30 }], "windowEndMinutes", "windowEndMinutes must not be before windowStartMinutes (60)."],
    ["a field phases do not have", () => addPhase, [{ name: "Late", steps: [] }], "steps", "steps is not a field this request takes"],
  ] as const)("refuses %s with a clear message, changing nothing", async (_what, write, args, field, message) => {
    const before = await snapshot();
    const mutation = write() as (user: SignedInUser, key: string, ...rest: unknown[]) => Promise<unknown>;
    expect(await refusal(mutation(await demoUser("admin"), RUNBOOK, ...args))).toMatchObject({ kind: "invalid", field, message });
    expect(await snapshot()).toEqual(before);
  });

  it("answers an unknown runbook or phase with not found, changing nothing", async () => {
    const admin = await demoUser("admin");
    const before = await snapshot();
    expect(await refusal(updateRunbook(admin, "mainframe-failure", { title: "x" }))).toMatchObject({ kind: "not_found", message: 'No runbook has the key "mainframe-failure".' });
    expect(await refusal(removePhase(admin, RUNBOOK, "lunch"))).toMatchObject({ kind: "not_found", message: 'The runbook "Database Recovery" has no phase with the key "lunch".' });
    expect(await refusal(addStep(admin, RUNBOOK, "lunch", { title: "Eat" }))).toMatchObject({ kind: "not_found" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("steps", () => {
  it("adds a step at the end of its phase, with its script and service, and records the step list", async () => {
    const admin = await demoUser("admin");
    const version = await planVersion();
    const before = titles((await phase("immediate")).steps);

    await addStep(admin, RUNBOOK, "immediate", {
      title: "Page the database administrator",
      details: ["By phone, then by e-mail"],
      command: "./disaster-recovery/scripts/page-dba.sh",
      serviceKey: "database",
    });

    const { steps } = await phase("immediate");
    expect(steps.map(({ position, title }) => [position, title])).toEqual([...before, "Page the database administrator"].map((title, index) => [index + 1, title]));
    expect(steps.at(-1)).toMatchObject({ details: ["By phone, then by e-mail"], command: "./disaster-recovery/scripts/page-dba.sh", serviceKey: "database" });
    expect(await latestChange(admin)).toMatchObject({
      kind: "runbook",
      itemKey: RUNBOOK,
      label: "Database Recovery",
      version: after(version),
      before: { "Immediate Actions: steps": before },
      after: {
        "Immediate Actions: steps": [...before, "Page the database administrator"],
        'Immediate Actions, "Page the database administrator": command': "./disaster-recovery/scripts/page-dba.sh",
        'Immediate Actions, "Page the database administrator": service': "Database",
      },
    });
    expect(await planVersion()).toBe(after(version));
  });

  it("adds a step at the position given, moving the others down", async () => {
    await addStep(await demoUser("admin"), RUNBOOK, "immediate", { title: "Declare the incident", position: 1 });
    const { steps } = await phase("immediate");
    expect(steps.map(({ position, title }) => [position, title])).toEqual([
      [1, "Declare the incident"],
      [2, "Execute database health check"],
      [3, "Attempt automatic failover to standby replica"],
      [4, "If failover fails, assess damage extent"],
    ]);
  });

  it("changes a step's title, details, script and service, recording each field", async () => {
    const admin = await demoUser("admin");
    const restore = (await phase("recovery")).steps.find((step) => step.title === "Restore from backup")!;

    await updateStep(admin, RUNBOOK, restore.id, { title: "Restore the latest backup", details: ["Pick the newest verified backup"], command: null, serviceKey: "storage" });

    expect((await phase("recovery")).steps.find((step) => step.id === restore.id)).toMatchObject({
      position: restore.position,
      title: "Restore the latest backup",
      details: ["Pick the newest verified backup"],
      command: null,
      serviceKey: "storage",
    });
    const field = (name: string) => `Recovery Steps, "Restore from backup": ${name}`;
    const change = await latestChange(admin);
    expect(change.before).toEqual({
      [field("title")]: "Restore from backup",
      [field("details")]: [],
      [field("command")]: "./disaster-recovery/scripts/restore-database.sh [backup-timestamp]",
      [field("service")]: "Database",
    });
    expect(change.after).toEqual({
      [field("title")]: "Restore the latest backup",
      [field("details")]: ["Pick the newest verified backup"],
      [field("command")]: null,
      [field("service")]: "Storage",
    });

    await updateStep(admin, RUNBOOK, restore.id, { serviceKey: null });
    expect((await phase("recovery")).steps.find((step) => step.id === restore.id)!.serviceKey).toBeNull();
  });

  it("moves a step up and down its phase, numbering the steps from 1 without a gap", async () => {
    const admin = await demoUser("admin");
    const before = (await phase("recovery")).steps;
    const verify = before.find((step) => step.title === "Verify data integrity")!;

    await updateStep(admin, RUNBOOK, verify.id, { position: verify.position - 1 });

    const moved = (await phase("recovery")).steps;
    expect(moved.map((step) => step.position)).toEqual(before.map((_, index) => index + 1));
    expect(moved.find((step) => step.id === verify.id)!.position).toBe(verify.position - 1);
    const expected = [...titles(before)];
    expected.splice(verify.position - 2, 2, expected[verify.position - 1], expected[verify.position - 2]);
    expect(titles(moved)).toEqual(expected);
    expect(await latestChange(admin)).toMatchObject({ before: { "Recovery Steps: steps": titles(before) }, after: { "Recovery Steps: steps": expected } });

    // To the top, then to the bottom.
    await updateStep(admin, RUNBOOK, verify.id, { position: 1 });
    expect((await phase("recovery")).steps[0].id).toBe(verify.id);
    await updateStep(admin, RUNBOOK, verify.id, { position: before.length });
    expect((await phase("recovery")).steps.at(-1)!.id).toBe(verify.id);
  });

  it("moves a step to another phase, at its end or at the position given", async () => {
    const admin = await demoUser("admin");
    const immediate = await phase("immediate");
    const recovery = await phase("recovery");
    const [stop] = recovery.steps;

    await updateStep(admin, RUNBOOK, stop.id, { phaseKey: "immediate", position: 2 });

    expect(titles((await phase("immediate")).steps)).toEqual([immediate.steps[0].title, stop.title, ...titles(immediate.steps.slice(1))]);
    expect((await phase("immediate")).steps.map((step) => step.position)).toEqual([1, 2, 3, 4]);
    expect(titles((await phase("recovery")).steps)).toEqual(titles(recovery.steps.slice(1)));
    expect((await phase("recovery")).steps.map((step) => step.position)).toEqual(recovery.steps.slice(1).map((_, index) => index + 1));
    expect(await latestChange(admin)).toMatchObject({
      before: { "Immediate Actions: steps": titles(immediate.steps), "Recovery Steps: steps": titles(recovery.steps) },
      after: { "Recovery Steps: steps": titles(recovery.steps.slice(1)) },
    });

    await updateStep(admin, RUNBOOK, stop.id, { phaseKey: "recovery" });
    expect((await phase("recovery")).steps.at(-1)!.id).toBe(stop.id);
  });

  it("removes a step and numbers the rest from 1", async () => {
    const admin = await demoUser("admin");
    const before = (await phase("immediate")).steps;

    await removeStep(admin, RUNBOOK, before[0].id);

    const { steps } = await phase("immediate");
    expect(steps.map(({ position, title }) => [position, title])).toEqual(before.slice(1).map(({ title }, index) => [index + 1, title]));
    expect(await latestChange(admin)).toMatchObject({ before: { "Immediate Actions: steps": titles(before) }, after: { "Immediate Actions: steps": titles(before.slice(1)) } });
  });

  it("writes no record when a step is written back as it stands", async () => {
    const [step] = (await phase("recovery")).steps;
    const before = await snapshot();
    await updateStep(await demoUser("admin"), RUNBOOK, step.id, { title: step.title, command: step.command, serviceKey: step.serviceKey, position: step.position, phaseKey: "recovery" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad input with a clear message naming the field, changing nothing", async () => {
    const admin = await demoUser("admin");
    const [step] = (await phase("immediate")).steps;
    const before = await snapshot();
    const cases: [() => Promise<unknown>, string, string][] = [
      [() => addStep(admin, RUNBOOK, "immediate", { title: "" }), "title", "title must not be empty"],
      [() => addStep(admin, RUNBOOK, "immediate", { title: "Page", position: 5 }), "position", "position must be from 1 to 4: the phase will have 4 steps."],
      [() => addStep(admin, RUNBOOK, "immediate", { title: "Page", serviceKey: "mainframe" }), "serviceKey", 'serviceKey names no service: "mainframe".'],
      [() => addStep(admin, RUNBOOK, "immediate", { title: "Page", details: "call them" }), "details", "details must be a list"],
      [() => updateStep(admin, RUNBOOK, step.id, { phaseKey: "lunch" }), "phaseKey", 'phaseKey names no phase of this runbook: "lunch".'],
      [() => updateStep(admin, RUNBOOK, step.id, { position: 4 }), "position", "position must be from 1 to 3: the phase has 3 steps."],
      [() => updateStep(admin, RUNBOOK, step.id, { command: "run\u0000it" }), "command", "command must not contain control characters"],
      [() => updateStep(admin, RUNBOOK, step.id, { done: true }), "done", "done is not a field this request takes"],
    ];
    for (const [attempt, field, message] of cases) expect(await refusal(attempt())).toMatchObject({ kind: "invalid", field, message });
    expect(await refusal(updateStep(admin, RUNBOOK, "no-such-step", { title: "x" }))).toMatchObject({
      kind: "not_found",
      message: 'The runbook "Database Recovery" has no step with the id no-such-step.',
    });
    // A step of another runbook is not this runbook's to change.
    const other = await db().runbookStep.findFirstOrThrow({ where: { phase: { runbook: { key: "security-breach" } } } });
    expect(await refusal(removeStep(admin, RUNBOOK, other.id))).toMatchObject({ kind: "not_found" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a running incident's checklist", () => {
  it("reads as it was declared after its steps are edited, moved and removed; an incident declared afterwards gets the new runbook", async () => {
    const admin = await demoUser("admin");
    const commander = await demoUser("commander");
    const running = await declareOutage(commander, { title: "Database down" });
    // A removed step unlinks its item (runbookStepId becomes null); what the item says and its state stay.
    const checklistOf = async (incidentId: string) =>
      presentIncident(await getIncident(commander, incidentId)).checklist.map((item) => ({ ...item, runbookStepId: undefined }));
    const recovery = await phase("recovery");
    const [stop, assess] = recovery.steps;
    const [health] = (await phase("immediate")).steps;
    const itemFor = async (stepId: string) => db().checklistItem.findFirstOrThrow({ where: { incidentId: running.id, runbookStepId: stepId } });
    for (const step of [stop, assess, health]) {
      const item = await itemFor(step.id);
      await setChecklistItem(commander, running.id, item.id, { done: true, version: item.version });
    }
    const declared = await checklistOf(running.id);

    await updateStep(admin, RUNBOOK, stop.id, { title: "Drain traffic, then stop services", command: "./disaster-recovery/scripts/drain.sh", position: 2 });
    await removeStep(admin, RUNBOOK, assess.id);
    await removePhase(admin, RUNBOOK, "immediate");
    await updatePhase(admin, RUNBOOK, "recovery", { name: "Recovery", windowEndMinutes: 90 });
    await addStep(admin, RUNBOOK, "recovery", { title: "Announce the recovery", position: 1 });

    expect(await checklistOf(running.id)).toEqual(declared);
    for (const step of [stop, assess, health]) {
      expect(declared.find((item) => item.title === step.title)).toMatchObject({ done: true, command: step.command });
    }
    expect(declared.find((item) => item.title === stop.title)).toMatchObject({ phaseName: "Recovery Steps", windowEndMinutes: 60 });

    const later = await checklistOf((await declareOutage(commander, { title: "Database down again" })).id);
    const laterTitles = later.map((item) => item.title);
    expect(laterTitles).toContain("Announce the recovery");
    expect(laterTitles).toContain("Drain traffic, then stop services");
    expect(laterTitles).not.toContain(assess.title);
    expect(laterTitles).not.toContain(health.title);
    expect(later.find((item) => item.title === "Drain traffic, then stop services")).toMatchObject({ command: "./disaster-recovery/scripts/drain.sh", phaseName: "Recovery" });
  });
});
