import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/mutations";
import { listPlanChanges } from "@/lib/plan/changes";
import { listRecoveryTiers } from "@/lib/scenarios/data";
import { addScenario, removeScenario, updateRecoveryTier, updateScenario } from "@/lib/scenarios/mutations";
import { presentRecoveryTiers, presentScenarios } from "@/lib/scenarios/present";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const planVersion = async () => (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version;

function followingVersion(version: string) {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor + 1}`;
}

async function scenario(key: string) {
  const admin = await demoUser("admin");
  return presentScenarios(await listRecoveryTiers(admin)).find((candidate) => candidate.key === key)!;
}

async function tier(severity: string) {
  const admin = await demoUser("admin");
  return presentRecoveryTiers(await listRecoveryTiers(admin)).find((candidate) => candidate.severity === severity)!;
}

describe("updateScenario", () => {
  it("changes the name, tier, examples and runbooks, reads back so, and leaves one change record that moves the version on", async () => {
    const admin = await demoUser("admin");
    const version = await planVersion();
    const changesBefore = await db().planChange.count();

    const answer = await updateScenario(admin, "storage-system-failure", {
      name: "Storage failure",
      severity: "critical",
      examples: ["Object store unreachable", "Media content loss"],
      runbooks: ["database-failure", "application-cluster-failure"],
    });

    const expected = {
      key: "storage-system-failure",
      name: "Storage failure",
      severity: "critical",
      rtoMaxMinutes: 240,
      examples: ["Object store unreachable", "Media content loss"],
      runbooks: ["database-failure", "application-cluster-failure"],
    };
    expect(answer).toMatchObject(expected);
    expect(await scenario("storage-system-failure")).toMatchObject(expected);

    expect(await db().planChange.count()).toBe(changesBefore + 1);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "scenario",
      itemKey: "storage-system-failure",
      label: "Storage failure",
      changedById: admin.id,
      before: { name: "Storage System Failure", severity: "major", examples: ["File storage corruption", "Media content loss", "Backup system failure"], runbooks: [] },
      after: { name: "Storage failure", severity: "critical", examples: ["Object store unreachable", "Media content loss"], runbooks: ["database-failure", "application-cluster-failure"] },
    });
    expect(change.version).toBe(followingVersion(version));
    expect(await planVersion()).toBe(change.version);
  });

  it("keeps only the fields that changed in the record, and nothing at all for values written back as they stand", async () => {
    const admin = await demoUser("admin");
    await updateScenario(admin, "security-breach", { examples: ["Unauthorized access to systems", "Ransomware attack"] });
    const [change] = await listPlanChanges(admin);
    expect(change.before).toEqual({ examples: ["Unauthorized access to systems", "Data exfiltration", "Ransomware attack"] });
    expect(change.after).toEqual({ examples: ["Unauthorized access to systems", "Ransomware attack"] });

    const before = await everyRow();
    const { name, severity, examples, runbooks } = await scenario("security-breach");
    await updateScenario(admin, "security-breach", { name, severity, examples, runbooks });
    expect(await everyRow()).toEqual(before);
  });

  it("gives an incident declared afterwards the new runbooks and tier; one already running keeps its checklist and severity", async () => {
    const admin = await demoUser("admin");
    const commander = await demoUser("commander");
    const declare = (title: string) => declareIncident(commander, { title, scenarioKey: "network-partitioning", services: [{ key: "cdn", impact: "down" }] });
    const checklistOf = async (incidentId: string) =>
      (await db().checklistItem.findMany({ where: { incidentId }, select: { runbookTitle: true } })).map((item) => item.runbookTitle);
    const running = await declare("DNS failing");
    const runningChecklist = await checklistOf(running.id);

    await updateScenario(admin, "network-partitioning", { severity: "critical", runbooks: ["database-failure"] });

    expect((await db().incident.findUniqueOrThrow({ where: { id: running.id } })).severity).toBe("major");
    expect(await checklistOf(running.id)).toEqual(runningChecklist);
    const later = await declare("DNS failing again");
    expect((await db().incident.findUniqueOrThrow({ where: { id: later.id } })).severity).toBe("critical");
    expect(new Set(await checklistOf(later.id))).toContain("Database Recovery");
    expect(runningChecklist).not.toContain("Database Recovery");
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s with 403 and changes nothing", async (role) => {
    const before = await everyRow();
    await expect(updateScenario(await demoUser(role), "security-breach", { name: "Breach" })).rejects.toMatchObject({
      kind: "forbidden",
      message: "Only a plan admin can change the plan.",
    });
    expect(await everyRow()).toEqual(before);
  });

  it.each([
    [{ name: "" }, "name", "name must not be empty"],
    [{ severity: "catastrophic" }, "severity", "severity must be critical, major or minor"],
    [{ examples: "Ransomware" }, "examples", "examples must be a list"],
    [{ examples: ["Ransomware", " "] }, "examples.1", "examples.1 must not be empty"],
    [{ runbooks: ["database-failure", "mainframe-recovery"] }, "runbooks.1", 'runbooks.1 names no runbook: "mainframe-recovery".'],
    [{ tier: "critical" }, "tier", "tier is not a field this request takes"],
  ])("refuses %j naming %s, and changes nothing", async (input, field, message) => {
    const before = await everyRow();
    await expect(updateScenario(await demoUser("admin"), "security-breach", input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it("answers 404 for a scenario the plan does not have", async () => {
    await expect(updateScenario(await demoUser("admin"), "alien-invasion", { name: "Aliens" })).rejects.toMatchObject({
      kind: "not_found",
      message: 'No scenario has the key "alien-invasion".',
    });
  });
});

describe("updateRecoveryTier", () => {
  it("changes the name, RTO range, RPO and status-update interval, reads back so, and leaves one change record that moves the version on", async () => {
    const admin = await demoUser("admin");
    const version = await planVersion();

    const answer = await updateRecoveryTier(admin, "minor", { name: "Low", rtoMinMinutes: 6 * 60, rtoMaxMinutes: 12 * 60, rpoMinutes: 120, statusUpdateIntervalMinutes: 90 });

    const expected = { severity: "minor", name: "Low", rtoMinMinutes: 360, rtoMaxMinutes: 720, rpoMinutes: 120, statusUpdateIntervalMinutes: 90 };
    expect(answer).toEqual(expected);
    expect(await tier("minor")).toEqual(expected);
    // The scenarios of the tier show its new objectives.
    expect(await scenario("configuration-issues")).toMatchObject({ severity: "minor", rtoMinMinutes: 360, rtoMaxMinutes: 720, rpoMinutes: 120 });

    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "recovery-tier",
      itemKey: "minor",
      label: "Low",
      before: { name: "Minor", rtoMinMinutes: 480, rtoMaxMinutes: 1440, rpoMinutes: 240, statusUpdateIntervalMinutes: 120 },
      after: { name: "Low", rtoMinMinutes: 360, rtoMaxMinutes: 720, rpoMinutes: 120, statusUpdateIntervalMinutes: 90 },
    });
    expect(change.version).toBe(followingVersion(version));
    expect(await planVersion()).toBe(change.version);
  });

  it("accepts a range of one value, and writes nothing for values written back as they stand", async () => {
    const admin = await demoUser("admin");
    expect(await updateRecoveryTier(admin, "major", { rtoMinMinutes: 480 })).toMatchObject({ rtoMinMinutes: 480, rtoMaxMinutes: 480 });
    const before = await everyRow();
    const { name, rtoMinMinutes, rtoMaxMinutes, rpoMinutes, statusUpdateIntervalMinutes } = await tier("major");
    await updateRecoveryTier(admin, "major", { name, rtoMinMinutes, rtoMaxMinutes, rpoMinutes, statusUpdateIntervalMinutes });
    expect(await everyRow()).toEqual(before);
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s with 403 and changes nothing", async (role) => {
    const before = await everyRow();
    await expect(updateRecoveryTier(await demoUser(role), "critical", { rpoMinutes: 5 })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await everyRow()).toEqual(before);
  });

  it.each([
    [{ rtoMinMinutes: 300 }, "rtoMinMinutes", "rtoMinMinutes must be at most the end of the RTO range, 240 minutes."],
    [{ rtoMaxMinutes: 30 }, "rtoMaxMinutes", "rtoMaxMinutes must be at least the start of the RTO range, 60 minutes."],
    [{ rtoMinMinutes: 120, rtoMaxMinutes: 90 }, "rtoMaxMinutes", "rtoMaxMinutes must be at least the start of the RTO range, 120 minutes."],
    [{ rpoMinutes: -5 }, "rpoMinutes", "rpoMinutes must be a whole number from 0 to 10080"],
    [{ statusUpdateIntervalMinutes: 0 }, "statusUpdateIntervalMinutes", "statusUpdateIntervalMinutes must be a whole number from 1 to 10080"],
    [{ name: "Critical\u0007" }, "name", "name must not contain control characters"],
    [{ severity: "major" }, "severity", "severity is not a field this request takes"],
  ])("refuses %j naming %s, and changes nothing", async (input, field, message) => {
    const before = await everyRow();
    await expect(updateRecoveryTier(await demoUser("admin"), "critical", input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it("answers 404 for a severity the plan has no tier for", async () => {
    await expect(updateRecoveryTier(await demoUser("admin"), "catastrophic", { rpoMinutes: 5 })).rejects.toMatchObject({
      kind: "not_found",
      message: 'No recovery tier has the severity "catastrophic": the tiers are critical, major, minor.',
    });
  });
});

describe("addScenario and removeScenario", () => {
  it("adds a scenario with its tier, examples and runbooks, read back so with one change record; removing it records what it was", async () => {
    const admin = await demoUser("admin");
    const version = await planVersion();

    const added = await addScenario(admin, { name: "Payments outage", severity: "major", examples: ["Card provider down", "Card provider down"], runbooks: ["database-failure"] });

    expect(added).toMatchObject({ key: "payments-outage", name: "Payments outage", severity: "major", examples: ["Card provider down"], runbooks: ["database-failure"] });
    expect(await scenario("payments-outage")).toEqual(added);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({ kind: "scenario", itemKey: "payments-outage", version: followingVersion(version), before: {}, after: { name: "Payments outage", severity: "major", runbooks: ["database-failure"] } });

    await removeScenario(admin, "payments-outage");

    expect(await scenario("payments-outage")).toBeUndefined();
    const [removal] = await listPlanChanges(admin);
    expect(removal).toMatchObject({ kind: "scenario", itemKey: "payments-outage", version: followingVersion(change.version), before: { name: "Payments outage", examples: ["Card provider down"] }, after: {} });
  });

  it("refuses bad input in words, other roles, and a scenario an incident or a recovery test names, changing nothing", async () => {
    const admin = await demoUser("admin");
    const commander = await demoUser("commander");
    const added = await addScenario(admin, { name: "Office flood", severity: "minor" });
    const incident = await declareIncident(commander, { title: "Water in the server room", scenarioKey: added.key, services: [{ key: "analytics", impact: "degraded" }] });
    const before = await everyRow();

    await expect(addScenario(admin, { name: "Meteor", severity: "apocalyptic" })).rejects.toMatchObject({ kind: "invalid", field: "severity" });
    await expect(addScenario(admin, { name: "Meteor", severity: "minor", runbooks: ["no-such-runbook"] })).rejects.toMatchObject({ kind: "invalid", field: "runbooks.0", message: 'runbooks.0 names no runbook: "no-such-runbook".' });
    await expect(addScenario(admin, { name: "Again", severity: "minor", key: added.key })).rejects.toMatchObject({ kind: "conflict", field: "key" });
    for (const role of ["viewer", "responder", "commander"] as const) {
      await expect(addScenario(await demoUser(role), { name: "Meteor", severity: "minor" })).rejects.toMatchObject({ kind: "forbidden" });
      await expect(removeScenario(await demoUser(role), added.key)).rejects.toMatchObject({ kind: "forbidden" });
    }
    await expect(removeScenario(admin, added.key)).rejects.toMatchObject({
      kind: "conflict",
      message: `Office flood cannot be removed from the plan: the running incident #${incident.number} "Water in the server room" was declared from it.`,
    });
    const rehearsed = await db().drillSchedule.findFirstOrThrow({ where: { scenarioId: { not: null } }, include: { scenario: true } });
    await expect(removeScenario(admin, rehearsed.scenario!.key)).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("cannot be removed from the plan") });
    await expect(removeScenario(admin, "no-such-scenario")).rejects.toMatchObject({ kind: "not_found" });
    expect(await everyRow()).toEqual(before);
  });
});
