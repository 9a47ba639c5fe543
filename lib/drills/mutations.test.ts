import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDrillSchedules, listSuccessCriteria } from "@/lib/drills/data";
import { updateDrillSchedule, updateSuccessCriterion } from "@/lib/drills/mutations";
import { listPlanChanges } from "@/lib/plan/changes";
import { demoUser } from "@/test/users";

async function planState() {
  return {
    drills: await db().drillSchedule.findMany({ orderBy: { key: "asc" } }),
    criteria: await db().successCriterion.findMany({ orderBy: { key: "asc" } }),
    changes: await db().planChange.findMany(),
    version: (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version,
  };
}

const nextMinor = (version: string) => {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor + 1}`;
};

describe("updateDrillSchedule", () => {
  it("changes a test and the runbook it works through, reads back so, and records it before and after", async () => {
    const admin = await demoUser("admin");
    const { version, changes } = await planState();

    const answer = await updateDrillSchedule(admin, "cross-region-failover", {
      frequency: "Quarterly",
      intervalMonths: 3,
      durationMinutes: 360,
      runbookKey: "quarterly-application-recovery-test",
    });

    expect(answer).toMatchObject({
      key: "cross-region-failover",
      testType: "Cross-Region Failover",
      frequency: "Quarterly",
      intervalMonths: 3,
      durationMinutes: 360,
      scope: "Full infrastructure failover",
      runbookKey: "quarterly-application-recovery-test",
      scenarioKey: "complete-data-center-outage",
      running: null,
    });
    const drill = (await listDrillSchedules(admin)).find((candidate) => candidate.key === "cross-region-failover");
    expect(drill).toMatchObject({ intervalMonths: 3, runbook: { key: "quarterly-application-recovery-test" } });
    expect(await db().planChange.count()).toBe(changes.length + 1);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "drill",
      itemKey: "cross-region-failover",
      label: "Cross-Region Failover",
      version: nextMinor(version),
    });
    expect(change.before).toEqual({ frequency: "Semi-annually", intervalMonths: 6, durationMinutes: 480, runbookKey: null });
    expect(change.after).toEqual({ frequency: "Quarterly", intervalMonths: 3, durationMinutes: 360, runbookKey: "quarterly-application-recovery-test" });
    expect((await planState()).version).toBe(nextMinor(version));
  });

  it("changes the scenario a test rehearses and the services it recovers, in any order, and records them", async () => {
    const admin = await demoUser("admin");
    const answer = await updateDrillSchedule(admin, "security-incident-response", { scenarioKey: "storage-system-failure", serviceKeys: ["database", "authentication"] });
    expect(answer).toMatchObject({ scenarioKey: "storage-system-failure", serviceKeys: ["authentication", "database"] });
    const [change] = await listPlanChanges(admin);
    expect(change.before).toEqual({ scenarioKey: "security-breach", serviceKeys: ["authentication", "core-api", "database"] });
    expect(change.after).toEqual({ scenarioKey: "storage-system-failure", serviceKeys: ["authentication", "database"] });

    // The same services in another order change nothing, and make no version.
    const { changes } = await planState();
    await updateDrillSchedule(admin, "security-incident-response", { serviceKeys: ["authentication", "database"].reverse() });
    expect((await planState()).changes).toHaveLength(changes.length);
    expect(await updateDrillSchedule(admin, "security-incident-response", { scenarioKey: null, serviceKeys: [] })).toMatchObject({ scenarioKey: null, serviceKeys: [] });
  });

  it.each([
    [{ scenarioKey: "no-such-scenario" }, "scenarioKey", 'scenarioKey names no scenario: "no-such-scenario".'],
    [{ serviceKeys: ["database", "no-such-service"] }, "serviceKeys.1", 'serviceKeys names no service: "no-such-service".'],
    [{ serviceKeys: ["database", "database"] }, "serviceKeys", "serviceKeys must name each service once"],
    [{ serviceKeys: "database" }, "serviceKeys", "serviceKeys must be a list of service keys"],
  ])("refuses the scope %j naming %s, and changes nothing", async (input, field, message) => {
    const before = await planState();
    await expect(updateDrillSchedule(await demoUser("admin"), "database-recovery", input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await planState()).toEqual(before);
  });

  it("takes a test's runbook away with null", async () => {
    const admin = await demoUser("admin");
    expect(await updateDrillSchedule(admin, "database-recovery", { runbookKey: null })).toMatchObject({ runbookKey: null });
    expect(await db().drillSchedule.findUniqueOrThrow({ where: { key: "database-recovery" } })).toMatchObject({ runbookId: null });
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({ before: { runbookKey: "monthly-database-recovery-test" }, after: { runbookKey: null } });
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await planState();
    await expect(updateDrillSchedule(await demoUser(role), "database-recovery", { durationMinutes: 30 })).rejects.toMatchObject({ kind: "forbidden", message: "Only a plan admin can change the plan." });
    expect(await planState()).toEqual(before);
  });

  it.each([
    [{ runbookKey: "no-such-runbook" }, "runbookKey", 'runbookKey names no runbook: "no-such-runbook".'],
    [{ intervalMonths: 0 }, "intervalMonths", "intervalMonths must be a whole number from 1 to 60"],
    [{ durationMinutes: "2h" }, "durationMinutes", "durationMinutes must be a whole number from 1 to 10080"],
    [{ scope: "" }, "scope", "scope must not be empty"],
    [{ runbookId: null }, "runbookId", "runbookId is not a field this request takes"],
  ])("refuses %j naming %s, and changes nothing", async (input, field, message) => {
    const before = await planState();
    await expect(updateDrillSchedule(await demoUser("admin"), "application-recovery", input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await planState()).toEqual(before);
  });

  it("refuses an unknown test with a 404", async () => {
    await expect(updateDrillSchedule(await demoUser("admin"), "tabletop", { scope: "All" })).rejects.toMatchObject({ kind: "not_found", message: 'No recovery test has the key "tabletop".' });
  });
});

describe("updateSuccessCriterion", () => {
  it("changes a criterion, reads back so, and records it before and after", async () => {
    const admin = await demoUser("admin");
    const { version } = await planState();

    const answer = await updateSuccessCriterion(admin, "performance", { description: "System performance within 95% of baseline" });

    expect(answer).toEqual({ key: "performance", name: "Performance", description: "System performance within 95% of baseline" });
    expect((await listSuccessCriteria(admin)).find((criterion) => criterion.key === "performance")?.description).toBe("System performance within 95% of baseline");
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "success-criterion",
      itemKey: "performance",
      label: "Performance",
      version: nextMinor(version),
      before: { description: "System performance within 90% of baseline" },
      after: { description: "System performance within 95% of baseline" },
    });
  });

  it.each(["viewer", "responder"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await planState();
    await expect(updateSuccessCriterion(await demoUser(role), "communication", { name: "Comms" })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await planState()).toEqual(before);
  });

  it("refuses an empty name and an unknown criterion, changing nothing", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    await expect(updateSuccessCriterion(admin, "communication", { name: "" })).rejects.toMatchObject({ kind: "invalid", field: "name", message: "name must not be empty" });
    await expect(updateSuccessCriterion(admin, "speed", { name: "Speed" })).rejects.toMatchObject({ kind: "not_found" });
    expect(await planState()).toEqual(before);
  });
});
